from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaptchaApiConfig(AppConfig):
    """The captcha plugin: hands API clients a fresh challenge for citizen write endpoints."""

    name = "services.captcha_api"
    label = "captcha_api"
    verbose_name = _("Captcha")

    def ready(self) -> None:
        from services.captcha_api.api import router
        from services.registry import ServicePlugin, register

        register(ServicePlugin(slug="captcha", label=_("Captcha"), router=router))
