"""The send screen warns when a translation lags behind the page it translates: the demo's
latest issue was corrected in Albanian after its Serbian and English translations."""

import re

import pytest
from wagtail.users.models import UserProfile

from bulletin.models import BulletinIssuePage
from services.subscriptions.mailing import MAILER
from tests.factories import SubscriberFactory, UserFactory

pytestmark = pytest.mark.django_db


def rows(issue) -> dict[str, bool]:
    return {row.code: row.outdated for row in MAILER.languages(issue, "bulletin")}


def test_a_translation_older_than_its_source_is_marked_outdated(locales):
    corrected = BulletinIssuePage.objects.get(locale=locales["sq"], number=4)
    assert rows(corrected) == {"sq": False, "sr-latn": True, "en": True}
    untouched = BulletinIssuePage.objects.get(locale=locales["sq"], number=3)
    assert rows(untouched) == {"sq": False, "sr-latn": False, "en": False}


def test_the_office_is_warned_before_sending_an_outdated_translation(client, locales):
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=4)
    SubscriberFactory(email="s@example.org", language="sr-latn", topics=["bulletin"])
    office(client)
    url = f"/admin/mail/send/{issue.pk}/"
    screen = client.get(url).content.decode()
    assert screen.count("was not updated after the last change of the original") == 2
    review = client.post(url, {"action": "review"}).content.decode()
    assert review.count("(translation not updated after the last change)") == 2
    assert re.search(r"<li>[^<]*: 1 \(translation not updated after the last change\)</li>", review)


def office(client):
    user = UserFactory(username="office", groups=["Information Office"])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)


def test_sending_names_only_the_languages_it_reaches(
    client, locales, django_capture_on_commit_callbacks
):
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=3)
    SubscriberFactory(email="s@example.org", language="sr-latn", topics=["bulletin"])
    office(client)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/mail/send/{issue.pk}/", {"action": "send"}, follow=True)
    # Albanian and English have no subscriber: sending started in Serbian only.
    assert "Sending started in 1 language." in [str(m) for m in response.context["messages"]]


def test_a_topic_without_subscribers_says_so_and_the_warning_goes_once_sent(
    client, locales, django_capture_on_commit_callbacks
):
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=4)
    office(client)
    url = f"/admin/mail/send/{issue.pk}/"
    review = client.post(url, {"action": "review"}).content.decode()
    assert "Nothing to send: this topic has no subscribers yet." in review
    SubscriberFactory(email="s@example.org", language="sr-latn", topics=["bulletin"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "send"})
    # Sent is sent: the screen no longer says how it "would be sent".
    assert "it would be sent as it is now" not in client.get(url).content.decode()
