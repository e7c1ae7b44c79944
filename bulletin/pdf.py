"""The print edition: A4, the municipality's identity, a table of contents, page numbers.

Built with WeasyPrint in a background task when an issue (in any language) is published, and
stored as a Wagtail document linked from the page and the API.
"""

import logging

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

logger = logging.getLogger(__name__)


def render_pdf(issue) -> bytes:
    from weasyprint import HTML

    from home.models import MunicipalityIdentity

    site = issue.get_site()
    identity = MunicipalityIdentity.for_site(site) if site else None
    context = {
        "page": issue,
        "identity": identity,
        "language": issue.locale.language_code,
        "arms": _coat_of_arms(identity),
    }
    with translation.override(issue.locale.language_code):
        html = render_to_string("bulletin/pdf/issue.html", context)
    return HTML(string=html, base_url=issue.full_url or "").write_pdf()


def _coat_of_arms(identity) -> str | None:
    """The coat of arms as a file the renderer can read without asking our own web server."""
    if identity is None or identity.coat_of_arms is None:
        return None
    rendition = identity.coat_of_arms.get_rendition("height-120")
    try:
        return f"file://{rendition.file.path}"
    except NotImplementedError:  # remote storage (S3): its URL is reachable
        from home.images import absolute

        return absolute(rendition.url)


@task()
def build_pdf(page_id: int) -> None:
    from wagtail.documents import get_document_model

    from bulletin.models import BulletinIssuePage, IssuePDF

    issue = BulletinIssuePage.objects.filter(pk=page_id).first()
    if issue is None or not issue.live:
        return
    data = render_pdf(issue)
    name = f"bulletin-{issue.year}-{issue.month:02d}-{issue.locale.language_code}.pdf"
    Document = get_document_model()
    edition = IssuePDF.objects.filter(page=issue).select_related("document").first()
    document = edition.document if edition else Document(title=f"{issue.title} (PDF)")
    document.title = f"{issue.title} (PDF)"
    document.file.save(name, ContentFile(data), save=False)
    document.file_size = len(data)
    document.save()
    if edition is None:
        IssuePDF.objects.create(page=issue, document=document)
    else:
        edition.save()


def on_published(sender, instance, **kwargs) -> None:
    """``page_published``: (re)build the print edition of that issue, in the background."""
    from django.db import transaction

    page_id = instance.pk
    transaction.on_commit(lambda: build_pdf.enqueue(page_id))
