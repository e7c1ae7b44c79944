"""A private page is private in every language.

Wagtail checks a page's view restrictions (and its ancestors') in the page's own tree, and each
language has its own tree: a password or login restriction on the Albanian page left its Serbian
and English translations public. Here a restriction set, changed or removed on one language's
version is mirrored onto all its translations, and a new translation of a restricted page starts
restricted.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from wagtail.models import Page, PageViewRestriction

#: Set while mirroring, so that the restrictions saved here do not mirror back.
_mirroring: ContextVar[bool] = ContextVar("mirroring_restrictions", default=False)


def _same(one: PageViewRestriction, other: PageViewRestriction) -> bool:
    return (
        one.restriction_type == other.restriction_type
        and one.password == other.password
        and set(one.groups.values_list("pk", flat=True))
        == set(other.groups.values_list("pk", flat=True))
    )


def mirror_from(page: Page) -> None:
    """Give every translation of ``page`` the view restriction ``page`` has (or none)."""
    if _mirroring.get():
        return
    token = _mirroring.set(True)
    try:
        restriction = PageViewRestriction.objects.filter(page=page).first()
        for other in Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk):
            existing = PageViewRestriction.objects.filter(page=other)
            if restriction is None:
                existing.delete()
                continue
            copy = existing.first()
            if copy is not None:
                # One restriction a page (wagtail-localize copies one too when it translates).
                existing.exclude(pk=copy.pk).delete()
            if copy is not None and _same(copy, restriction):
                continue
            copy = copy or PageViewRestriction(page=other)
            copy.restriction_type = restriction.restriction_type
            copy.password = restriction.password
            copy.save()
            copy.groups.set(restriction.groups.all())
    finally:
        _mirroring.reset(token)


def restriction_changed(sender: Any, instance: PageViewRestriction, **kwargs: Any) -> None:
    """``post_save`` / ``post_delete`` of a restriction, and ``m2m_changed`` of its groups."""
    if kwargs.get("raw") or kwargs.get("action", "post_add").startswith("pre_"):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    if kwargs.get("created"):
        # One restriction a page: Wagtail's copy for translation brings the source's along
        # after the new page already got its mirrored one.
        PageViewRestriction.objects.filter(page=page).exclude(pk=instance.pk).delete()
    mirror_from(page)


def page_created(sender: Any, instance: Any, created: bool = False, **kwargs: Any) -> None:
    """``post_save`` of any page: a new translation of a restricted page is restricted too."""
    if not created or kwargs.get("raw") or not isinstance(instance, Page):
        return
    restricted = (
        Page.objects.filter(
            translation_key=instance.translation_key, view_restrictions__isnull=False
        )
        .exclude(pk=instance.pk)
        .first()
    )
    if restricted is not None:
        mirror_from(restricted)
