"""The partners section in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from partners.promotion import DonorProject


class DonorProjectViewSet(SnippetViewSet):
    model = DonorProject
    icon = "doc-full-inverse"
    menu_label = _("Donor projects")
    list_display = ["project", "donor", "amount", "status", "year", "locale"]
    list_filter = ["status", "year", "locale"]
    add_to_admin_menu = False


register_snippet(DonorProjectViewSet)
