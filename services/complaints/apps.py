from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    """The complaints and suggestions box (strategy, section 8.3)."""

    name = "services.complaints"
    label = "complaints"
    verbose_name = _("Complaints and suggestions")
    default_auto_field = "django.db.models.BigAutoField"

    def import_models(self) -> None:
        super().import_models()
        # The page type lives in its own module (it stands on the forms, which stand on the
        # models): Django loads it here, at the same moment as the models. (Not at the top:
        # Django imports this module before any model may be defined.)
        from services.complaints import pages  # noqa: F401

    def ready(self) -> None:
        from services.complaints.api import router
        from services.complaints.demo import load_demo
        from services.complaints.urls import URL_SLUGS, site_urls
        from services.registry import ServicePlugin, register

        register(
            ServicePlugin(
                slug="complaints",
                label=_("Complaints and suggestions"),
                router=router,
                urls=site_urls,
                url_slugs=URL_SLUGS,
                requires=("captcha",),
                load_demo=load_demo,
            )
        )
