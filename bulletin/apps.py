from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BulletinConfig(AppConfig):
    """The monthly information bulletin (strategy, section 7)."""

    name = "bulletin"
    verbose_name = _("Information bulletin")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from bulletin.workflow import assign_review_workflow

        post_save.connect(assign_review_workflow, sender="bulletin.BulletinIndexPage")

        from wagtail.signals import page_published

        from bulletin.models import BulletinIssuePage
        from bulletin.pdf import on_published

        page_published.connect(on_published, sender=BulletinIssuePage, dispatch_uid="bulletin.pdf")
