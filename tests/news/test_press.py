"""The press office: a press release needs its number (unique in its year) and a PDF as its
signed original; the media coverage log, its yearly report and CSV for the Information Office,
refused to anonymous readers; the coverage in the API, public facts only."""

import csv
import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents.models import Document

from news.articles import NewsCategory, NewsKind, NewsPage
from news.press import MediaCoverage
from services.demo import stand_in_pdf
from tests.factories import UserFactory
from tests.news.factories import MediaCoverageFactory, demo_release, news_index

pytestmark = pytest.mark.django_db


def release(**overrides) -> NewsPage:
    fields = {
        "title": "Njoftim",
        "slug": "njoftim-prove",
        "date": datetime.date(2019, 9, 1),
        "kind": NewsKind.PRESS_RELEASE,
        "release_number": "9/2019",
        "locale": news_index("sq").locale,
    }
    fields.update(overrides)
    return NewsPage(**fields)


def errors_of(page: NewsPage, language: str) -> dict[str, list[str]]:
    index = news_index("sq")
    page.path, page.depth = index.path + "9999", index.depth + 1
    with translation.override(language), pytest.raises(ValidationError) as caught:
        page.full_clean()
    return caught.value.message_dict


@pytest.mark.parametrize(
    "language, message",
    [
        ("sq", "Njoftimi për shtyp duhet të ketë numrin e vet."),
        ("sr-latn", "Saopštenje za javnost mora da ima svoj broj."),
        ("en", "A press release needs its number."),
    ],
)
def test_a_press_release_needs_its_number(language, message):
    assert errors_of(release(release_number=""), language)["release_number"] == [message]


def test_a_release_number_is_unique_in_its_year_but_not_across_years():
    errors = errors_of(release(release_number="1/2019", date=datetime.date(2019, 12, 1)), "en")
    assert errors["release_number"] == ["Press release No. 1/2019 of 2019 already exists."]
    page = release(release_number="1/2019", date=datetime.date(2020, 1, 10))
    index = news_index("sq")
    index.add_child(instance=page)  # saved: valid
    # The translations of the demo's release share its number: they are the same release.
    demo_release("en").full_clean()


def pdf_document(name: str, content: bytes) -> Document:
    document = Document(title=name)
    document.file.save(name, ContentFile(content))
    document.save()
    return document


@pytest.mark.parametrize(
    "language, message",
    [
        ("sq", "Origjinali i nënshkruar duhet të jetë dokument PDF."),
        ("sr-latn", "Potpisani original mora da bude PDF dokument."),
        ("en", "The signed original must be a PDF document."),
    ],
)
def test_the_signed_original_must_be_a_pdf(language, message):
    odt = pdf_document("njoftimi.odt", b"PK\x03\x04 not a pdf")
    disguised = pdf_document("njoftimi.pdf", b"<html>not a pdf</html>")
    for document in (odt, disguised):
        errors = errors_of(release(signed_original=document), language)
        assert errors["signed_original"] == [message]
    real = pdf_document("njoftimi-vertete.pdf", stand_in_pdf(["Nr. 9/2019"]))
    page = release(signed_original=real)
    news_index("sq").add_child(instance=page)
    assert page.pk


def test_the_editor_refuses_a_release_without_number_in_the_admin(client):
    editor = UserFactory(username="redaktori", groups=["Editors"], is_superuser=True)
    client.force_login(editor)
    index = news_index("sq")
    response = client.post(
        f"/admin/pages/add/news/newspage/{index.pk}/",
        {
            "title": "Pa numër",
            "slug": "pa-numer",
            "date": "2019-09-01",
            "kind": "press_release",
            "release_number": "",
            "intro": "",
            "body-count": "0",
            "gallery-count": "0",
            "documents-count": "0",
            "tags": "",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "A press release needs its number." in response.content.decode()
    assert not NewsPage.objects.filter(slug="pa-numer").exists()


def test_the_coverage_report_and_csv_for_the_information_office(client):
    officer = UserFactory(username="zyrtari", groups=["Information Office"])
    client.force_login(officer)
    release_page = demo_release("sq")
    MediaCoverageFactory(
        date=datetime.date(2019, 8, 1), headline='=HYPERLINK("x")', release=release_page
    )
    for odd in ("²", "٢٠١٩", "x" * 300):
        # No year: this year's report, never an error.
        assert client.get("/admin/news/coverage/", {"year": odd}).status_code == 200
    response = client.get("/admin/news/coverage/", {"year": "2019"})
    assert response.status_code == 200
    summary = response.context["summary"]
    assert len(summary.entries) == MediaCoverage.objects.filter(date__year=2019).count() == 6
    assert dict(summary.by_outlet)["Radio KIM"] == 1
    assert {page.release_number if page else None: n for page, n in summary.by_release}[
        "1/2019"
    ] == 3
    exported = client.get("/admin/news/coverage/csv/", {"year": "2019"})
    assert exported.status_code == 200
    assert exported["Content-Type"].startswith("text/csv")
    assert 'filename="media-coverage-2019.csv"' in exported["Content-Disposition"]
    content = exported.content.decode("utf-8")
    assert content.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(content[1:])))
    assert len(rows) == 7
    assert rows[1][:2] == ["2019-03-30", "Radio KIM"]
    # A headline never runs as a spreadsheet formula.
    assert any(row[3] == '\'=HYPERLINK("x")' for row in rows)
    assert "Skupština opštine Klokot usvojila" in content


def test_the_coverage_report_is_refused_to_anonymous_readers_and_other_staff(client):
    for url in ("/admin/news/coverage/", "/admin/news/coverage/csv/"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
    client.force_login(UserFactory(username="perkthyesi", groups=["Translators"]))
    # Wagtail's admin turns the refusal into a redirect to its dashboard, with a message.
    refused = client.get("/admin/news/coverage/csv/")
    assert refused.status_code in (302, 403)
    assert not refused.get("Content-Type", "").startswith("text/csv")


def test_the_api_lists_the_coverage_of_a_year_without_the_offices_notes(client):
    MediaCoverageFactory(date=datetime.date(2019, 9, 9), note="Gazetari u ankua.")
    body = client.get("/api/v3/news/coverage/", {"year": "2019"}).json()
    assert body["count"] == 6
    first = body["items"][0]
    assert first["date"] == "2019-09-09"
    assert "note" not in first
    assert "Gazetari" not in str(body)
    adoption = [
        item for item in body["items"] if item["release"] and item["release"]["number"] == "1/2019"
    ]
    assert len(adoption) == 2 and adoption[0]["outlet"]["kind"] in ("radio", "online")
    assert client.get("/api/v3/news/coverage/", {"year": "2031"}).json()["count"] == 0


@pytest.mark.parametrize("year", ["abc", "0", "12345678901234567890", "²", "٢٠١٩", "-2019", " "])
def test_a_bad_coverage_year_answers_400(client, year):
    response = client.get("/api/v3/news/coverage/", {"year": year})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["loc"] == ["query", "year"]


def test_a_category_must_be_in_the_pages_language():
    serbian = NewsCategory.objects.get(slug="mayor", locale__language_code="sr-latn")
    page = release(kind=NewsKind.NEWS, release_number="", category=serbian)
    assert errors_of(page, "en")["category"] == ["Choose a category in the page's language."]
