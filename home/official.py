"""Official content goes live in Kosovo's official languages together.

Albanian and Serbian have equal status. For the page types in ``PUBLISH_OFFICIAL_TOGETHER`` (the
bulletin's issues; acts and notices when they come), a first publication in one official
language whose version in the other is not approved yet is *held*: the approved revision is
recorded, nothing goes live, and the editor is told which language holds it back. Approving the
other version publishes both. Whichever way the request comes (the page editor, a workflow's
approval, wagtail-localize's editor or sync, bulk actions, scheduled publishing, the demo), it
passes through ``Page.publish``, which ``BasePage`` routes here.

Corrections to a page that is already live are not held: readers keep the current text, and the
other language's translation shows as changed in the translators' queue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Revision

from services.formats import language_name


class HeldPublication(models.Model):
    """A version of official content approved for publishing, held back until its versions in
    the other official languages are approved too."""

    wagtail_reference_index_ignore = True

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="held_publication"
    )
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    held_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("publication held for the other official language")

    def __str__(self) -> str:
        return f"{self.page_id}: {self.revision_id}"


NO_TRANSLATION = "missing"
NOT_APPROVED = "not_approved"
REASONS = {
    NO_TRANSLATION: _("it has no translation yet"),
    NOT_APPROVED: _("its translation is not approved and published yet"),
}


@dataclass(frozen=True)
class Holdup:
    """An official language whose version holds a page back."""

    locale: Locale
    reason: str
    #: The version in that language, when it exists.
    page: Page | None = None

    @property
    def reason_label(self) -> str:
        return str(REASONS[self.reason])


def review_message(page: Page) -> str:
    workflow = page.get_workflow()
    return gettext(
        "“%(title)s” was not published: it goes live through the “%(workflow)s” workflow, "
        "whose reviewers approve it under “Awaiting your review” on their dashboard. Changes "
        "are kept as a draft; submit it for review if it is not in review yet."
    ) % {"title": page.get_admin_display_title(), "workflow": workflow.name if workflow else ""}


def held_message(page: Page) -> str:
    languages = "; ".join(
        f"{language_name(holdup.locale.language_code)}: {holdup.reason_label}"
        for holdup in holdups(page)
    )
    return gettext(
        "“%(title)s” is not live yet: official content goes live in both official languages "
        "together, and this version goes live by itself as soon as the other is approved. "
        "Waiting for %(languages)s."
    ) % {"title": page.get_admin_display_title(), "languages": languages}


def is_official(page: Any) -> bool:
    """Whether ``page`` is of a page type listed as official content (in any language)."""
    label = f"{page._meta.app_label}.{page._meta.object_name}".lower()
    return label in {name.lower() for name in settings.PUBLISH_OFFICIAL_TOGETHER}


def review_required(page: Any) -> bool:
    """Official content under a workflow (the bulletin's issues and the Bulletin review) goes
    live only through its workflow's approval, in every language: a direct "Publish" would skip
    the review (for the bulletin, its neutrality confirmation)."""
    return isinstance(page, Page) and is_official(page) and page.get_workflow() is not None


def goes_live_together(page: Page) -> bool:
    """Whether ``page`` is official content whose official-language versions go live together."""
    return is_official(page) and page.locale.language_code in settings.OFFICIAL_LANGUAGES


def counterparts(page: Page) -> list[tuple[Locale, Page | None]]:
    """The other official languages, each with the page's version in it (or None)."""
    codes = [code for code in settings.OFFICIAL_LANGUAGES if code != page.locale.language_code]
    locales = Locale.objects.filter(language_code__in=codes).order_by("language_code")
    versions = {
        version.locale_id: version
        for version in Page.objects.filter(
            translation_key=page.translation_key, locale__in=locales
        ).select_related("held_publication")
    }
    return [(locale, versions.get(locale.pk)) for locale in locales]


def holdups(page: Page) -> list[Holdup]:
    """The official languages whose versions keep ``page`` from going live now (none when it
    may go live)."""
    if not goes_live_together(page) or page.live:
        return []
    found = []
    for locale, version in counterparts(page):
        if version is None:
            found.append(Holdup(locale, NO_TRANSLATION))
        elif not version.live and not is_held(version):
            found.append(Holdup(locale, NOT_APPROVED, version))
    return found


def scheduled(page: Page) -> bool:
    """Whether publishing ``page`` now only schedules it (the scheduled publication is held
    or not when it comes)."""
    return page.go_live_at is not None and page.go_live_at > timezone.now()


def is_held(page: Page) -> bool:
    try:
        return page.held_publication is not None
    except HeldPublication.DoesNotExist:
        return False


def held_for(page: Page) -> HeldPublication | None:
    return HeldPublication.objects.filter(page=page).select_related("revision").first()


def publish(
    page: Page,
    revision: Revision,
    publish_now: Callable[..., Any],
    user: Any = None,
    **kwargs: Any,
) -> Any:
    """``Page.publish`` for every page type: holds a first publication back while another
    official language's version is not approved, and releases the held versions when this one
    completes them. ``publish_now`` is Wagtail's own publish."""
    if revision.approved_go_live_at or scheduled(page) or not goes_live_together(page):
        return publish_now(revision, user=user, **kwargs)
    if holdups(page):
        HeldPublication.objects.update_or_create(
            page=page, defaults={"revision": revision, "user": user}
        )
        return None
    held = [
        hold
        for _locale, version in counterparts(page)
        if version is not None and (hold := held_for(version)) is not None
    ]
    with transaction.atomic():
        result = publish_now(revision, user=user, **kwargs)
        HeldPublication.objects.filter(page=page).delete()
        for hold in held:
            # The held version was approved by its own review; its own publish finds this
            # one live now and goes through.
            hold.revision.publish(user=hold.user or user, skip_permission_checks=True)
    return result
