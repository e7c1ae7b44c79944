from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

#: The mail topic of the news and press releases (stored with subscriptions: never rename it).
NEWS_TOPIC = "news"


class NewsConfig(AppConfig):
    """News and press releases, the press office's archive, events with their calendar, public
    debates and consultations (strategy, sections 5, 8.1, 12 and 17)."""

    name = "news"
    verbose_name = _("News and events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from news.articles import NewsPage
        from news.demo import load_demo
        from services.demo import register_section_demo
        from services.registry import MailTopic, register_topic

        # Subscribers of "News" get the news items and press releases ("Send by e-mail").
        register_topic(MailTopic(key=NEWS_TOPIC, label=_("News"), page_types=(NewsPage,)))
        register_section_demo("news", load_demo)
