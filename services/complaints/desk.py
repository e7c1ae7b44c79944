"""The officer's desk: changes to a complaint, each one logged."""

from django.contrib import messages
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from services.complaints import tasks
from services.complaints.admin_forms import AnswerForm, NoteForm, ReassignForm, StatusForm
from services.complaints.models import AccessLog, Attachment, Complaint, InternalNote, StatusChange

Action = AccessLog.Action


def visible_complaint(request: HttpRequest, pk: int) -> Complaint:
    """The complaint if this user may see it; otherwise 404, as if it did not exist."""
    if not request.user.has_perm("complaints.view_complaint"):
        raise Http404
    return get_object_or_404(Complaint.objects.visible_to(request.user), pk=pk)


def inspect_url(complaint: Complaint) -> str:
    from django.urls import reverse

    return reverse("complaints_complaint_modeladmin_inspect", args=[complaint.pk])


def set_status(complaint: Complaint, status: str, user, reason: str = "") -> None:
    now = timezone.now()
    complaint.status = status
    if status == Complaint.Status.ANSWERED:
        complaint.answered_at = now
    if status in Complaint.CLOSED_STATUSES:
        complaint.closed_at = now
    complaint.rejection_reason = reason if status == Complaint.Status.REJECTED else ""
    complaint.save()
    StatusChange.objects.create(complaint=complaint, status=status, at=now, by=user)
    AccessLog.record(user, Action.CHANGED_STATUS, complaint, complaint.get_status_display())


@require_POST
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if not request.user.has_perm("complaints.change_complaint"):
        raise Http404
    complaint = visible_complaint(request, pk)
    forms = {"status": StatusForm, "answer": AnswerForm, "note": NoteForm, "reassign": ReassignForm}
    form_class = forms.get(action)
    if form_class is None:
        raise Http404
    kwargs = {"complaint": complaint} if form_class is StatusForm else {}
    form = form_class(request.POST, **kwargs)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(inspect_url(complaint))
    data = form.cleaned_data
    user = request.user
    with transaction.atomic():
        if action == "status":
            set_status(complaint, data["status"], user, data.get("rejection_reason", ""))
            if data["status"] == Complaint.Status.ANSWERED:
                transaction.on_commit(lambda: tasks.complaint_answered.enqueue(complaint.pk))
        elif action == "answer":
            complaint.public_answer = data["public_answer"].strip()
            complaint.save(update_fields=["public_answer"])
            AccessLog.record(user, Action.ANSWERED, complaint)
            if complaint.status == Complaint.Status.RECEIVED:
                set_status(complaint, Complaint.Status.IN_PROGRESS, user)
        elif action == "note":
            InternalNote.objects.create(
                complaint=complaint, text=data["text"].strip(), author=user if user.pk else None
            )
            AccessLog.record(user, Action.NOTED, complaint)
        elif action == "reassign":
            old = complaint.department
            complaint.department = data["department"]
            complaint.save(update_fields=["department"])
            AccessLog.record(user, Action.REASSIGNED, complaint, f"{old} → {complaint.department}")
            transaction.on_commit(lambda: tasks.notify_department.enqueue(complaint.pk))
    messages.success(request, _("Saved."))
    if action == "reassign" and not Complaint.objects.visible_to(user).filter(pk=pk).exists():
        # Handed to another department: this officer can no longer open it.
        from django.urls import reverse

        return redirect(reverse("complaints_complaint_modeladmin_index"))
    return redirect(inspect_url(complaint))


def download(request: HttpRequest, pk: int, attachment_id: int) -> FileResponse:
    complaint = visible_complaint(request, pk)
    attachment = get_object_or_404(Attachment, pk=attachment_id, complaint=complaint)
    AccessLog.record(request.user, Action.DOWNLOADED_ATTACHMENT, complaint, str(attachment.pk))
    extension = (attachment.file.name or "").rsplit(".", 1)[-1]
    response = FileResponse(
        attachment.file.open("rb"),
        content_type=attachment.content_type,
        as_attachment=True,
        filename=f"{complaint.tracking_code}-{attachment.pk}.{extension}",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
