"""An issue goes live through the Bulletin review's neutrality confirmation, or through the
logged override; plain "Publish" is neither offered nor obeyed, in any language."""

import io
import json

import pytest
from django.contrib.messages import get_messages
from django.core.management import CommandError, call_command
from wagtail.models import Page, PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from bulletin.models import BulletinIndexPage, BulletinIssuePage
from home.official import HeldPublication
from tests.factories import BulletinIssuePageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(db):
    user = UserFactory(username="office", groups=["Information Office"])
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language="en"
    )
    return user


def in_review(locale, user, month: int = 9) -> BulletinIssuePage:
    """A new issue in ``locale``, submitted to the Bulletin review."""
    archive = BulletinIndexPage.objects.get(locale=locale)
    issue = BulletinIssuePageFactory(
        parent=archive, title="Shtator 2019", year=2019, month=month, number=6, live=False
    )
    issue.save_revision(user=user)
    issue.get_workflow().start(issue, user)
    return issue


def edit_form(issue: BulletinIssuePage, **actions) -> dict:
    return nested_form_data(
        {
            "title": issue.title,
            "slug": issue.slug,
            "year": issue.year,
            "month": issue.month,
            "number": issue.number,
            "intro": "Hyrje e re.",
            "editorial": rich_text(""),
            "sections": streamfield([]),
            **actions,
        }
    )


def live(page: Page) -> bool:
    return Page.objects.get(pk=page.pk).live


def texts(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
@pytest.mark.parametrize("who", ["superuser", "office"])
def test_plain_publish_is_neither_offered_nor_obeyed(client, locales, office, language, who):
    user = office if who == "office" else UserFactory(username="admin2", is_superuser=True)
    issue = in_review(locales[language], user)
    client.force_login(user)
    url = f"/admin/pages/{issue.pk}/edit/"
    assert 'name="action-publish"' not in client.get(url).content.decode()
    response = client.post(url, edit_form(issue, **{"action-publish": "publish"}))
    assert response.status_code == 302
    assert not live(issue)
    assert not HeldPublication.objects.filter(page=issue).exists()
    assert any("Bulletin review" in text for text in texts(response))
    assert issue.current_workflow_state.status == "in_progress"


def test_a_new_issue_is_not_offered_publish(client, locales, office):
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    client.force_login(office)
    html = client.get(f"/admin/pages/add/bulletin/bulletinissuepage/{archive.pk}/").content
    assert b'name="action-publish"' not in html
    assert b'name="action-submit"' in html


def approve_in_editor(client, issue, extra: dict | None):
    data = {"action-workflow-action": "true", "workflow-action-name": "approve"}
    if extra is not None:
        data["workflow-action-extra-data"] = json.dumps(extra)
    return client.post(f"/admin/pages/{issue.pk}/edit/", edit_form(issue, **data))


@pytest.mark.parametrize("extra", [None, {}, {"comment": "", "neutral": False}])
def test_approving_without_the_confirmation_is_refused_and_says_why(client, locales, office, extra):
    issue = in_review(locales["en"], office)
    client.force_login(office)
    response = approve_in_editor(client, issue, extra)
    assert response.status_code == 302
    assert not live(issue)
    assert issue.current_workflow_state.status == "in_progress"
    assert "Confirm the neutrality rule to approve the issue." in texts(response)


def test_approving_with_the_confirmation_publishes_and_says_so(client, locales, office):
    issue = in_review(locales["en"], office)
    client.force_login(office)
    response = approve_in_editor(client, issue, {"comment": "", "neutral": True})
    assert live(issue)
    messages = texts(response)
    assert "“Shtator 2019” is approved and published." in messages
    assert not any("has been updated" in text for text in messages)


def test_the_approval_says_when_the_other_official_language_holds_it(client, locales, office):
    issue = in_review(locales["sq"], office)
    client.force_login(office)
    response = approve_in_editor(client, issue, {"comment": "", "neutral": True})
    assert not live(issue)
    assert HeldPublication.objects.filter(page=issue).exists()
    messages = texts(response)
    assert "“Shtator 2019” is approved." in messages
    assert any("Waiting for Serbian" in text for text in messages)


def test_the_dashboards_approval_is_said_on_the_dashboard(client, locales, office):
    issue = in_review(locales["en"], office)
    client.force_login(office)
    task_state = issue.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{issue.pk}/approve/{task_state.pk}/?next=/admin/"
    response = client.post(url, {"comment": "", "neutral": "on"}, follow=True)
    assert live(issue)
    assert "“Shtator 2019” is approved and published." in response.content.decode()


def test_the_approval_message_is_translated(client, locales, office):
    UserProfile.objects.filter(user=office).update(preferred_language="sr-latn")
    issue = in_review(locales["en"], office)
    client.force_login(office)
    response = approve_in_editor(client, issue, {"comment": "", "neutral": True})
    assert "„Shtator 2019“ je odobreno i objavljeno." in texts(response)


def test_the_override_publishes_and_leaves_its_reason_in_the_history(client, locales, office):
    issue = in_review(locales["en"], office)
    reason = "The head of the Office is on leave; the Mayor's cabinet checked the issue."
    call_command(
        "publish_issue_without_review",
        issue.pk,
        reason=reason,
        user="office",
        stdout=io.StringIO(),
    )
    assert live(issue)
    entry = PageLogEntry.objects.get(page=issue, action="bulletin.publish_without_review")
    assert entry.data["reason"] == reason and entry.user == office
    client.force_login(office)
    history = client.get(f"/admin/pages/{issue.pk}/history/").content.decode()
    assert "Published without the Bulletin review" in history
    assert "the Mayor&#x27;s cabinet checked the issue" in history


@pytest.mark.parametrize("reason", [None, "   "])
def test_the_override_refuses_without_a_reason(locales, office, reason):
    issue = in_review(locales["en"], office)
    options = {} if reason is None else {"reason": reason}
    with pytest.raises(CommandError):
        call_command("publish_issue_without_review", issue.pk, **options)
    assert not live(issue)
    assert not PageLogEntry.objects.filter(action="bulletin.publish_without_review").exists()


def test_the_override_keeps_the_official_language_hold(locales, office):
    issue = in_review(locales["sq"], office)
    call_command(
        "publish_issue_without_review",
        issue.pk,
        reason="Test.",
        stdout=io.StringIO(),
    )
    assert not live(issue)
    assert HeldPublication.objects.filter(page=issue).exists()
