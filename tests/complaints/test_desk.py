"""The officers' desk: department isolation, the lifecycle, the log, exports."""

import csv
import io

import openpyxl
import pytest
from django.core import mail

from services.complaints.models import AccessLog, Complaint, StatusChange
from services.complaints.submissions import source_category

pytestmark = pytest.mark.django_db

INDEX = "/admin/complaints/complaint/"


@pytest.fixture
def complaint(category):
    complaint = Complaint.objects.create(
        subject="Gropa në rrugë",
        text="Ka një gropë të madhe.",
        category=category,
        department=category.default_department,
        language="sq",
        name="Agim Berisha",
        email="agim@example.org",
    )
    StatusChange.objects.create(complaint=complaint, status="received")
    return complaint


@pytest.fixture
def school_complaint(other_category):
    category = source_category(other_category)
    return Complaint.objects.create(
        subject="Ngrohja në shkollë",
        text="Klasat janë të ftohta.",
        category=category,
        department=category.default_department,
        language="sq",
    )


def _body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def _attach(complaint):
    from django.core.files.base import ContentFile

    from services.complaints.models import Attachment

    attachment = Attachment(complaint=complaint, content_type="application/pdf", size=9)
    attachment.file.save("attachment.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    attachment.save()
    return attachment


def inspect(pk):
    return f"{INDEX}inspect/{pk}/"


def act(pk, action):
    return f"/admin/complaints/desk/{pk}/{action}/"


def test_officers_list_only_their_departments_complaints(
    client, officer, complaint, school_complaint
):
    client.force_login(officer)
    html = client.get(INDEX).content.decode()
    assert complaint.tracking_code in html
    assert school_complaint.tracking_code not in html


def test_another_departments_complaint_is_404_everywhere_even_by_guessing_ids(
    client, other_officer, complaint
):
    client.force_login(other_officer)
    assert client.get(inspect(complaint.pk)).status_code == 404
    assert client.post(act(complaint.pk, "note"), {"text": "x"}).status_code == 404
    assert client.post(act(complaint.pk, "status"), {"status": "closed"}).status_code == 404
    attachment = _attach(complaint)
    assert (
        client.get(
            f"/admin/complaints/desk/{complaint.pk}/attachments/{attachment.pk}/"
        ).status_code
        == 404
    )
    assert client.get(inspect(999999)).status_code == 404
    complaint.refresh_from_db()
    assert complaint.status == "received" and not complaint.notes.exists()


def test_the_coordinator_sees_every_department(client, coordinator, complaint, school_complaint):
    client.force_login(coordinator)
    html = client.get(INDEX).content.decode()
    assert complaint.tracking_code in html and school_complaint.tracking_code in html
    assert client.get(inspect(school_complaint.pk)).status_code == 200


def test_viewing_personal_data_is_logged(client, officer, complaint):
    client.force_login(officer)
    html = client.get(inspect(complaint.pk)).content.decode()
    assert "agim@example.org" in html
    actions = list(
        AccessLog.objects.filter(complaint=complaint, user=officer).values_list("action", flat=True)
    )
    assert "viewed_personal_data" in actions


def test_the_whole_lifecycle_in_the_admin(
    client, officer, complaint, django_capture_on_commit_callbacks
):
    client.force_login(officer)
    # Answering before writing an answer is refused.
    client.post(act(complaint.pk, "status"), {"status": "answered"})
    complaint.refresh_from_db()
    assert complaint.status == "received"

    client.post(act(complaint.pk, "note"), {"text": "Ekipa do të dalë të martën."})
    client.post(act(complaint.pk, "answer"), {"public_answer": "Gropa u mbulua më 3 dhjetor."})
    complaint.refresh_from_db()
    assert complaint.status == "in_progress"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(act(complaint.pk, "status"), {"status": "answered"})
    client.post(act(complaint.pk, "status"), {"status": "closed"})

    complaint.refresh_from_db()
    assert complaint.status == "closed"
    assert complaint.answered_at and complaint.closed_at
    assert [h.status for h in complaint.history.all()] == [
        "received",
        "in_progress",
        "answered",
        "closed",
    ]
    assert complaint.notes.get().author == officer
    # The citizen is told, in their language, and the answer is public with the code.
    assert [m.to for m in mail.outbox] == [["agim@example.org"]]
    assert "Gropa u mbulua" in mail.outbox[0].body
    public = client.get(f"/api/v3/complaints/{complaint.tracking_code}/").json()
    assert public["public_answer"] == "Gropa u mbulua më 3 dhjetor."
    logged = set(AccessLog.objects.filter(complaint=complaint).values_list("action", flat=True))
    assert {"noted", "answered", "changed_status"} <= logged


def test_rejecting_needs_a_reason(client, officer, complaint):
    client.force_login(officer)
    client.post(act(complaint.pk, "status"), {"status": "rejected"})
    complaint.refresh_from_db()
    assert complaint.status == "received"
    client.post(
        act(complaint.pk, "status"), {"status": "rejected", "rejection_reason": "duplicate"}
    )
    complaint.refresh_from_db()
    assert (complaint.status, complaint.rejection_reason) == ("rejected", "duplicate")


def test_reassigning_hands_the_complaint_to_the_other_department(
    client, officer, other_officer, complaint, other_category
):
    client.force_login(officer)
    target = source_category(other_category).default_department
    response = client.post(act(complaint.pk, "reassign"), {"department": target.pk})
    assert response.status_code == 302 and response.url == INDEX
    assert client.get(inspect(complaint.pk)).status_code == 404
    client.force_login(other_officer)
    assert client.get(inspect(complaint.pk)).status_code == 200


def test_overdue_complaints_are_flagged_and_filterable(
    client, coordinator, complaint, school_complaint
):
    from datetime import timedelta

    from django.utils import timezone

    Complaint.objects.filter(pk=complaint.pk).update(due_at=timezone.now() - timedelta(days=1))
    client.force_login(coordinator)
    html = client.get(INDEX, {"overdue": "yes"}).content.decode()
    assert complaint.tracking_code in html and school_complaint.tracking_code not in html
    assert "⚠" in html


def test_coordinator_exports_csv_and_xlsx_with_personal_data(client, coordinator, complaint):
    client.force_login(coordinator)
    response = client.get(INDEX, {"export": "csv"})
    assert response.status_code == 200
    body = _body(response)
    # Excel reads the UTF-8 right only with a byte-order mark.
    assert body.startswith("\ufeff".encode()) and "charset=utf-8" in response["Content-Type"]
    header, row = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))[:2]
    assert row[0] == complaint.tracking_code
    assert "agim@example.org" in row and "Agim Berisha" in row
    assert len(header) == len(row)
    xlsx = client.get(INDEX, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(_body(xlsx))).active
    assert complaint.tracking_code in [cell.value for cell in sheet["A"]]
    assert AccessLog.objects.filter(action="exported", user=coordinator).count() == 2


def test_exports_leave_out_personal_data_for_those_who_may_not_see_it(client, complaint):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    analyst = UserFactory(username="analyst", groups=["Information Office"])
    # An exporter without the personal-data permission.
    analyst.user_permissions.add(Permission.objects.get(codename="export_complaints"))
    for group in analyst.groups.all():
        group.permissions.remove(Permission.objects.get(codename="view_personal_data"))
    client.force_login(analyst)
    text = _body(client.get(INDEX, {"export": "csv"})).decode()
    assert complaint.tracking_code in text
    assert "agim@example.org" not in text and "Agim Berisha" not in text


def test_officers_without_the_export_permission_cannot_export(client, officer, complaint):
    client.force_login(officer)
    assert client.get(INDEX, {"export": "csv"}).status_code == 404


def test_dashboard_counts_and_median_time_to_answer(category, other_category, officer):
    from datetime import timedelta

    from django.utils import timezone

    from services.complaints.dashboard import complaint_stats

    now = timezone.now()

    def make(cat, created_days_ago, answered_days_ago=None, status="received", due_days=15):
        created = now - timedelta(days=created_days_ago)
        return Complaint.objects.create(
            subject="S",
            text="T",
            category=cat,
            department=cat.default_department,
            language="sq",
            created_at=created,
            due_at=created + timedelta(days=due_days),
            status=status,
            answered_at=now - timedelta(days=answered_days_ago)
            if answered_days_ago is not None
            else None,
        )

    make(category, 1)  # open, not overdue
    make(category, 20)  # open, overdue
    make(category, 10, answered_days_ago=0, status="answered")  # answered in 10 days
    make(category, 6, answered_days_ago=0, status="answered")  # answered in 6 days
    make(source_category(other_category), 30)  # another department's
    stats = complaint_stats(Complaint.objects.visible_to(officer), now)
    assert stats["open"] == 4
    assert stats["overdue"] == 1
    assert stats["answered_this_month"] == 2
    assert stats["median_days"] == 8.0
    assert len(stats["months"]) == 12
    assert stats["months"][-1]["answered"] == 2


def test_dashboard_panel_is_shown_to_officers(client, officer, complaint):
    client.force_login(officer)
    html = client.get("/admin/").content.decode()
    assert "complaints-panel-title" in html


def test_officers_download_attachments_and_the_download_is_logged(client, officer, complaint):
    attachment = _attach(complaint)
    client.force_login(officer)
    response = client.get(f"/admin/complaints/desk/{complaint.pk}/attachments/{attachment.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4\n"
    assert response["Content-Disposition"].startswith("attachment;")
    assert AccessLog.objects.filter(action="downloaded_attachment", user=officer).exists()


@pytest.mark.parametrize("view", ["edit", "delete", "history"])
def test_no_admin_view_tells_whether_an_id_exists(
    client, other_officer, coordinator, complaint, view
):
    for user in (other_officer, coordinator):
        client.force_login(user)
        assert client.get(f"{INDEX}{view}/{complaint.pk}/").status_code == 404
        assert client.get(f"{INDEX}{view}/999999/").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        {"email__startswith": "agim"},
        {"history__by__password__startswith": "md5"},
        {"department__group__user__is_superuser": "1"},
        {"nonexistent": "1"},
    ],
)
def test_the_list_ignores_lookups_it_does_not_offer(client, officer, complaint, query):
    client.force_login(officer)
    response = client.get(INDEX, query)
    assert response.status_code == 200
    # Ignored, not applied: the complaint is listed whatever the lookup would have said.
    assert complaint.tracking_code in response.content.decode()


@pytest.mark.parametrize(
    "query", [{"department__id__exact": "abc"}, {"category__id__exact": "99999999999999999999999"}]
)
def test_bad_filter_values_go_back_to_the_plain_list(client, coordinator, complaint, query):
    client.force_login(coordinator)
    response = client.get(INDEX, query)
    # Either the filter shows nothing for it, or the list starts over: never a server error.
    assert response.status_code in (200, 302)


def test_non_numeric_ids_in_admin_urls_are_404(client, coordinator):
    client.force_login(coordinator)
    assert client.get(f"{INDEX}inspect/abc/").status_code == 404
    assert client.get("/admin/complaints/accesslog/?xx=1").status_code == 200


def test_the_access_log_is_for_the_coordinator_only(client, officer, coordinator):
    client.force_login(officer)
    assert client.get("/admin/complaints/accesslog/").status_code in (302, 403)
    client.force_login(coordinator)
    assert client.get("/admin/complaints/accesslog/").status_code == 200


def test_csv_export_neutralises_formulas(client, coordinator, complaint):
    Complaint.objects.filter(pk=complaint.pk).update(subject='=HYPERLINK("http://evil.example")')
    client.force_login(coordinator)
    row = list(csv.reader(io.StringIO(_body(client.get(INDEX, {"export": "csv"})).decode())))[1]
    assert '\'=HYPERLINK("http://evil.example")' in row


def test_each_exported_complaint_records_the_export(
    client, coordinator, complaint, school_complaint
):
    client.force_login(coordinator)
    _body(client.get(INDEX, {"export": "csv"}))
    exported = AccessLog.objects.filter(action="exported")
    assert set(exported.values_list("complaint", flat=True)) == {complaint.pk, school_complaint.pk}
    assert all(entry.detail == "csv, with personal data" for entry in exported)


def test_reassigning_notifies_the_new_department(
    client, officer, other_officer, complaint, other_category, django_capture_on_commit_callbacks
):
    client.force_login(officer)
    target = source_category(other_category).default_department
    with django_capture_on_commit_callbacks(execute=True):
        client.post(act(complaint.pk, "reassign"), {"department": target.pk})
    assert [m.to for m in mail.outbox] == [["arsimi@kllokot.example"]]


def test_a_new_department_never_inherits_another_departments_group(category):
    from services.complaints.models import Department

    existing = category.default_department
    twin = Department.objects.create(locale=existing.locale, name=existing.name)
    assert twin.group_id != existing.group_id
