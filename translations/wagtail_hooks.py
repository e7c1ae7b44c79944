from django.http import HttpRequest
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translations.admin_views import translation_queue
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
    ]


class QueueMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm("wagtail_localize.submit_translation"))


@hooks.register("register_admin_menu_item")  # type: ignore[untyped-decorator]
def queue_menu_item() -> MenuItem:
    return QueueMenuItem(
        _("Translation queue"), reverse("translation_queue"), icon_name="globe", order=250
    )
