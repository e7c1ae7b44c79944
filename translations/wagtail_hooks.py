from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail_localize.models import Translation

from home.official import holdups
from translations.admin_views import translation_queue
from translations.review import send_for_review
from translations.views import (
    GuardedSubmitPageTranslationView,
    GuardedSubmitSnippetTranslationView,
    GuardedUpdateTranslationsView,
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
        path("translations/queue/", translation_queue, name="translation_queue"),
        path(
            "translations/review/<int:translation_id>/",
            send_for_review,
            name="translations_send_for_review",
        ),
    ]


class QueueMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm("wagtail_localize.submit_translation"))


@hooks.register("register_admin_menu_item")  # type: ignore[untyped-decorator]
def queue_menu_item() -> MenuItem:
    return QueueMenuItem(
        _("Translation queue"), reverse("translation_queue"), icon_name="globe", order=250
    )


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
    if translation is None or not holdups(page):
        return None
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    translation.save_target(user=request.user, publish=True)
    return redirect(request.path)


# The glossary snippet and the guarded wagtail-localize endpoints (language rule, machine
# translation failures) register their hooks on import.
from translations import glossary_admin  # noqa: E402, F401
