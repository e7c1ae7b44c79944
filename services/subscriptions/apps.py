from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubscriptionsConfig(AppConfig):
    """E-mail subscriptions (bulletin, diaspora news, partner-municipality news), double opt-in."""

    name = "services.subscriptions"
    label = "subscriptions"
    verbose_name = _("Subscriptions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from services.registry import ServicePlugin, register
        from services.subscriptions.api import router
        from services.subscriptions.urls import site_urls
        from services.subscriptions.views import render_widget

        register(
            ServicePlugin(
                slug="subscriptions",
                label=_("E-mail subscriptions"),
                router=router,
                urls=site_urls,
                render_widget=render_widget,
            )
        )
