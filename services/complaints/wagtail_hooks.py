"""The complaints desk in the Wagtail admin (one module, as DESIGN.md asks).

Complaints and the access log use wagtail-modeladmin; departments and categories are
translatable snippets.
"""

from django.contrib import messages
from django.contrib.admin import RelatedOnlyFieldListFilter, SimpleListFilter
from django.contrib.admin.options import IncorrectLookupParameters
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_modeladmin.helpers import AdminURLHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import IndexView, InspectView

from services.complaints import desk
from services.complaints.admin_forms import AnswerForm, NoteForm, ReassignForm, StatusForm
from services.complaints.dashboard import ComplaintsPanel
from services.complaints.models import AccessLog, Category, Complaint, Department

Action = AccessLog.Action


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    list_display = ["name", "email", "locale"]
    add_to_admin_menu = False


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    menu_label = _("Complaint categories")
    list_display = ["name", "default_department", "locale"]
    add_to_admin_menu = False


register_snippet(DepartmentViewSet)
register_snippet(CategoryViewSet)


class OverdueFilter(SimpleListFilter):
    title = _("deadline")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("Overdue")), ("no", _("Not overdue"))]

    def queryset(self, request, queryset):
        overdue = Complaint.objects.overdue().values("pk")
        if self.value() == "yes":
            return queryset.filter(pk__in=overdue)
        if self.value() == "no":
            return queryset.exclude(pk__in=overdue)
        return queryset


class ReadOnlyPermissionHelper(PermissionHelper):
    """Records made by citizens or by the system: nobody creates, edits or deletes them here."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class ComplaintPermissionHelper(ReadOnlyPermissionHelper):
    def user_can_inspect_obj(self, user, obj):
        return Complaint.objects.visible_to(user).filter(pk=obj.pk).exists()


class NumericURLHelper(AdminURLHelper):
    """Object URLs match digits only: ``inspect/abc/`` is a 404, not a server error."""

    def _get_object_specific_action_url_pattern(self, action):
        return rf"^{self.base_url_path}/{action}/(?P<instance_pk>\d+)/$"


class FilteredIndexView(IndexView):
    """The list accepts only its own filters from the query string.

    modeladmin passes any other parameter to ``queryset.filter()``: ``?email__startswith=``
    would let someone who may not see e-mails guess them, and ``?history__by__password=`` would
    reach user accounts. Unknown parameters are dropped; bad values go back to the plain list.
    """

    #: query parameters the list filters use
    allowed_params: tuple[str, ...] = ()

    def get_filters_params(self, params=None):
        lookup_params = super().get_filters_params(params)
        return {key: value for key, value in lookup_params.items() if key in self.allowed_params}

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except IncorrectLookupParameters:
            messages.error(request, _("That filter is not valid; showing the whole list."))
            return redirect(request.path)


class ComplaintIndexView(FilteredIndexView):
    allowed_params = (
        "status__exact",
        "department__id__exact",
        "category__id__exact",
        "kind__exact",
        "overdue",
    )

    def dispatch(self, request, *args, **kwargs):
        export = request.GET.get(self.EXPORT_VAR)
        if export and not request.user.has_perm("complaints.export_complaints"):
            raise Http404
        response = super().dispatch(request, *args, **kwargs)
        if export in self.FORMATS and response.status_code == 200:
            personal = request.user.has_perm("complaints.view_personal_data")
            detail = f"{export}, {'with' if personal else 'without'} personal data"
            AccessLog.objects.bulk_create(
                AccessLog(
                    user=request.user, action=Action.EXPORTED, complaint=complaint, detail=detail
                )
                for complaint in self.queryset
            )
        return response

    def stream_csv(self, queryset):
        # A byte-order mark first: without it Excel reads UTF-8 as Windows-1252 ("shÃ«rbimet").
        yield "\ufeff"
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def to_row_dict(self, item):
        # A citizen's text starting with = + - @ would run as a formula in a spreadsheet.
        row = super().to_row_dict(item)
        for key, value in row.items():
            if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                row[key] = "'" + value
        return row


class ComplaintInspectView(InspectView):
    def dispatch(self, request, *args, **kwargs):
        # Another department's complaint is "not found", never "forbidden": ids reveal nothing.
        if not Complaint.objects.visible_to(request.user).filter(pk=self.instance.pk).exists():
            raise Http404
        can_see_personal = request.user.has_perm("complaints.view_personal_data")
        AccessLog.record(request.user, Action.VIEWED, self.instance)
        if can_see_personal and self.instance.has_personal_data:
            AccessLog.record(request.user, Action.VIEWED_PERSONAL_DATA, self.instance)
        self.can_see_personal = can_see_personal
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        complaint = self.instance
        user = self.request.user
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "complaint": complaint,
                "can_see_personal": self.can_see_personal,
                "can_change": user.has_perm("complaints.change_complaint"),
                "history": complaint.history.select_related("by"),
                "notes": complaint.notes.select_related("author"),
                "attachments": complaint.attachments.all(),
                "access_log": complaint.access_log.select_related("user")[:50]
                if user.has_perm("complaints.view_accesslog")
                else None,
                "status_form": StatusForm(complaint=complaint),
                "answer_form": AnswerForm(initial={"public_answer": complaint.public_answer}),
                "note_form": NoteForm(),
                "reassign_form": ReassignForm(initial={"department": complaint.department}),
            }
        )
        return context


class ComplaintAdmin(ModelAdmin):
    model = Complaint
    menu_label = _("Complaints")
    menu_icon = "mail"
    menu_order = 250
    add_to_admin_menu = True
    permission_helper_class = ComplaintPermissionHelper
    url_helper_class = NumericURLHelper
    index_view_class = ComplaintIndexView
    inspect_view_class = ComplaintInspectView
    inspect_view_enabled = True
    inspect_template_name = "complaints/admin/inspect.html"
    list_display = (
        "tracking_code",
        "subject",
        "kind",
        "category",
        "department",
        "status",
        "created_at",
        "due_display",
    )
    # Only the departments and categories complaints use (the source language's rows).
    list_filter = (
        "status",
        ("department", RelatedOnlyFieldListFilter),
        ("category", RelatedOnlyFieldListFilter),
        "kind",
        OverdueFilter,
    )
    search_fields = ("tracking_code", "subject", "text", "place")
    list_select_related = ("category", "department")
    list_per_page = 50
    export_filename = "complaints"
    PUBLIC_EXPORT = [
        "tracking_code",
        "kind",
        "subject",
        "text",
        "category",
        "department",
        "place",
        "status",
        "created_at",
        "due_at",
        "answered_at",
        "closed_at",
        "public_answer",
        "language",
    ]
    PERSONAL_EXPORT = ["anonymous", "name", "email", "phone"]

    def get_queryset(self, request):
        return Complaint.objects.visible_to(request.user).select_related("category", "department")

    def get_admin_urls_for_registration(self):
        # Only the list and the complaint's page: no create/edit/delete/history views whose
        # 403-or-404 answers would tell an officer which ids exist in other departments.
        return only_urls(super().get_admin_urls_for_registration(), ("index", "inspect"))

    def get_list_export(self, request):
        if not request.user.has_perm("complaints.export_complaints"):
            return ()
        if request.user.has_perm("complaints.view_personal_data"):
            return self.PUBLIC_EXPORT + self.PERSONAL_EXPORT
        return self.PUBLIC_EXPORT

    def due_display(self, obj: Complaint) -> str:
        due = date_format(timezone.localtime(obj.due_at), "SHORT_DATE_FORMAT")
        return f"{due} ⚠ {_('overdue')}" if obj.is_overdue else due

    due_display.short_description = _("answer due")  # type: ignore[attr-defined]


def only_urls(urls, actions: tuple[str, ...]):
    return tuple(url for url in urls if url.name.rsplit("_", 1)[-1] in actions)


class AccessLogIndexView(FilteredIndexView):
    allowed_params = ("action__exact",)


class AccessLogAdmin(ModelAdmin):
    """Who saw personal data and who changed what: for the coordinator."""

    model = AccessLog
    index_view_class = AccessLogIndexView
    url_helper_class = NumericURLHelper
    menu_label = _("Complaints access log")
    menu_icon = "history"
    menu_order = 251
    add_to_admin_menu = True
    permission_helper_class = ReadOnlyPermissionHelper
    list_display = ("at", "user", "action", "complaint", "detail")
    list_filter = ("action",)
    search_fields = ("complaint__tracking_code", "user__username", "detail")
    list_select_related = ("user", "complaint")

    def get_admin_urls_for_registration(self):
        return only_urls(super().get_admin_urls_for_registration(), ("index",))


modeladmin_register(ComplaintAdmin)
modeladmin_register(AccessLogAdmin)


@hooks.register("register_admin_urls")
def desk_urls():
    return [
        path("complaints/desk/<int:pk>/<str:action>/", desk.act, name="complaints_desk_act"),
        path(
            "complaints/desk/<int:pk>/attachments/<int:attachment_id>/",
            desk.download,
            name="complaints_desk_download",
        ),
    ]


@hooks.register("construct_homepage_panels")
def add_complaints_panel(request, panels):
    if request.user.has_perm("complaints.view_complaint"):
        panels.append(ComplaintsPanel(request.user))
