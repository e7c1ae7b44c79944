from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    """Partner and twin municipalities, international organisations and diplomatic missions,
    and the municipality's promotion to donors and investors (strategy, sections 10, 12, 14
    and 15)."""

    name = "partners"
    verbose_name = _("Partners and investors")
    default_auto_field = "django.db.models.BigAutoField"
