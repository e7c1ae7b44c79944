from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiasporaConfig(AppConfig):
    """The diaspora's section: associations abroad, the summer gathering, services and news for
    citizens who live and work abroad (strategy, section 13)."""

    name = "diaspora"
    verbose_name = _("Diaspora")
    default_auto_field = "django.db.models.BigAutoField"
