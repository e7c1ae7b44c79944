"""Every page a citizen can reach passes the W3C Nu Html Checker with no error, in every
language: one page of each page type that is live in the demo (found from Wagtail's page
models, so a page type added later is checked without touching this file), the plugins' own
pages, forms re-rendered with their errors, and the error pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, get_page_models

from bulletin.models import BulletinIndexPage
from home.models import HomePage
from services.complaints.models import Complaint
from services.complaints.pages import ComplaintFormPage
from services.polls.models import Poll
from tests.factories import (
    BulletinIssuePageFactory,
    ComplaintFactory,
    ImageFactory,
    StandardPageFactory,
)
from tests.html import vnu

pytestmark = pytest.mark.django_db

Fetch = Callable[[Client], "tuple[int, str]"]


def page_types_by_language() -> dict[str, dict[str, str]]:
    """For each language, one live public page's URL per concrete page type."""
    found: dict[str, dict[str, str]] = {}
    for locale in Locale.objects.order_by("language_code"):
        for model in get_page_models():
            if model is Page or model._meta.abstract:
                continue
            page = model.objects.live().public().filter(locale=locale).order_by("path").first()
            if page is not None:
                found.setdefault(locale.language_code, {})[model.__name__] = page.url
    return found


def get(url: str, status: int = 200, data: dict | None = None) -> Fetch:
    def fetch(client: Client) -> tuple[int, str]:
        response = client.get(url, data)
        assert response.status_code == status, f"{url}: {response.status_code}"
        return status, response.content.decode()

    return fetch


def post(url: str, data: dict, status: int, **extra: str) -> Fetch:
    def fetch(client: Client) -> tuple[int, str]:
        response = client.post(url, data, **extra)
        assert response.status_code == status, f"POST {url}: {response.status_code}"
        return status, response.content.decode()

    return fetch


def plugin_and_error_pages(language: str, tracking_code: str) -> dict[str, Fetch]:
    form = ComplaintFormPage.objects.get(locale__language_code=language).url
    with translation.override(language):
        track = reverse("complaints:track")
        subscribe = reverse("subscriptions:subscribe")
        search = reverse("search")
        polls = reverse("polls:polls")
        open_poll = reverse("polls:poll", args=[_demo_poll(language, multiple=False).pk])
        closed_poll = reverse("polls:poll", args=[_demo_poll(language, multiple=True).pk])
    query = Page.objects.filter(locale__language_code=language, depth=3).first().title
    return {
        "complaint form with errors": post(form, {"kind": "complaint", "email": "x"}, 400),
        "tracking page": get(track),
        "tracking page with a code": get(track, data={"code": tracking_code}),
        "tracking page with an unknown code": get(track + "?code=ZZZZ-ZZZZ-ZZZZ", 404),
        "subscription page": get(subscribe),
        "subscription form with errors": post(subscribe, {"email": "not an address"}, 400),
        "list of polls": get(polls),
        "open poll with its ballot": get(open_poll),
        "ballot with errors": post(open_poll, {"choice": "0"}, 400),
        "closed poll with its results": get(closed_poll),
        "search page with results": get(f"{search}?q={query.split()[0]}"),
        "search page without results": get(f"{search}?q=zzzxqj"),
        "page not found": get(f"/{language}/no-such-page/", 404),
        # Refused by the body-size middleware before any view runs.
        "body too large": post(form, {}, 413, CONTENT_LENGTH=str(10**9)),
    }


def _demo_poll(language: str, *, multiple: bool) -> Poll:
    """The demo's open poll (one answer) or its closed one (several answers, with votes)."""
    return Poll.objects.get(locale__language_code=language, multiple=multiple)


@pytest.fixture
def tracking_code(db) -> str:
    """A message with a history and an answer, so the tracking page shows all it can."""
    complaint: Complaint = ComplaintFactory(
        category__locale=Locale.get_default(),
        status="answered",
        public_answer="Llambat u ndërruan më 3 prill.",
    )
    complaint.history.create(status="received")
    complaint.history.create(status="answered")
    return complaint.tracking_code


@pytest.fixture
def pages_with_images(db) -> dict[str, str]:
    """The demo has no images yet: pages with every image block (described, decorative, and an
    old one without text, which falls back to the library's title)."""
    photo, ornament = ImageFactory(title="Rruga"), ImageFactory(title="Zbukurim")
    described = {"alt_text": "Rruga e re në Kllokot", "decorative": False}
    archive = BulletinIndexPage.objects.get(locale__language_code="sq")
    article = {"title": "Rruga", "text": "<p>U asfaltua.</p>", "image": photo, **described}
    project = {
        "name": "Asfaltimi",
        "place": "Kllokot",
        "funder": "",
        "description": "",
        "photos": [
            {"image": photo, **described},
            {"image": ornament, "alt_text": "", "decorative": True},
        ],
    }
    issue = BulletinIssuePageFactory(
        parent=archive,
        slug="2030-02",
        sections=[
            ("article", {**article, "caption": "Rruga", "credit": "Komuna"}),
            ("project", project),
        ],
    )
    no_caption = {"caption": "", "credit": ""}
    content = StandardPageFactory(
        parent=HomePage.objects.get(locale__language_code="sq"),
        slug="me-foto",
        body=[
            ("image", {"image": photo, **described, **no_caption}),
            ("image", {"image": ornament, "alt_text": "", "decorative": True, **no_caption}),
            ("image", {"image": photo, "alt_text": "", **no_caption}),
        ],
    )
    # A poll's widget inside a page, as the generic "Public service" block shows it.
    poll = {"service": "polls", "title": "", "options": str(_demo_poll("sq", multiple=False).pk)}
    closed = {**poll, "options": str(_demo_poll("sq", multiple=True).pk), "title": "Rezultatet"}
    with_poll = StandardPageFactory(
        parent=HomePage.objects.get(locale__language_code="sq"),
        slug="me-sondazh",
        body=[("service", poll), ("service", closed)],
    )
    return {
        "issue with photos": issue.url,
        "page with images": content.url,
        "page with polls": with_poll.url,
    }


def test_every_page_type_and_plugin_page_passes_the_html_checker(
    client, tracking_code, pages_with_images
):
    command = vnu.command()  # before rendering anything: skip (or fail in CI) early
    assert command
    types = page_types_by_language()
    languages = [locale.language_code for locale in Locale.objects.all()]
    assert sorted(types) == sorted(languages), "every language has pages"
    every_type = set().union(*(set(found) for found in types.values()))
    documents: dict[str, str] = {}
    for language in languages:
        # A page type live in one language only would be a translation gap in the demo.
        assert set(types[language]) == every_type, f"{language} lacks a page type"
        fetches: dict[str, Fetch] = {name: get(url) for name, url in types[language].items()}
        fetches |= plugin_and_error_pages(language, tracking_code)
        for name, fetch in fetches.items():
            _status, html = fetch(client)
            documents[f"{language}: {name}"] = html
    for name, url in pages_with_images.items():
        documents[f"sq: {name}"] = html = get(url)(client)[1]
        if name == "page with polls":
            assert 'class="poll-form"' in html and 'class="results-chart"' in html
        else:
            assert html.count('<img src="/media/') >= 3, name
    # The error page served when the site itself fails (no template context at all).
    documents["server error"] = render_to_string("500.html")

    problems = vnu.check(documents)
    report = "\n".join(
        f"{name}:\n" + "\n".join(f"    {problem}" for problem in found)
        for name, found in sorted(problems.items())
    )
    assert not problems, f"The HTML checker found errors:\n{report}"
