"""The editor's side of "official content goes live together" (see ``home.official``), and
the calendar's admin (``home.holidays_admin``)."""

from typing import Any

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from wagtail import hooks
from wagtail.admin.api.actions.publish import PublishPageAPIAction
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.snippets.models import register_snippet

from home.holidays_admin import CalendarMenu, MarkedDayViewSet
from home.official import (
    HeldPublication,
    counterparts,
    goes_live_together,
    held_message,
    holdups,
    is_held,
    is_official,
    review_message,
    review_required,
    scheduled,
)
from services.formats import language_name


def hold(page: Page, revision: Any, user: Any) -> None:
    HeldPublication.objects.update_or_create(
        page=page, defaults={"revision": revision, "user": user}
    )


@hooks.register("before_publish_page")  # type: ignore[untyped-decorator]
def hold_official_content(request: HttpRequest, page: Page) -> HttpResponse | None:
    """The page editor publishes with Wagtail's action directly, not through ``Page.publish``:
    official content under a workflow is refused (the version just saved stays a draft, to be
    submitted), and a version the other official language holds back is held here."""
    if page.live and page.live_revision_id is None:
        # Wagtail's create view adds a new page live before it asks; until it is published,
        # it is not (else a refusal or a hold below would leave it public).
        Page.objects.filter(pk=page.pk).update(live=False)
        page.live = False
    if review_required(page):
        messages.error(request, review_message(page))
        return redirect("wagtailadmin_pages:edit", page.pk)
    if scheduled(page) or not holdups(page):
        return None
    hold(page, page.get_latest_revision(), request.user)
    # The edit screen then says what holds it back (below).
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("construct_page_action_menu")  # type: ignore[untyped-decorator]
def no_publish_button_past_review(
    menu_items: list[Any], request: HttpRequest, context: Any
) -> None:
    """Official content under a workflow is not offered a "Publish" that would only be refused
    (``hold_official_content``): in every language, for every user, superusers included."""
    page = context.get("page")
    if page is not None:
        under_review = review_required(page.specific)
    else:
        # The create view: the new page is not in the tree yet, its parent's workflow is its own.
        parent = context.get("parent_page")
        under_review = (
            parent is not None and _creates_official(request) and bool(parent.get_workflow())
        )
    if under_review:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def _creates_official(request: HttpRequest) -> bool:
    match = getattr(request, "resolver_match", None)
    kwargs = match.kwargs if match is not None else {}
    try:
        model = ContentType.objects.get_by_natural_key(
            kwargs["content_type_app_name"], kwargs["content_type_model_name"]
        ).model_class()
    except (KeyError, ContentType.DoesNotExist):
        return False
    return model is not None and is_official(model)


@hooks.register("before_edit_page")  # type: ignore[untyped-decorator]
def tell_what_holds_it(request: HttpRequest, page: Page) -> None:
    """Opening held official content, or a version another language's waits for, says so."""
    if request.method != "GET" or not goes_live_together(page) or page.live:
        return
    if is_held(page):
        messages.warning(request, held_message(page))
        return
    for locale, version in counterparts(page):
        if version is not None and is_held(version):
            messages.info(
                request,
                _(
                    "The %(language)s version is approved and waits for this one: once this "
                    "version is approved and published, both go live."
                )
                % {"language": language_name(locale.language_code)},
            )


class HoldingPublishAPIAction(PublishPageAPIAction):
    """The admin API's "publish" action, holding official content like every other path."""

    def execute(self, instance: Page, data: Any) -> Any:
        page = instance.specific
        if review_required(page):
            raise ValidationError({"detail": review_message(page)})
        if not scheduled(page) and holdups(page):
            self._action_from_data(instance, data).check()  # the same permission check
            hold(page, page.get_latest_revision() or page.save_revision(), self.request.user)
            raise ValidationError({"detail": held_message(page)})
        return super().execute(instance, data)


PagesAdminAPIViewSet.actions = {**PagesAdminAPIViewSet.actions, "publish": HoldingPublishAPIAction}


@hooks.register("before_bulk_action")  # type: ignore[untyped-decorator]
def no_bulk_publish_past_review(
    request: HttpRequest, action_type: str, objects: list[Any], action_class_instance: Any
) -> HttpResponse | None:
    if action_type != "publish":
        return None
    reviewed = [obj for obj in objects if isinstance(obj, Page) and review_required(obj.specific)]
    if not reviewed:
        return None
    for page in reviewed:
        messages.error(request, review_message(page.specific))
    return redirect("wagtailadmin_home")


# The calendar: official holidays (confirming estimated dates) and the marked days' snippet,
# together under one "Calendar" menu item.
@hooks.register("register_admin_viewset")  # type: ignore[untyped-decorator]
def calendar_viewsets() -> CalendarMenu:
    return CalendarMenu()


register_snippet(MarkedDayViewSet)
