"""Complaints, suggestions and praise from citizens, and the municipality's handling of them."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.files.storage import storages
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index

from services.complaints import codes
from services.localize import untranslated_text


class Department(TranslatableMixin, index.Indexed, models.Model):
    """A department of the municipality. Its officers work in ``group``."""

    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=200)
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("Also notified of new complaints, if given.")
    )
    group = models.ForeignKey(
        Group,
        verbose_name=_("officers' group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Created automatically; add the department's officers to it."),
    )

    panels = [FieldPanel("name"), FieldPanel("email")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if self.group_id is None:
            self.group = officers_group(self.name)
        super().save(*args, **kwargs)


#: What a department's officers may do: open the desk, handle their department's complaints
#: and see the contact details they need to answer.
OFFICER_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("complaints", "view_complaint"),
    ("complaints", "change_complaint"),
    ("complaints", "view_personal_data"),
]


def officers_group(department_name: str) -> Group:
    # Always a new group: reusing one by name would let a new department with an old name
    # see the old department's complaints.
    base = f"{_('Officers')}: {department_name}"[:140]
    name, number = base, 1
    while Group.objects.filter(name=name).exists():
        number += 1
        name = f"{base} ({number})"
    group = Group.objects.create(name=name)
    for app_label, codename in OFFICER_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            group.permissions.add(permission)
    return group


class CategoryQuerySet(models.QuerySet):
    def ready_in(self, locale: Locale) -> "CategoryQuerySet":
        """The categories of ``locale`` that citizens may see: a category that
        wagtail-localize made in that language but whose text is not all translated yet still
        carries the source's words, and is left out until it is (a category is a plain
        snippet: it has no draft to wait in)."""
        return self.filter(locale=locale).exclude(untranslated_text(locale))


class Category(TranslatableMixin, models.Model):
    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=200)
    sort_order = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Lower numbers come first; equal ones by name.")
    )
    default_department = models.ForeignKey(
        Department,
        verbose_name=_("default department"),
        on_delete=models.PROTECT,
        related_name="categories",
        help_text=_("New complaints in this category go to this department."),
    )

    objects = CategoryQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("default_department"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("complaint category")
        verbose_name_plural = _("complaint categories")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class ComplaintQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(status__in=Complaint.CLOSED_STATUSES)

    def overdue(self, now=None):
        return (
            self.open()
            .exclude(status=Complaint.Status.ANSWERED)
            .filter(due_at__lt=now or timezone.now())
        )

    def visible_to(self, user):
        """What an officer may see: their departments' complaints; the coordinator, all."""
        if user.is_superuser or user.has_perm("complaints.view_all_complaints"):
            return self
        return self.filter(department__group__in=user.groups.all())


class Complaint(models.Model):
    # Not content: keep these rows out of Wagtail's reference index (a write per save).
    wagtail_reference_index_ignore = True

    class Kind(models.TextChoices):
        COMPLAINT = "complaint", _("Complaint")
        SUGGESTION = "suggestion", _("Suggestion")
        PRAISE = "praise", _("Praise")

    class Status(models.TextChoices):
        RECEIVED = "received", pgettext_lazy("complaint status", "Received")
        IN_PROGRESS = "in_progress", _("In progress")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")
        REJECTED = "rejected", _("Rejected")

    class RejectionReason(models.TextChoices):
        SPAM = "spam", _("Spam")
        DUPLICATE = "duplicate", _("Duplicate")
        OTHER = "other", _("Other")

    CLOSED_STATUSES = (Status.CLOSED, Status.REJECTED)

    tracking_code = models.CharField(_("tracking code"), max_length=14, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.COMPLAINT)
    subject = models.CharField(_("subject"), max_length=200)
    text = models.TextField(_("text"), max_length=5000)
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="+"
    )
    department = models.ForeignKey(
        Department, verbose_name=_("department"), on_delete=models.PROTECT, related_name="+"
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)

    # Personal data: empty for anonymous submissions, and wiped by ``purge_complaints``.
    anonymous = models.BooleanField(_("anonymous"), default=False)
    name = models.CharField(pgettext_lazy("of a person", "name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    personal_data_purged_at = models.DateTimeField(_("personal data purged"), null=True, blank=True)

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    rejection_reason = models.CharField(
        _("rejection reason"), max_length=20, choices=RejectionReason.choices, blank=True
    )
    public_answer = models.TextField(_("public answer"), blank=True)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    due_at = models.DateTimeField(_("answer due"))
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    objects = ComplaintQuerySet.as_manager()

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        ordering = ["-created_at"]
        permissions = [
            ("view_all_complaints", _("Can see the complaints of every department")),
            ("view_personal_data", _("Can see complainants' personal data")),
            ("export_complaints", _("Can export complaints")),
        ]

    def __str__(self) -> str:
        return f"{self.tracking_code} – {self.subject}"

    def save(self, *args, **kwargs) -> None:
        if self.due_at is None:
            days = getattr(settings, "COMPLAINTS_RESPONSE_DAYS", 15)
            self.due_at = self.created_at + timedelta(days=days)
        if self.tracking_code:
            super().save(*args, **kwargs)
            return
        # A fresh random code; on the (astronomically rare) clash, draw again.
        for _attempt in range(5):
            self.tracking_code = codes.new_code()
            try:
                with transaction.atomic():
                    super().save(*args, **kwargs)
                return
            except IntegrityError:
                if not Complaint.objects.filter(tracking_code=self.tracking_code).exists():
                    raise
        raise IntegrityError("Could not draw a unique tracking code.")

    @property
    def is_overdue(self) -> bool:
        return (
            self.status not in (*self.CLOSED_STATUSES, self.Status.ANSWERED)
            and self.due_at is not None
            and self.due_at < timezone.now()
        )

    @property
    def has_personal_data(self) -> bool:
        return bool(self.name or self.email or self.phone)


def private_storage():
    # Attachments are never served from MEDIA_URL: officers download them through the desk,
    # which checks their department and logs the download.
    return storages["private"]


class Attachment(models.Model):
    # Not content: keep these rows out of Wagtail's reference index (a write per save).
    wagtail_reference_index_ignore = True

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), upload_to="complaints/%Y/%m/", storage=private_storage)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return f"{self.complaint.tracking_code} #{self.pk}"


class StatusChange(models.Model):
    """The public history of a complaint: what the citizen sees with the tracking code."""

    # Not content: keep these rows out of Wagtail's reference index (a write per save).
    wagtail_reference_index_ignore = True

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="history")
    status = models.CharField(_("status"), max_length=20, choices=Complaint.Status.choices)
    at = models.DateTimeField(_("date"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.complaint.tracking_code}: {self.status}"


class InternalNote(models.Model):
    # Not content: keep these rows out of Wagtail's reference index (a write per save).
    wagtail_reference_index_ignore = True

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="notes")
    text = models.TextField(_("note"), max_length=5000)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.complaint.tracking_code}: {self.at:%d.%m.%Y}"


class AccessLog(models.Model):
    """Who saw a complainant's personal data, and who changed what, and when."""

    # Not content: keep these rows out of Wagtail's reference index (a write per save).
    wagtail_reference_index_ignore = True

    class Action(models.TextChoices):
        VIEWED = "viewed", _("Viewed the complaint")
        VIEWED_PERSONAL_DATA = "viewed_personal_data", _("Viewed personal data")
        DOWNLOADED_ATTACHMENT = "downloaded_attachment", _("Downloaded an attachment")
        CHANGED_STATUS = "changed_status", _("Changed the status")
        REASSIGNED = "reassigned", _("Reassigned to another department")
        ANSWERED = "answered", _("Wrote the public answer")
        NOTED = "noted", _("Added an internal note")
        EXPORTED = "exported", _("Exported complaints")
        PURGED = "purged", _("Purged personal data")

    complaint = models.ForeignKey(
        Complaint, null=True, blank=True, on_delete=models.CASCADE, related_name="access_log"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=30, choices=Action.choices)
    detail = models.CharField(max_length=300, blank=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.at:%d.%m.%Y %H:%M} {self.action}"

    @classmethod
    def record(cls, user, action: str, complaint: "Complaint | None" = None, detail: str = ""):
        return cls.objects.create(
            user=user if getattr(user, "is_authenticated", False) else None,
            action=action,
            complaint=complaint,
            detail=detail[:300],
        )
