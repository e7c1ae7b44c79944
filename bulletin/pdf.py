"""The print edition: A4, the municipality's identity, a table of contents, page numbers.

Rendered with WeasyPrint; ``bulletin.tasks`` builds it in the background when an issue (in any
language) is published and stores it as a Wagtail document linked from the page and the API.
"""

from typing import Any

from django.template.loader import render_to_string
from django.utils import translation

from home.addresses import for_pdf
from home.models import MunicipalityIdentity
from services.urls import absolute


def render_pdf(issue: Any) -> bytes:
    # Imported here, not at the top: WeasyPrint loads Pango when imported, and a machine
    # without it must still serve the site (only the PDF edition is then unavailable).
    from weasyprint import HTML

    site = issue.get_site()
    identity = MunicipalityIdentity.for_site(site) if site else None
    context = {
        "page": issue,
        "identity": identity,
        "language": issue.locale.language_code,
        "arms": _coat_of_arms(identity),
        # The block templates choose image sizes by edition.
        "edition": "pdf",
    }
    base = issue.full_url or ""
    with translation.override(issue.locale.language_code):
        html = for_pdf(render_to_string("bulletin/pdf/issue.html", context), base)
    pdf: bytes = HTML(string=html, base_url=base).write_pdf()
    return pdf


def _coat_of_arms(identity: MunicipalityIdentity | None) -> str | None:
    """The coat of arms as a file the renderer can read without asking our own web server."""
    if identity is None or identity.coat_of_arms is None:
        return None
    rendition = identity.coat_of_arms.get_rendition("height-120")
    try:
        return f"file://{rendition.file.path}"
    except NotImplementedError:  # remote storage (S3): its URL is reachable
        return absolute(rendition.url)
