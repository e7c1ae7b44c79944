from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    """Partner and twin municipalities, international organisations and diplomatic missions,
    and the municipality's promotion to donors and investors (strategy, sections 10, 12, 14
    and 15)."""

    name = "partners"
    verbose_name = _("Partners and investors")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from partners.promotion import DonorConferencePage, InvestorNewsPage
        from partners.promotion_demo import load_demo as load_promotion_demo
        from services.demo import register_section_demo
        from services.registry import MailTopic, register_topic

        # Followers of investors and donors get the section's news and its conferences.
        register_topic(
            MailTopic(
                key="investors",
                label=_("Investors and donors"),
                page_types=(InvestorNewsPage, DonorConferencePage),
            )
        )
        register_section_demo("promotion", load_promotion_demo)
