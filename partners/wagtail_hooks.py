"""The partners section's admin: the directory of international partners, which the
Information Office also exports as its contact list (CSV or XLSX), and the donors' projects."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from partners.promotion import DonorProject
from partners.twinning import InternationalPartner


class InternationalPartnerViewSet(SnippetViewSet):
    model = InternationalPartner
    icon = "globe"
    menu_label = _("International partners")
    add_to_admin_menu = True
    menu_order = 270
    list_display = ["name", "kind", Column("country_name", label=_("Country")), "locale"]
    list_filter = ["kind", "country", "locale"]
    search_fields = ["name"]
    list_export = [
        "name",
        "kind_label",
        "country_name",
        "contact_person",
        "email",
        "phone",
        "website",
        "projects",
        "locale",
    ]
    export_headings = {
        "kind_label": _("Kind"),
        "country_name": _("Country"),
    }
    export_filename = "international-partners"


register_snippet(InternationalPartnerViewSet)


class DonorProjectViewSet(SnippetViewSet):
    model = DonorProject
    icon = "doc-full-inverse"
    menu_label = _("Donor projects")
    list_display = ["project", "donor", "amount", "status", "year", "locale"]
    list_filter = ["status", "year", "locale"]
    add_to_admin_menu = False


register_snippet(DonorProjectViewSet)
