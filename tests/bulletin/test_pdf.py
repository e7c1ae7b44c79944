"""The print edition: one PDF per language, built on publish, with the issue's own headings."""

import io
import os

import pytest

pytestmark = pytest.mark.django_db


def _require_weasyprint():
    try:
        import weasyprint  # noqa: F401
    except OSError as error:  # Pango missing on this machine
        reason = (
            f"WeasyPrint cannot load its system libraries ({error}); apt-get install libpango-1.0-0"
        )
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)


@pytest.mark.parametrize(
    "language, headings",
    [
        (
            "sq",
            [
                "Korrik 2019: Partnerët dhe diaspora",
                "Komuna partnere në Poloni",
                "Dita e Shën Pjetrit",
                "Përmbajtja",
            ],
        ),
        (
            "sr-latn",
            [
                "Jul 2019: Partneri i dijaspora",
                "Partnerska opština u Poljskoj",
                "Petrovdan",
                "Sadržaj",
            ],
        ),
        (
            "en",
            [
                "July 2019: partners and the diaspora",
                "The partner municipality in Poland",
                "St. Peter's Day",
                "Contents",
            ],
        ),
    ],
)
def test_each_language_gets_a_pdf_with_its_own_headings(
    client, locales, language, headings, django_capture_on_commit_callbacks
):
    _require_weasyprint()
    import pypdf

    from bulletin.models import BulletinIssuePage, IssuePDF

    source = BulletinIssuePage.objects.get(locale=locales["sq"], number=4)
    issue = source.get_translation(locales[language]).specific
    with django_capture_on_commit_callbacks(execute=True):
        issue.save_revision().publish()
    edition = IssuePDF.objects.get(page=issue)
    reader = pypdf.PdfReader(io.BytesIO(edition.document.file.read()))
    text = " ".join(page.extract_text() for page in reader.pages)
    for heading in headings:
        assert heading in text
    assert "1 / " in text  # page numbers
    # Linked from the page and the API at the issue's stable address, which serves this file.
    stable = f"{issue.url}pdf/"
    assert f'href="http://testserver{stable}"' in client.get(issue.url).content.decode()
    assert client.get(f"/api/v3/pages/{issue.pk}/").json()["pdf"]["url"].endswith(stable)
    served = client.get(stable)
    assert b"".join(served.streaming_content) == edition.document.file.open("rb").read()


def test_preview_shows_the_web_pdf_and_email_editions(locales):
    _require_weasyprint()
    from django.test import RequestFactory

    from bulletin.models import BulletinIssuePage

    issue = BulletinIssuePage.objects.get(locale=locales["en"], number=1)
    assert [mode for mode, _label in issue.preview_modes] == ["", "pdf", "email"]
    request = RequestFactory().get("/")
    request.user = None
    pdf = issue.serve_preview(request, "pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    email = issue.serve_preview(request, "email").content.decode()
    assert "The Strategy is adopted" in email


def test_the_coat_of_arms_is_printed_when_the_municipality_has_one(locales, settings, tmp_path):
    _require_weasyprint()
    import pypdf

    from bulletin.models import BulletinIssuePage
    from bulletin.pdf import render_pdf
    from home.models import MunicipalityIdentity
    from tests.factories import ImageFactory

    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=1)
    identity = MunicipalityIdentity.for_site(issue.get_site())
    identity.coat_of_arms = ImageFactory(title="Stema")
    identity.save()
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(issue)))
    assert list(reader.pages[0].images)
