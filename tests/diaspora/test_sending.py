"""The diaspora's news and gatherings are sent to the subscribers of "News for the diaspora"
with the subscriptions plugin's "Send by e-mail": a test first, a confirmation with the counts
per language, only the languages the page is published in, once per subscriber."""

import re

import pytest
from django.core import mail
from wagtail.users.models import UserProfile

from diaspora.models import (
    DiasporaEventPage,
    DiasporaIndexPage,
    DiasporaNewsPage,
    DiasporaServicePage,
)
from services.registry import registry
from services.subscriptions.mailing import deliver, start_mailing
from services.subscriptions.models import Mailing
from tests.factories import SubscriberFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(section) -> DiasporaNewsPage:
    return section(DiasporaNewsPage, "sq")


@pytest.fixture
def office(client):
    user = UserFactory(username="office", groups=["Information Office"])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return user


def test_the_section_registers_its_topic_for_news_and_gatherings(news, event):
    topic = registry.topic("diaspora")
    assert topic is not None
    assert registry.topic_for_page(news) == topic
    assert registry.topic_for_page(event) == topic


@pytest.mark.parametrize(
    "language, label", [("sq", "Lajme për diasporën"), ("sr-latn", "Vesti za dijasporu")]
)
def test_the_section_offers_to_follow_it_by_e_mail(client, section, language, label):
    html = client.get(section(DiasporaIndexPage, language).url).content.decode()
    assert "?topic=diaspora" in html and label in html


def test_a_real_mailing_delivers_one_message_with_absolute_links(news, locales):
    SubscriberFactory(email="mergata@example.org", language="sr-latn", topics=["diaspora"])
    SubscriberFactory(email="bulletin@example.org", language="sr-latn", topics=["bulletin"])
    serbian = news.get_translation(locales["sr-latn"])
    mailing = start_mailing(serbian, "diaspora")
    deliver(mailing.pk)
    deliver(mailing.pk)  # a second run sends nothing more
    (message,) = mail.outbox
    assert message.to == ["mergata@example.org"]
    assert message.subject == serbian.title
    html, kind = message.alternatives[0]
    assert kind == "text/html" and 'lang="sr-latn"' in html
    assert serbian.intro in message.body and serbian.intro in html
    links = re.findall(r'href="([^"]+)"', html)
    assert links and all(link.startswith(("http://", "https://", "mailto:")) for link in links)
    assert serbian.full_url in message.body


def test_the_gathering_mail_carries_its_dates_and_place(event, locales):
    SubscriberFactory(email="en@example.org", language="en", topics=["diaspora"])
    english = event.get_translation(locales["en"])
    deliver(start_mailing(english, "diaspora").pk)
    (message,) = mail.outbox
    assert "Dates: 10 July" in message.body and "Place: Klokot" in message.body


def test_the_office_sends_a_test_then_confirms_with_counts_per_language(
    client, office, news, django_capture_on_commit_callbacks
):
    for n in range(2):
        SubscriberFactory(email=f"sq{n}@example.org", language="sq", topics=["diaspora"])
    SubscriberFactory(email="en0@example.org", language="en", topics=["diaspora"])
    url = f"/admin/mail/send/{news.pk}/"
    edit = client.get(f"/admin/pages/{news.pk}/edit/").content.decode()
    assert url in edit
    assert client.get(url).status_code == 200
    client.post(url, {"action": "test"}, follow=True)
    (test_message,) = mail.outbox
    assert test_message.to == [office.email] and test_message.subject.startswith("[TEST]")
    assert not Mailing.objects.exists()
    review = client.post(url, {"action": "review"}).content.decode()
    assert "This sends the page to 3 subscribers now" in review
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "send"}, follow=True)
    recipients = sorted(message.to[0] for message in mail.outbox[1:])
    assert recipients == ["en0@example.org", "sq0@example.org", "sq1@example.org"]
    # Sending again reaches nobody twice.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "send"}, follow=True)
    assert len(mail.outbox) == 4


def test_a_news_item_only_in_albanian_is_not_sent_in_other_languages(
    client, office, section, django_capture_on_commit_callbacks
):
    index = section(DiasporaIndexPage, "sq")
    only_albanian = DiasporaNewsPage(title="Vetëm shqip", slug="vetem-shqip")
    index.add_child(instance=only_albanian)
    only_albanian.save_revision().publish()
    SubscriberFactory(email="sq@example.org", language="sq", topics=["diaspora"])
    SubscriberFactory(email="sr@example.org", language="sr-latn", topics=["diaspora"])
    url = f"/admin/mail/send/{only_albanian.pk}/"
    review = client.post(url, {"action": "review"}).content.decode()
    assert "This sends the page to 1 subscriber now" in review
    assert review.count(": not sent (not published in this language)") == 2
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "send"}, follow=True)
    assert [message.to[0] for message in mail.outbox] == ["sq@example.org"]


def test_service_pages_are_not_sent(client, office, section):
    service = section(DiasporaServicePage, "sq")
    assert client.get(f"/admin/mail/send/{service.pk}/").status_code == 404
    assert DiasporaEventPage in registry.topic("diaspora").page_types
