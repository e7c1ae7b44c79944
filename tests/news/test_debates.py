"""Public debates and consultations: the page in three languages with its drafts and period, the
report after conclusion (outcomes, never names), the rules an editor meets (the minimum comment
period, no conclusion before the report and every answer, both official drafts to publish), the
page API and the debates API."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.debates import PublicDebatePage
from news.events import EventKind
from tests.news.debate_factories import (
    DebateCommentFactory,
    PublicDebatePageFactory,
    concluded_debate,
    events_index,
    open_debate,
)

pytestmark = pytest.mark.django_db

LABELS = {
    "sq": ("Drafti në diskutim", "shqip", "serbisht", "Periudha e komentimit"),
    "sr-latn": ("Nacrt o kome se raspravlja", "albanski", "srpski", "Period za komentare"),
    "en": ("The draft under discussion", "Albanian", "Serbian", "Comment period"),
}
DAYS_LEFT = {"sq": "ditë", "sr-latn": "dana", "en": "days left to comment"}


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_an_open_consultation_shows_its_facts_drafts_period_and_form(client, language):
    page = open_debate(language)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    heading, albanian, serbian, period = LABELS[language]
    assert heading in html and period in html
    assert 'hreflang="sq"' in html and 'hreflang="sr-Latn"' in html
    assert albanian in html and serbian in html
    assert page.hall in html and page.organiser in html
    assert DAYS_LEFT[language] in html
    assert 'name="text"' in html and 'name="captcha_answer"' in html
    # The draft's own address.
    assert page.draft_sq.url in html and page.draft_sr.url in html


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_a_concluded_debate_shows_its_report_with_outcomes_and_no_names(client, language):
    page = concluded_debate(language)
    html = client.get(page.url).content.decode()
    assert 'name="text"' not in html
    assert "534/2" in html
    comments = list(page.answered_comments())
    assert len(comments) == 4
    for comment in comments:
        assert comment.response.split(":")[0] in html
    assert "Milica" not in html and "milica@example.org" not in html and "Arben" not in html
    assert {"sq": "Pranuar pjesërisht", "sr-latn": "Delimično prihvaćeno", "en": "Partly accepted"}[
        language
    ] in html


def test_the_kind_is_always_public_debate():
    page = PublicDebatePageFactory(parent=events_index(), kind=EventKind.CULTURAL)
    assert PublicDebatePage.objects.get(pk=page.pk).kind == EventKind.PUBLIC_DEBATE


@pytest.mark.parametrize(
    "language, message",
    [
        ("sq", "Periudha e komentimit duhet të zgjasë të paktën 15 ditë."),
        ("sr-latn", "Period za komentare mora da traje najmanje 15 dana."),
        ("en", "The comment period must last at least 15 days."),
    ],
)
def test_the_comment_period_lasts_at_least_the_minimum(language, message, settings):
    page = PublicDebatePageFactory(parent=events_index())
    page.comments_close = page.comments_open + datetime.timedelta(days=13)
    with translation.override(language):
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert message in error.value.message_dict["comments_close"]
    page.comments_close = page.comments_open + datetime.timedelta(days=14)
    page.full_clean()
    settings.NEWS_CONSULTATION_MIN_DAYS = 30
    with pytest.raises(ValidationError):
        page.full_clean()


def test_a_consultation_cannot_conclude_before_the_report_and_every_answer():
    page = PublicDebatePageFactory(parent=events_index())
    page.concluded = True
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert "Write the report" in " ".join(error.value.message_dict["concluded"])
    page.report = "<p>Raporti.</p>"
    page.full_clean()
    # A comment received in another language's version counts too.
    serbian = page.copy_for_translation(Locale.objects.get(language_code="sr-latn"))
    comment = DebateCommentFactory(debate=serbian, language="sr-latn", outcome="accepted")
    with translation.override("sr-latn"):
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert "1 komentar još nema ishod ili odgovor" in " ".join(
            error.value.message_dict["concluded"]
        )
    comment.response = "Prihvaćeno."
    comment.save()
    page.full_clean()


def editor_data(page, **overrides) -> dict:
    """The page editor's form for ``page``, as a browser posts it."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "start": timezone.localtime(page.start).strftime("%Y-%m-%d %H:%M"),
            "end": timezone.localtime(page.end).strftime("%Y-%m-%d %H:%M"),
            "village": page.village,
            "hall": page.hall,
            "organiser": page.organiser,
            "documents": streamfield([]),
            "body": streamfield([]),
            "draft_sq": page.draft_sq.pk if page.draft_sq else "",
            "draft_sr": page.draft_sr.pk if page.draft_sr else "",
            "comments_open": page.comments_open.isoformat(),
            "comments_close": page.comments_close.isoformat(),
            "report": rich_text(page.report),
            "comments": inline_formset([]),
            **overrides,
        }
    )


def test_publishing_needs_the_draft_in_both_official_languages(admin_client):
    page = PublicDebatePageFactory(parent=events_index(), draft_sr=None)
    url = f"/admin/pages/{page.pk}/edit/"
    assert admin_client.get(url).status_code == 200
    data = editor_data(page)
    published = admin_client.post(
        url, {**data, "action-publish": "publish"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert published.status_code == 200
    assert "The draft in both official languages is required before publishing." in (
        published.content.decode()
    )
    saved = admin_client.post(url, data)
    assert saved.status_code == 302, saved.content.decode()[:2000]
    assert Page.objects.get(pk=page.pk).specific.draft_sr is None


def test_the_editor_cannot_conclude_while_comments_wait_for_an_answer(admin_client):
    page = open_debate("sq")
    url = f"/admin/pages/{page.pk}/edit/"
    data = editor_data(page, report=rich_text("<p>Raporti.</p>"), concluded="on")
    refused = admin_client.post(
        url, {**data, "action-publish": "publish"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert refused.status_code == 200
    assert "2 comments have no outcome or response yet" in refused.content.decode()
    assert not PublicDebatePage.objects.get(pk=page.pk).concluded
    page.all_comments().update(outcome="accepted", response="U pranua.")
    accepted = admin_client.post(url, {**data, "action-publish": "publish"})
    assert accepted.status_code == 302
    concluded = PublicDebatePage.objects.get(pk=page.pk)
    assert concluded.concluded and concluded.concluded_on == timezone.localdate()


def test_the_pages_api_lists_the_type_with_its_drafts_and_status(client):
    response = client.get(
        "/api/v3/pages/",
        {
            "type": "news.PublicDebatePage",
            "locale": "en",
            "fields": "drafts,status,comments_received",
        },
    )
    assert response.status_code == 200, response.content
    items = response.json()["items"]
    assert len(items) == 2
    by_status = {item["status"]: item for item in items}
    assert set(by_status) == {"open", "concluded"}
    assert {draft["language"] for draft in by_status["concluded"]["drafts"]} == {"sq", "sr-latn"}
    assert by_status["concluded"]["comments_received"] == 4


def test_the_debates_api_filters_by_status_and_publishes_comments_only_when_concluded(client):
    everything = client.get("/api/v3/debates/", {"locale": "sr-latn"}).json()
    assert everything["count"] == 2
    concluded = client.get("/api/v3/debates/", {"locale": "sr-latn", "status": "concluded"}).json()
    (debate,) = concluded["items"]
    assert debate["status"] == "concluded" and debate["comments_received"] == 4
    report = debate["report"]
    assert "534/2" in report["text"]
    assert {comment["outcome"] for comment in report["comments"]} == {
        "accepted",
        "partly_accepted",
        "out_of_scope",
    }
    assert all("name" not in comment and "email" not in comment for comment in report["comments"])
    assert "Milica" not in str(debate)
    (open_one,) = client.get("/api/v3/debates/", {"locale": "sr-latn", "status": "open"}).json()[
        "items"
    ]
    assert open_one["report"] is None and open_one["comments_received"] == 2
    assert open_one["comment_url"] == f"/api/v3/debates/{open_one['id']}/comments/"
    assert client.get("/api/v3/debates/", {"status": "closed"}).json()["count"] == 0
    bad = client.get("/api/v3/debates/", {"status": "nope"}, HTTP_ACCEPT_LANGUAGE="sq")
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["loc"] == ["query", "status"]
