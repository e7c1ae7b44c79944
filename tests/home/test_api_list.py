"""The API as a front end starts with it: an index at /api/v3/, lists that give the fields
asked for and each page's translations, errors titled in the reader's language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from bulletin.models import BulletinIndexPage, BulletinIssuePage
from tests.factories import BulletinIssuePageFactory

pytestmark = pytest.mark.django_db


def test_the_api_root_links_the_document_the_docs_and_the_lists(client):
    response = client.get("/api/v3/")
    assert response.status_code == 200
    data = response.json()
    for key in ("openapi", "docs", "pages", "locales", "identity"):
        assert data[key].startswith("http"), key
        path = "/" + data[key].split("/", 3)[3]
        assert client.get(path).status_code == 200, path
    slugs = {service["slug"] for service in data["services"]}
    assert {"complaints", "subscriptions", "captcha"} <= slugs


def test_the_api_root_names_services_in_the_readers_language(client):
    data = client.get("/api/v3/", HTTP_ACCEPT_LANGUAGE="sq").json()
    complaints = next(item for item in data["services"] if item["slug"] == "complaints")
    assert complaints["name"] != "Complaints and suggestions"


def test_list_items_carry_their_translations(client, strategy):
    data = client.get("/api/v3/pages/", {"locale": "sq", "type": "home.StandardPage"}).json()
    item = next(item for item in data["items"] if item["id"] == strategy.pk)
    assert sorted(t["locale"] for t in item["translations"]) == ["en", "sr-latn"]
    serbian = next(t for t in item["translations"] if t["locale"] == "sr-latn")
    assert serbian["id"] == strategy.get_translation(serbian_locale()).pk
    assert serbian["html_url"].startswith("http")


def serbian_locale():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="sr-latn")


def test_fields_adds_the_asked_fields_as_the_detail_gives_them(client):
    data = client.get(
        "/api/v3/pages/",
        {"type": "bulletin.BulletinIssuePage", "locale": "sq", "fields": "intro,pdf,number"},
    ).json()
    assert data["items"]
    for item in data["items"]:
        detail = client.get(f"/api/v3/pages/{item['id']}/").json()
        for field in ("intro", "pdf", "number"):
            assert item[field] == detail[field], field
        # Not asked for: not given.
        assert "sections" not in item
    assert any(item["pdf"] for item in data["items"])


def test_fields_star_gives_every_field_of_the_type(client):
    item = client.get(
        "/api/v3/pages/", {"type": "bulletin.BulletinIssuePage", "fields": "*", "limit": 1}
    ).json()["items"][0]
    assert {"intro", "year", "month", "number", "pdf", "editorial", "sections"} <= set(item)


def test_without_a_type_fields_every_page_type_has_are_allowed(client):
    data = client.get("/api/v3/pages/", {"fields": "intro", "limit": 5}).json()
    assert all("intro" in item for item in data["items"])


@pytest.mark.parametrize(
    ("params", "language", "expected"),
    [
        ({"fields": "pdf"}, "en", "pdf"),
        ({"type": "home.StandardPage", "fields": "intro,nope"}, "sq", "nope"),
    ],
)
def test_an_unknown_field_is_refused_with_its_name(client, params, language, expected):
    response = client.get("/api/v3/pages/", params, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 400
    problem = response.json()
    assert problem["errors"][0]["loc"] == ["query", "fields"]
    assert expected in problem["errors"][0]["msg"]


def test_fields_is_not_taken_for_a_filter(client):
    # Wagtail's list reads unknown query parameters as field filters; ``fields`` is none.
    plain = client.get("/api/v3/pages/", {"locale": "sq"}).json()["count"]
    with_fields = client.get("/api/v3/pages/", {"locale": "sq", "fields": "intro"}).json()["count"]
    assert with_fields == plain


def _issues(count: int) -> None:
    archive = BulletinIndexPage.objects.get(locale__language_code="sq")
    for _ in range(count):
        BulletinIssuePageFactory(parent=archive)


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(
            "/api/v3/pages/",
            {
                "type": "bulletin.BulletinIssuePage",
                "fields": "intro,pdf,number,translations",
                "limit": 100,
            },
        )
    assert response.status_code == 200
    assert len(response.json()["items"]) == BulletinIssuePage.objects.live().count()
    return len(queries)


def test_a_list_with_fields_costs_the_same_queries_for_few_or_many_pages(client):
    _queries(client)  # the site and content types, cached after
    few = _queries(client)
    _issues(12)
    assert _queries(client) == few


def test_a_mixed_list_costs_one_query_more_per_page_type_not_per_page(client):
    # The site and the content types of every listed type, cached per process after this
    # (warmed with one item only, the result depended on what earlier tests had listed).
    client.get("/api/v3/pages/", {"limit": 100, "fields": "intro"})
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v3/pages/", {"limit": 100, "fields": "intro"})
    assert response.status_code == 200
    types = {item["meta"]["type"] for item in response.json()["items"]}
    assert len(response.json()["items"]) > len(types)
    assert len(queries) <= 8 + len(types)


def test_identity_names_use_the_language_codes_of_the_rest_of_the_api(client):
    names = client.get("/api/v3/identity/").json()["names"]
    assert set(names) == {"sq", "sr-latn", "en"}
    assert names["sr-latn"] == "Opština Klokot"


@pytest.mark.parametrize(
    ("language", "title"),
    [("sq", "Nuk u gjet"), ("sr-latn", "Nije pronađeno"), ("en", "Not found")],
)
def test_problem_titles_are_in_the_readers_language(client, language, title):
    missing = Page.objects.count() + 1000
    response = client.get(f"/api/v3/pages/{missing}/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 404
    assert response.json()["title"] == title


def test_every_problem_goes_through_the_translated_titles():
    """Nothing in the project answers a problem with Wagtail's English-titled helper."""
    import subprocess

    found = subprocess.run(
        [
            "git",
            "grep",
            "-lE",
            r"from wagtail\.api\.v3\.errors import .*problem_response",
            "--",
            "*.py",
            ":!services/problems.py",
        ],
        capture_output=True,
        text=True,
    ).stdout
    assert found == ""
