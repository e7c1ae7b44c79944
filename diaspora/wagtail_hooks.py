"""The diaspora section in the Wagtail admin (one module, as DESIGN.md asks): the associations
abroad as translatable snippets, and the registrations of interest for the Information Office
(read, export as CSV, delete; nobody edits what a citizen sent)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from diaspora.models import DiasporaAssociation, InterestRegistration


class DiasporaAssociationViewSet(SnippetViewSet):
    model = DiasporaAssociation
    icon = "group"
    menu_label = _("Diaspora associations")
    list_display = ["name", "country", "city", "locale"]
    list_filter = ["country", "locale"]
    add_to_admin_menu = True
    menu_order = 270


register_snippet(DiasporaAssociationViewSet)


class ReadOnlyPolicy(ModelPermissionPolicy):
    """View and delete only: a registration is what the citizen sent."""

    def user_has_permission(self, user, action):  # type: ignore[no-untyped-def]
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)


class InterestRegistrationViewSet(ModelViewSet):
    model = InterestRegistration
    icon = "list-ul"
    menu_label = _("Registrations of interest")
    add_to_admin_menu = True
    menu_order = 271
    list_display = ["name", "email", "country", "people", "event", "created_at"]
    list_filter = ["event", "country"]
    list_export = [
        "event",
        "name",
        "email",
        "country",
        "people",
        "message",
        "language",
        "created_at",
    ]
    export_filename = "registrations-of-interest"
    search_fields = ["name", "email"]
    inspect_view_enabled = True
    form_fields = ["name"]


register_permission_policy(InterestRegistration, ReadOnlyPolicy(InterestRegistration))


interest_viewset = InterestRegistrationViewSet("diaspora_interest")


@hooks.register("register_admin_viewset")  # type: ignore[untyped-decorator]
def register_interest_viewset() -> ModelViewSet:
    return interest_viewset
