from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translators' workspace, on top of wagtail-localize (extended, not forked)."""

    name = "translations"
    verbose_name = _("Translations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.signals import page_published, published

        from services.demo import register_section_demo
        from translations.demo import load_demo
        from translations.handlers import release_claims

        page_published.connect(release_claims, dispatch_uid="translations.release_claims")
        published.connect(release_claims, dispatch_uid="translations.release_snippet_claims")

        # load_demo builds the glossary with the rest of the demo.
        register_section_demo("translations", load_demo)
