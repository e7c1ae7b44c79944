from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TransparencyConfig(AppConfig):
    """The register of acts and public notices, the action plan and its evaluation (strategy,
    sections 16, 17 and 20). Today: the strategy's action plan."""

    name = "transparency"
    verbose_name = _("Transparency")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from services.demo import register_section_demo
        from transparency.demo import load_demo

        register_section_demo("transparency", load_demo)
