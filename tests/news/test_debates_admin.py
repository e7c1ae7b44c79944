"""The officers' desk of comments (editors read and answer them, filter the unanswered), the
dashboard's count of public meetings held this year against the legal minimum, and the purge of
names and e-mails after the consultation concluded."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from news.debate_hooks import PublicMeetingsPanel
from news.debates import DebateComment, PublicDebatePage
from news.events import EventKind, EventPage
from tests.factories import UserFactory
from tests.news.debate_factories import (
    DebateCommentFactory,
    PublicDebatePageFactory,
    concluded_debate,
    events_index,
    open_debate,
)

pytestmark = pytest.mark.django_db


def test_editors_read_and_answer_comments_and_filter_the_unanswered(client):
    debate = open_debate("sq")
    editor = UserFactory(username="editor", groups=["Editors"])
    client.force_login(editor)
    listing = client.get("/admin/news_debate_comments/", {"unanswered": "true"})
    assert listing.status_code == 200
    unanswered = debate.all_comments().filter(outcome="")
    assert unanswered.count() == 2
    html = listing.content.decode()
    for comment in unanswered:
        assert f"/admin/news_debate_comments/edit/{comment.pk}/" in html
    answered = concluded_debate().all_comments().first()
    assert f"/admin/news_debate_comments/edit/{answered.pk}/" not in html
    comment = unanswered.first()
    edit = client.get(f"/admin/news_debate_comments/edit/{comment.pk}/")
    assert edit.status_code == 200 and comment.text[:30] in edit.content.decode()
    response = client.post(
        f"/admin/news_debate_comments/edit/{comment.pk}/",
        {"outcome": "accepted", "response": "U pranua.", "text": "changed"},
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.outcome == "accepted" and comment.response == "U pranua."
    assert comment.text != "changed"
    assert client.get("/admin/news_debate_comments/new/").status_code in (302, 403)


def test_a_citizen_without_a_role_sees_no_desk(client):
    client.force_login(UserFactory(username="nobody"))
    assert client.get("/admin/news_debate_comments/").status_code in (302, 403)


def _panel(now: datetime.datetime) -> dict:
    return PublicMeetingsPanel(now).get_context_data()


def test_the_dashboard_counts_public_meetings_held_this_year(settings):
    now = timezone.now()
    year = timezone.localtime(now).year
    base = _panel(now)["held"]
    index = events_index()
    # Held this year: one consultation's meeting, and one plain event of the kind.
    PublicDebatePageFactory(parent=index, start=now - datetime.timedelta(hours=3))
    EventPage.objects.filter(pk=index.pk)  # the index itself is no event
    plain = EventPage(
        title="Takim me qytetarët",
        kind=EventKind.PUBLIC_DEBATE,
        start=now - datetime.timedelta(hours=5),
        end=now - datetime.timedelta(hours=4),
    )
    index.add_child(instance=plain)
    # Not counted: one still to come, one of last year, one not of the kind, one unpublished.
    PublicDebatePageFactory(parent=index, start=now + datetime.timedelta(hours=2))
    PublicDebatePageFactory(
        parent=index,
        start=now.replace(year=year - 1),
        end=now.replace(year=year - 1) + datetime.timedelta(hours=1),
    )
    other = EventPage(
        title="Koncert",
        kind=EventKind.CULTURAL,
        start=now - datetime.timedelta(hours=2),
        end=now - datetime.timedelta(hours=1),
    )
    index.add_child(instance=other)
    draft = PublicDebatePageFactory(parent=index, start=now - datetime.timedelta(hours=1))
    PublicDebatePage.objects.filter(pk=draft.pk).update(live=False)
    context = _panel(now + datetime.timedelta(minutes=1))
    assert context["held"] == base + 2
    assert context["year"] == year and context["minimum"] == settings.NEWS_PUBLIC_MEETINGS_MINIMUM


def test_the_panel_warns_late_in_a_year_short_of_the_minimum(settings, rf, admin_user):
    settings.NEWS_PUBLIC_MEETINGS_MINIMUM = 99
    early = timezone.make_aware(datetime.datetime(2026, 3, 1, 12))
    late = timezone.make_aware(datetime.datetime(2026, 11, 1, 12))
    assert not _panel(early)["warn"]
    assert _panel(late)["warn"]
    settings.NEWS_PUBLIC_MEETINGS_MINIMUM = 0
    assert not _panel(late)["warn"] and _panel(late)["reached"]
    settings.NEWS_PUBLIC_MEETINGS_MINIMUM = 2
    panel = PublicMeetingsPanel(late)
    for language, text in [
        ("sq", "Takime publike të mbajtura në vitin 2026:"),
        ("sr-latn", "Javni sastanci održani u 2026. godini:"),
        ("en", "Public meetings held in 2026:"),
    ]:
        with translation.override(language):
            html = panel.render_html({})
        assert text in html and "2" in html


def test_the_dashboard_shows_the_panel(admin_client):
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "Public meetings held in" in response.content.decode()


def test_names_and_emails_are_purged_after_the_retention_period(settings):
    debate = open_debate("sq")
    named = DebateCommentFactory(debate=debate, name="Ana", email="ana@example.org")
    call_command("purge_debate_comments")
    named.refresh_from_db()
    assert named.email == "ana@example.org"  # not concluded yet
    settings.NEWS_DEBATE_COMMENT_RETENTION_DAYS = 30
    long_ago = timezone.localdate() - datetime.timedelta(days=31)
    PublicDebatePage.objects.filter(translation_key=debate.translation_key).update(
        concluded=True, concluded_on=long_ago
    )
    call_command("purge_debate_comments")
    named.refresh_from_db()
    assert named.name == "" and named.email == "" and named.personal_data_purged_at
    assert named.text  # the comment itself stays, as the report publishes it
    strategy = concluded_debate()
    assert (
        DebateComment.objects.filter(debate__translation_key=strategy.translation_key)
        .exclude(email="")
        .exists()
    )  # concluded recently (the demo's day), kept
