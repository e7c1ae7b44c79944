"""The editions that leave the site: the e-mail a subscriber opens in a mail client, the PDF a
reader downloads or prints. Neither has the site around it: every address absolute, every fact
in both parts of the mail, the municipality's contacts and the photos in the PDF, and one
address for the PDF that outlives re-publishing."""

import io
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.files.storage import default_storage
from django.utils import translation
from wagtail.models import Page

from bulletin.models import BulletinIssuePage, IssuePDF
from home.models import MunicipalityIdentity
from services import formats
from services.subscriptions.mailing import deliver, start_mailing
from tests.bulletin.test_pdf import _require_weasyprint
from tests.factories import DocumentFactory, ImageFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

CONTACTS = {
    "sq": "Kontaktet e Komunës",
    "sr-latn": "Kontakti opštine",
    "en": "Contacts of the municipality",
}
PHONES = "+383 280 370 111, +383 280 370 222"
EMAIL = "kontakt@kllokot.example"


@pytest.fixture
def files(settings, tmp_path):
    """Media on disk, as in production: the PDF renderer reads our images as files."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    return tmp_path


def issue_in(locales, language: str) -> BulletinIssuePage:
    source = BulletinIssuePage.objects.get(locale=locales["sq"], number=4)
    return source.get_translation(locales[language]).specific


def pdf_text(data: bytes) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


# --- PDF: contacts, images -------------------------------------------------------------------


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_the_pdf_prints_the_municipalitys_contacts_under_their_heading(locales, language):
    _require_weasyprint()
    from bulletin.pdf import render_pdf

    issue = issue_in(locales, language)
    identity = MunicipalityIdentity.for_site(issue.get_site())
    identity.phones, identity.email = PHONES, EMAIL
    identity.save()
    text = pdf_text(render_pdf(issue))
    # The heading is in the table of contents too: the section is its last appearance.
    heading = text.rindex(CONTACTS[language])
    section = text[heading:]
    address = identity.address(language).splitlines()[0]
    for fact in (identity.name(language), address, "+383 280 370 111", "+383 280 370 222", EMAIL):
        assert fact and fact in section, fact
    hours = identity.office_hours(language)
    assert hours and hours.split()[0] in section


def _image_boxes(page) -> list[tuple[float, float, float, float]]:
    """Where a PDF page paints its images: (x0, y0, x1, y1) in points, following the
    transformation matrices (``cm``) through saved and restored states (``q``/``Q``)."""
    from pypdf.generic import ContentStream

    def multiply(m, n):
        a, b, c, d, e, f = m
        a2, b2, c2, d2, e2, f2 = n
        return (
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        )

    resources = page["/Resources"].get("/XObject", {})
    images = {name for name, ref in resources.items() if ref.get_object()["/Subtype"] == "/Image"}
    matrix, stack, boxes = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), [], []
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"q":
            stack.append(matrix)
        elif operator == b"Q":
            matrix = stack.pop()
        elif operator == b"cm":
            matrix = multiply(tuple(float(x) for x in operands), matrix)
        elif operator == b"Do" and operands[0] in images:
            a, b, c, d, e, f = matrix
            corners = [(a * x + c * y + e, b * x + d * y + f) for x in (0, 1) for y in (0, 1)]
            xs, ys = [x for x, _ in corners], [y for _, y in corners]
            boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return boxes


def test_a_photo_wider_than_the_page_is_scaled_to_the_text_width_not_cut(locales, files):
    _require_weasyprint()
    import pypdf

    from bulletin.pdf import render_pdf

    issue = issue_in(locales, "en")
    wide = ImageFactory(title="Rruga", file__width=2400, file__height=600)
    issue.sections.append(
        (
            "article",
            {
                "title": "The new road",
                "text": "<p>Asphalted.</p>",
                "image": wide,
                "alt_text": "The main road, asphalted",
                "decorative": False,
                "caption": "",
                "credit": "",
            },
        )
    )
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(issue)))
    boxes = [box for page in reader.pages for box in _image_boxes(page)]
    assert len(boxes) == 1  # the photo is printed (read from storage, not over HTTP)
    x0, _y0, x1, _y1 = boxes[0]
    width = float(reader.pages[0].mediabox.width)
    margin = 18 / 25.4 * 72  # the page's side margins, 18 mm
    assert width == pytest.approx(595.28, abs=0.5)  # A4
    # Within the text column: a 1000 px rendition unscaled would run 750 pt wide.
    assert x0 >= margin - 1 and x1 <= width - margin + 1
    assert x1 - x0 > (width - 2 * margin) * 0.9  # scaled down to the column, not shrunk away


# --- PDF: one address per issue and language ---------------------------------------------------


def test_the_pdf_keeps_one_address_that_serves_the_latest_build(
    client, locales, files, django_capture_on_commit_callbacks
):
    _require_weasyprint()
    issue = issue_in(locales, "en")
    with django_capture_on_commit_callbacks(execute=True):
        issue.save_revision().publish()
    stable = f"{issue.url}pdf/"
    first = IssuePDF.objects.get(page=issue).document.file.name
    response = client.get(stable)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "inline" in response["Content-Disposition"]
    assert "St. Peter's Day" in pdf_text(b"".join(response.streaming_content))

    issue = BulletinIssuePage.objects.get(pk=issue.pk)
    issue.intro = "Corrected: the fair moves to the school yard."
    with django_capture_on_commit_callbacks(execute=True):
        issue.save_revision().publish()
    second = IssuePDF.objects.get(page=issue).document.file.name
    assert second != first  # the file behind it has a new name...
    assert not default_storage.exists(first)  # ...and the old one is not left behind
    response = client.get(stable)  # ...but the address already shared still answers
    assert response.status_code == 200
    assert "the school yard" in pdf_text(b"".join(response.streaming_content))
    # The page and the API link that address, not the file's.
    assert f'href="http://testserver{stable}"' in client.get(issue.url).content.decode()
    api = client.get(f"/api/v3/pages/{issue.pk}/").json()
    assert api["pdf"]["url"] == f"http://testserver{stable}"


@pytest.mark.parametrize(
    "language, title",
    [
        ("sq", "Botimi i shtypur nuk është gati ende"),
        ("sr-latn", "Štampano izdanje još nije spremno"),
        ("en", "Print edition not ready yet"),
    ],
)
def test_a_pdf_not_built_yet_is_a_translated_404(client, locales, language, title):
    issue = issue_in(locales, language)
    IssuePDF.objects.filter(page=issue).delete()
    response = client.get(f"{issue.url}pdf/")
    assert response.status_code == 404
    assert title in response.content.decode()


# --- E-mail ----------------------------------------------------------------------------------


@pytest.fixture
def mailed(locales, files):
    """The Albanian issue with every kind of section a mail has to carry, built and sent to
    one subscriber through the subscriptions plugin's own sending path."""
    issue = issue_in(locales, "sq")
    act = Page.objects.get(locale=locales["sq"], slug="vendimi-nr-534-2")
    photo = ImageFactory(title="Ura", file__width=1600, file__height=900)
    minutes = DocumentFactory(title="Procesverbali")
    issue.sections.append(
        (
            "article",
            {
                "title": "Ura e re",
                "text": f'<p>Shihni <a linktype="page" id="{act.pk}">vendimin</a>.</p>',
                "image": photo,
                "alt_text": "Ura e re mbi lumin Morava",
                "decorative": False,
                "caption": "",
                "credit": "",
            },
        )
    )
    issue.sections.append(
        (
            "project",
            {
                "name": "Ura mbi Moravë",
                "place": "Vërboc",
                "value_eur": Decimal("125000.00"),
                "funder": "Ministria e Infrastrukturës",
                "started": None,
                "finished": None,
                "description": "",
                "photos": [],
            },
        )
    )
    issue.sections.append(
        ("decision", {"title": "Vendimi për urën", "document": minutes, "page": act})
    )
    issue.save()
    IssuePDF.objects.update_or_create(page=issue, defaults={"document": DocumentFactory()})
    SubscriberFactory(email="lexuesi@example.org", language="sq", topics=["bulletin"])
    deliver(start_mailing(issue, "bulletin", queue=False).pk)
    (message,) = mail.outbox
    html, kind = message.alternatives[0]
    assert kind == "text/html"
    return issue, act, minutes, message.body, html


def test_every_address_in_the_mails_html_is_absolute(mailed):
    issue, act, _minutes, _text, html = mailed
    soup = BeautifulSoup(html, "html.parser")
    addresses = [tag[name] for name in ("href", "src") for tag in soup.find_all(attrs={name: True})]
    assert addresses
    for address in addresses:
        assert urlsplit(address).scheme in ("http", "https", "mailto"), address
    links = {a["href"] for a in soup.find_all("a")}
    assert act.full_url in links  # the rich text's link and the decision's
    for image in soup.find_all("img"):
        assert image["src"].startswith("http://testserver/media/")
        assert int(image["width"]) <= 600 and image["height"]
        assert "max-width: 100%" in image["style"]
    (photo,) = soup.find_all("img")
    assert photo["alt"] == "Ura e re mbi lumin Morava"


def test_the_mails_text_carries_what_its_html_does(mailed):
    issue, act, minutes, text, _html = mailed
    with translation.override("sq"):
        value = formats.money(Decimal("125000.00"))
    for fact in ("Ura mbi Moravë", "Vërboc", value, "Ministria e Infrastrukturës"):
        assert fact in text, fact
    assert "Vendimi për urën" in text and act.full_url in text
    assert f"http://testserver{minutes.url}" in text
    assert issue.full_url in text


def test_both_parts_of_the_mail_link_the_pdf_at_its_stable_address(mailed):
    issue, _act, _minutes, text, html = mailed
    stable = f"{issue.full_url}pdf/"
    assert stable.startswith("http://testserver/sq/")
    assert stable in text
    assert stable in {a["href"] for a in BeautifulSoup(html, "html.parser").find_all("a")}
