from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail_localize.models import Translation

from home.official import holdups, review_message, review_required
from translations import po_views
from translations.admin_views import may_mark_urgent, translation_queue
from translations.dashboard import QueueSummaryPanel

# Importing it registers the glossary snippet and its guarded wagtail-localize endpoints.
from translations.glossary_admin import in_their_language
from translations.models import QueueClaim
from translations.resync import compare_before_restart, disabled_translation, resync
from translations.review import send_for_review
from translations.views import (
    GuardedSubmitPageTranslationView,
    GuardedSubmitSnippetTranslationView,
    GuardedUpdateTranslationsView,
    no_alias,
)


@hooks.register("register_admin_urls")  # type: ignore[untyped-decorator]
def guarded_localize_urls() -> list[URLPattern]:
    # The same address as wagtail-localize's own view, registered before it (this app comes
    # first in INSTALLED_APPS), so requests reach this one; wagtail-localize's links, which
    # reverse its own name, lead here too.
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            GuardedUpdateTranslationsView.as_view(),
            name="translations_update",
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            GuardedSubmitPageTranslationView.as_view(),
            name="translations_submit_page",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            GuardedSubmitSnippetTranslationView.as_view(),
            name="translations_submit_snippet",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            no_alias,
            name="translations_no_alias",
        ),
        path("translations/queue/", translation_queue, name="translation_queue"),
        path("translations/resync/<int:translation_id>/", resync, name="translations_resync"),
        # wagtail-localize's PO addresses, with the source version carried and checked.
        path(
            "localize/translate/<int:translation_id>/pofile/download/",
            in_their_language(po_views.download),
            name="translations_po_download",
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            in_their_language(po_views.upload),
            name="translations_po_upload",
        ),
        path(
            "translations/po/<int:translation_id>/batch/download/",
            in_their_language(po_views.download_batch),
            name="translations_po_batch_download",
        ),
        path(
            "translations/po/<int:translation_id>/batch/upload/",
            in_their_language(po_views.upload_batch),
            name="translations_po_batch_upload",
        ),
        path(
            "translations/review/<int:translation_id>/",
            send_for_review,
            name="translations_send_for_review",
        ),
    ]


class QueueMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return bool(
            request.user.has_perm("wagtail_localize.submit_translation")
            or may_mark_urgent(request.user)
        )


@hooks.register("register_admin_menu_item")  # type: ignore[untyped-decorator]
def queue_menu_item() -> MenuItem:
    return QueueMenuItem(
        gettext_lazy("Translation queue"),
        reverse("translation_queue"),
        icon_name="globe",
        order=250,
    )


@hooks.register("construct_homepage_panels")  # type: ignore[untyped-decorator]
def queue_summary(request: HttpRequest, panels: list[Any]) -> None:
    if request.user.has_perm("wagtail_localize.submit_translation") or may_mark_urgent(
        request.user
    ):
        panels.append(QueueSummaryPanel(request))


@hooks.register("before_edit_page")  # type: ignore[untyped-decorator]
def publish_official_translation(request: HttpRequest, page: Page) -> HttpResponse | None:
    """wagtail-localize's "Publish in <language>" on official content that the other official
    language still holds back: the version is held, not published, and the editor says why
    (instead of wagtail-localize's "Published")."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    page = page.specific
    if translation is None:
        return None
    if review_required(page):
        # Like its source, it goes live through its workflow (the Bulletin review, with its
        # neutrality confirmation), not by a direct publish from the translation editor.
        messages.error(request, review_message(page))
        return redirect(request.path)
    if not holdups(page):
        return None
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    translation.save_target(user=request.user, publish=True)
    return redirect(request.path)


@hooks.register("before_edit_page")  # type: ignore[untyped-decorator]
def who_translates(request: HttpRequest, page: Page) -> None:
    """The editor of a source page sees who took its translations in the queue."""
    if request.method != "GET" or page.locale.language_code != settings.LANGUAGE_CODE:
        return
    claims = QueueClaim.objects.filter(translation_key=page.translation_key).select_related(
        "user", "locale"
    )
    taken = [
        f"{claim.locale.get_display_name()}: "
        f"{claim.user.get_full_name() or claim.user.get_username()}"
        for claim in claims.order_by("locale__language_code")
    ]
    if taken:
        messages.info(
            request,
            _("Translators at work on this page: %(who)s.") % {"who": "; ".join(taken)},
        )


def _restart_with_comparison(request: HttpRequest, instance: Any) -> HttpResponse | None:
    """Before wagtail-localize's "Start Synced translation" (which would let the next sync
    overwrite hand edits), show what differs and let the translator choose."""
    if request.method != "POST" or "localize-restart-translation" not in request.POST:
        return None
    translation = disabled_translation(instance)
    if translation is None:
        return None
    return compare_before_restart(request, instance, translation)


@hooks.register("before_edit_page")  # type: ignore[untyped-decorator]
def restart_page_translation(request: HttpRequest, page: Page) -> HttpResponse | None:
    return _restart_with_comparison(request, page.specific)


@hooks.register("before_edit_snippet")  # type: ignore[untyped-decorator]
def restart_snippet_translation(request: HttpRequest, instance: Any) -> HttpResponse | None:
    if not hasattr(instance, "translation_key"):
        return None
    return _restart_with_comparison(request, instance)


@hooks.register("construct_page_action_menu")  # type: ignore[untyped-decorator]
def no_convert_to_alias(menu_items: list[Any], request: HttpRequest, context: Any) -> None:
    # A translation is translated, never turned into an alias showing the source's language.
    menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]
