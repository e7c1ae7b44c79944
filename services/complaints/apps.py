from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    """The complaints and suggestions box (strategy, section 8.3)."""

    name = "services.complaints"
    label = "complaints"
    verbose_name = _("Complaints and suggestions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from services.complaints.api import router
        from services.complaints.urls import site_urls
        from services.registry import ServicePlugin, register

        register(
            ServicePlugin(
                slug="complaints",
                label=_("Complaints and suggestions"),
                router=router,
                urls=site_urls,
            )
        )
