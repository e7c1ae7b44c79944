from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Public services")

    def ready(self) -> None:
        from services import checks  # noqa: F401  (registers the deploy checks)
