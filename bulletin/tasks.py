"""Background work of the bulletin: the print edition, (re)built whenever an issue is published."""

from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django_tasks import task
from wagtail.documents import get_document_model

from bulletin.models import BulletinIssuePage, IssuePDF
from bulletin.pdf import render_pdf


@task()
def build_pdf(page_id: int) -> None:
    issue = BulletinIssuePage.objects.filter(pk=page_id).first()
    if issue is None or not issue.live:
        return
    data = render_pdf(issue)
    name = f"bulletin-{issue.year}-{issue.month:02d}-{issue.locale.language_code}.pdf"
    Document = get_document_model()
    edition = IssuePDF.objects.filter(page=issue).select_related("document").first()
    document = edition.document if edition else Document(title=f"{issue.title} (PDF)")
    document.title = f"{issue.title} (PDF)"
    previous = document.file.name if edition else ""
    document.file.save(name, ContentFile(data), save=False)
    document.file_size = len(data)
    document.save()
    if edition is None:
        IssuePDF.objects.create(page=issue, document=document)
    else:
        edition.save()
    # The storage gave the rebuilt file a new name; readers reach it at the issue's stable
    # address (``BulletinIssuePage.serve_pdf``), so the old file is only clutter.
    if previous and previous != document.file.name:
        document.file.storage.delete(previous)


def on_published(sender: type, instance: BulletinIssuePage, **kwargs: Any) -> None:
    """``page_published``: (re)build the print edition of that issue, in the background."""
    page_id = instance.pk
    transaction.on_commit(lambda: build_pdf.enqueue(page_id))
