from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PollsConfig(AppConfig):
    """Polls on the site and over the API: one vote per voter without an account (strategy,
    section 8.1)."""

    name = "services.polls"
    label = "polls"
    verbose_name = _("Polls")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from services.polls.api import router
        from services.polls.demo import load_demo
        from services.polls.urls import URL_SLUGS, site_urls
        from services.polls.views import render_widget, widget_link
        from services.registry import ServicePlugin, register

        register(
            ServicePlugin(
                slug="polls",
                label=_("Polls"),
                router=router,
                urls=site_urls,
                url_slugs=URL_SLUGS,
                render_widget=render_widget,
                widget_link=widget_link,
                requires=("captcha",),
                load_demo=load_demo,
            )
        )
