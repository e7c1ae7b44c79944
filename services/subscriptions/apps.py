from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubscriptionsConfig(AppConfig):
    """E-mail subscriptions to the topics sections register, with double opt-in; offers the
    ``mail`` capability (send a page to a topic's subscribers)."""

    name = "services.subscriptions"
    label = "subscriptions"
    verbose_name = _("Subscriptions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from services.capabilities import MAIL
        from services.registry import ServicePlugin, register
        from services.subscriptions.api import router
        from services.subscriptions.mailing import MAILER
        from services.subscriptions.urls import URL_SLUGS, site_urls
        from services.subscriptions.views import render_widget

        register(
            ServicePlugin(
                slug="subscriptions",
                label=_("E-mail subscriptions"),
                router=router,
                urls=site_urls,
                url_slugs=URL_SLUGS,
                render_widget=render_widget,
                requires=("captcha",),
                capabilities={MAIL: MAILER},
            )
        )
