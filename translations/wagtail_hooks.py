from django.urls import URLPattern, path
from wagtail import hooks

from translations.views import GuardedUpdateTranslationsView


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
        )
    ]
