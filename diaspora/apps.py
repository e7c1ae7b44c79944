from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

TOPIC = "diaspora"


class DiasporaConfig(AppConfig):
    """The diaspora's section: associations abroad, the summer gathering, services and news for
    citizens who live and work abroad (strategy, section 13)."""

    name = "diaspora"
    verbose_name = _("Diaspora")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from diaspora.demo import load_demo
        from diaspora.models import DiasporaEventPage, DiasporaNewsPage
        from services.demo import register_section_demo
        from services.registry import MailTopic, register_topic

        # Subscribers of this topic get the section's news and gatherings ("Send by e-mail").
        register_topic(
            MailTopic(
                key=TOPIC,
                label=_("News for the diaspora"),
                page_types=(DiasporaNewsPage, DiasporaEventPage),
            )
        )
        register_section_demo("diaspora", load_demo)
