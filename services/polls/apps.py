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
        from services.registry import OptionChooser, ServicePlugin, register

        connect_cache_drops()
        register(
            ServicePlugin(
                slug="polls",
                label=_("Polls"),
                router=router,
                urls=site_urls,
                url_slugs=URL_SLUGS,
                render_widget=render_widget,
                widget_link=widget_link,
                # Editors pick the poll by its question, never by typing its id.
                option_chooser=OptionChooser(model="polls.Poll", label=_("Choose a poll")),
                requires=("captcha",),
                load_demo=load_demo,
            )
        )


def connect_cache_drops() -> None:
    """A poll's cached copy (``voting.poll_by_id``) goes whenever it or one of its answers is
    saved or deleted (an editor's change, a translation's sync)."""
    from django.db.models.signals import post_delete, post_save

    from services.polls.models import Choice, Poll
    from services.polls.voting import forget_poll

    def poll_changed(sender: type, instance: Poll, **kwargs: object) -> None:
        forget_poll(instance.pk)

    def choice_changed(sender: type, instance: Choice, **kwargs: object) -> None:
        forget_poll(instance.poll_id)

    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(poll_changed, sender=Poll, dispatch_uid=f"polls-poll-{name}", weak=False)
        signal.connect(
            choice_changed, sender=Choice, dispatch_uid=f"polls-choice-{name}", weak=False
        )
