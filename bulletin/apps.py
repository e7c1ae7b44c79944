from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

TOPIC = "bulletin"


class BulletinConfig(AppConfig):
    """The monthly information bulletin (strategy, section 7)."""

    name = "bulletin"
    verbose_name = _("Information bulletin")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_save
        from wagtail.signals import page_published

        from bulletin.demo import load_demo
        from bulletin.models import BulletinIssuePage
        from bulletin.tasks import on_published
        from bulletin.workflow import assign_review_workflow
        from services.demo import register_section_demo
        from services.registry import MailTopic, register_topic

        post_save.connect(assign_review_workflow, sender="bulletin.BulletinIndexPage")
        page_published.connect(on_published, sender=BulletinIssuePage, dispatch_uid="bulletin.pdf")
        # Subscribers of this topic get each issue ("Send by e-mail", or send_bulletin).
        register_topic(
            MailTopic(
                key=TOPIC,
                label=_("Monthly information bulletin"),
                page_types=(BulletinIssuePage,),
            )
        )
        register_section_demo("bulletin", load_demo)
