from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    """Surveys on Wagtail's form builder: the annual public survey and the yearly study of what
    the website's users need (strategy, section 21, "Evaluation")."""

    name = "surveys"
    verbose_name = _("Surveys")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from services.demo import register_section_demo
        from surveys.demo import load_demo

        register_section_demo("surveys", load_demo)
