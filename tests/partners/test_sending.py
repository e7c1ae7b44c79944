"""The section's news go to the subscribers of "Partner municipalities" with the same "Send by
e-mail" flow as the bulletin: a test to oneself, a confirmation with the count per language,
only the languages the page is published in, once per subscriber."""

import re

import pytest
from django.core import mail
from django.utils import translation
from wagtail.users.models import UserProfile

from partners.apps import PARTNERS_TOPIC
from partners.twinning import PartnerNewsPage
from services.capabilities import MAIL, MailablePage
from services.registry import registry
from services.subscriptions.mailing import deliver, start_mailing
from services.subscriptions.models import Mailing
from tests.factories import SubscriberFactory, UserFactory
from tests.partners.factories import PartnerNewsPageFactory

pytestmark = pytest.mark.django_db

HREF = re.compile(r'(?:href|src)="([^"]+)"')


def subscribers(count: int, language: str, topic: str = PARTNERS_TOPIC) -> None:
    prefix = language if topic == PARTNERS_TOPIC else f"{topic}-{language}"
    for n in range(count):
        SubscriberFactory(email=f"{prefix}{n}@example.org", language=language, topics=[topic])


@pytest.fixture
def office(client):
    user = UserFactory(username="office", groups=["Information Office"])
    client.force_login(user)
    return user


def test_the_topic_is_registered_with_the_news_page_type():
    topic = registry.topic(PARTNERS_TOPIC)
    assert topic is not None and PartnerNewsPage in topic.page_types
    with translation.override("sr-latn"):
        assert str(topic.label) == "Partnerske opštine"
    assert registry.capability(MAIL) is not None


def test_a_real_mailing_delivers_one_message_with_absolute_links(news):
    subscribers(1, "sr-latn")
    subscribers(1, "sr-latn", topic="bulletin")  # another topic: not sent this
    page = news["sr-latn"]
    assert isinstance(page, MailablePage)
    mailing = start_mailing(page, PARTNERS_TOPIC)
    deliver(mailing.pk)
    deliver(mailing.pk)  # started again: nobody gets it twice
    (message,) = mail.outbox
    assert message.to == ["sr-latn0@example.org"]
    assert message.subject == page.title
    assert "Piękożoń" in message.body and "1. jul 2019." in message.body
    html, kind = message.alternatives[0]
    assert kind == "text/html" and 'lang="sr-latn"' in html
    links = HREF.findall(html)
    assert page.full_url in links
    assert links and all(link.startswith(("http://", "https://", "mailto:")) for link in links)


def test_the_office_sees_send_by_email_and_sends_itself_a_test(client, office, news):
    page = news["sq"]
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert f"/admin/mail/send/{page.pk}/" in edit
    subscribers(2, "sq")
    response = client.post(f"/admin/mail/send/{page.pk}/", {"action": "test"}, follow=True)
    assert response.status_code == 200
    (message,) = mail.outbox
    assert message.to == [office.email] and message.subject == f"[TEST] {page.title}"
    assert not Mailing.objects.exists()


def test_only_published_languages_are_sent_after_a_confirmation_with_counts(
    client, office, section, django_capture_on_commit_callbacks
):
    profile = UserProfile.get_for_user(office)
    profile.preferred_language = "en"
    profile.save()
    only_albanian = PartnerNewsPageFactory(parent=section["sq"], title="Vizitë në Poloni")
    only_albanian.save_revision().publish()
    subscribers(3, "sq")
    subscribers(2, "en")
    url = f"/admin/mail/send/{only_albanian.pk}/"
    review = client.post(url, {"action": "review"}).content.decode()
    assert "This sends the page to 3 subscribers now" in review
    assert "English: not sent (not published in this language)" in review
    assert not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "send"}, follow=True)
    assert sorted(m.to[0] for m in mail.outbox) == [
        "sq0@example.org",
        "sq1@example.org",
        "sq2@example.org",
    ]
    # Sending again adds nobody: each subscriber has had it once.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "send"}, follow=True)
    assert len(mail.outbox) == 3


def test_pages_of_the_section_other_than_news_cannot_be_sent(client, office, partner):
    assert client.get(f"/admin/mail/send/{partner['sq'].pk}/").status_code == 404
