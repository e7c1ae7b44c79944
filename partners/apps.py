from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

#: The mail topic of the partner municipalities' news (stored with subscriptions: never rename).
PARTNERS_TOPIC = "partners"


class PartnersConfig(AppConfig):
    """Partner and twin municipalities, international organisations and diplomatic missions,
    and the municipality's promotion to donors and investors (strategy, sections 10, 12, 14
    and 15)."""

    name = "partners"
    verbose_name = _("Partners and investors")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from partners.demo import load_demo
        from partners.promotion import DonorConferencePage, InvestorNewsPage
        from partners.promotion_demo import load_demo as load_promotion_demo
        from partners.twinning import PartnerNewsPage
        from services.demo import register_section_demo
        from services.registry import MailTopic, register_topic

        # The subscription form already offers this topic's news: these pages fulfil it.
        register_topic(
            MailTopic(
                key=PARTNERS_TOPIC,
                label=_("Partner municipalities"),
                page_types=(PartnerNewsPage,),
            )
        )
        # Followers of investors and donors get the section's news and its conferences.
        register_topic(
            MailTopic(
                key="investors",
                label=_("Investors and donors"),
                page_types=(InvestorNewsPage, DonorConferencePage),
            )
        )
        register_section_demo("partners", load_demo)
        register_section_demo("promotion", load_promotion_demo)
