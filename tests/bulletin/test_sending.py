"""Sending an issue by e-mail: both parts, one-click unsubscribe, once per subscriber."""

import smtplib
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from bulletin import sending
from bulletin.models import BulletinIndexPage, BulletinIssuePage
from services.subscriptions.mailing import deliver, start_mailing
from services.subscriptions.models import Delivery, Mailing, Subscriber
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def subscribers(count: int, language: str, topic: str = "bulletin") -> list[Subscriber]:
    people = Subscriber.objects.bulk_create(
        [Subscriber(email=f"{language}{n}@example.org", language=language) for n in range(count)]
    )
    for person in Subscriber.objects.filter(email__startswith=language):
        person.subscriptions.create(topic=topic)
    return people


@pytest.fixture
def issue(locales) -> BulletinIssuePage:
    return BulletinIssuePage.objects.get(locale=locales["sq"], number=2)


def test_the_email_has_both_parts_in_the_subscribers_language_and_one_click_unsubscribe(
    client, issue, locales
):
    subscribers(1, "sr-latn")
    serbian = issue.get_translation(locales["sr-latn"])
    mailing = start_mailing(serbian, "bulletin")
    deliver(mailing.pk)
    (message,) = mail.outbox
    assert message.to == ["sr-latn0@example.org"]
    assert message.subject == serbian.title
    assert "Petrovdan" in message.body
    html, kind = message.alternatives[0]
    assert kind == "text/html" and "Petrovdan" in html and 'lang="sr-latn"' in html
    unsubscribe = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe in message.body and unsubscribe in html
    client.post(unsubscribe.removeprefix("http://testserver"))
    assert not Subscriber.objects.filter(email="sr-latn0@example.org").exists()


def test_an_interrupted_send_restarted_delivers_exactly_one_message_to_everyone(issue):
    people = subscribers(25, "sq")
    mailing = start_mailing(issue, "bulletin")
    assert mailing.total == 25
    # The worker dies after two of five batches...
    deliver(mailing.pk, batch_size=5, max_batches=2)
    assert len(mail.outbox) == 10
    # ...and the task is started again, twice for good measure.
    deliver(mailing.pk, batch_size=5)
    deliver(mailing.pk, batch_size=5)
    recipients = [message.to[0] for message in mail.outbox]
    assert len(recipients) == 25
    assert sorted(recipients) == sorted(person.email for person in people)
    mailing.refresh_from_db()
    assert mailing.finished_at is not None and mailing.sent == 25


def test_starting_the_same_mailing_again_adds_only_new_subscribers(issue):
    subscribers(3, "sq")
    mailing = start_mailing(issue, "bulletin")
    deliver(mailing.pk)
    Subscriber.objects.create(email="new@example.org", language="sq").subscriptions.create(
        topic="bulletin"
    )
    again = start_mailing(issue, "bulletin")
    assert again.pk == mailing.pk and again.total == 4
    deliver(again.pk)
    assert [m.to[0] for m in mail.outbox].count("new@example.org") == 1
    assert len(mail.outbox) == 4


def test_untranslated_languages_are_skipped_and_the_editor_is_told(
    client, locales, django_capture_on_commit_callbacks
):
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    only_albanian = BulletinIssuePage(
        title="Gusht 2019", slug="2019-08", year=2019, month=8, number=3
    )
    archive.add_child(instance=only_albanian)
    only_albanian.save_revision().publish()
    subscribers(2, "sq")
    subscribers(2, "en")
    office = UserFactory(username="office", groups=["Information Office"])
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(office)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(office)
    page = client.get(f"/admin/bulletin/send/{only_albanian.pk}/")
    assert page.status_code == 200
    assert "it will not be sent in this language" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/bulletin/send/{only_albanian.pk}/", follow=True)
    text = response.content.decode()
    assert "Not sent in en" in text and "Not sent in sr-latn" in text
    assert Mailing.objects.filter(page=only_albanian).count() == 1
    assert sorted(m.to[0] for m in mail.outbox) == ["sq0@example.org", "sq1@example.org"]
    # Progress shows on the same page.
    assert (
        "Sent 2 / 2, failures 0"
        in client.get(f"/admin/bulletin/send/{only_albanian.pk}/").content.decode()
    )


def test_editors_cannot_send(client, issue):
    client.force_login(UserFactory(username="ed", groups=["Editors"]))
    response = client.post(f"/admin/bulletin/send/{issue.pk}/")
    # Wagtail answers a permission error in the admin with a redirect and a message.
    assert response.status_code in (302, 403)
    assert not Mailing.objects.exists()


def test_one_failing_address_does_not_stop_the_others(issue, monkeypatch):
    subscribers(3, "sq")
    mailing = start_mailing(issue, "bulletin")
    from django.core.mail import EmailMultiAlternatives

    original = EmailMultiAlternatives.send

    def flaky(self, *args, **kwargs):
        if self.to == ["sq1@example.org"]:
            raise smtplib.SMTPRecipientsRefused({"sq1@example.org": (550, b"mailbox unavailable")})
        return original(self, *args, **kwargs)

    monkeypatch.setattr(EmailMultiAlternatives, "send", flaky)
    deliver(mailing.pk)
    assert sorted(m.to[0] for m in mail.outbox) == ["sq0@example.org", "sq2@example.org"]
    assert "mailbox unavailable" in Delivery.objects.get(subscriber__email="sq1@example.org").error
    assert mailing.failed == 1


def test_send_bulletin_command_shows_progress(issue):
    subscribers(4, "sq")
    out, err = StringIO(), StringIO()
    call_command("send_bulletin", str(issue.pk), stdout=out, stderr=err)
    assert "[##############################] 4/4" in out.getvalue()
    assert len(mail.outbox) == 4
    assert sending.can_send()


def test_a_mail_server_outage_stops_the_run_and_the_next_run_serves_everyone(issue, monkeypatch):
    subscribers(4, "sq")
    mailing = start_mailing(issue, "bulletin")
    from django.core.mail import EmailMultiAlternatives

    original = EmailMultiAlternatives.send
    calls = {"n": 0}

    def outage(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise smtplib.SMTPServerDisconnected("connection lost")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(EmailMultiAlternatives, "send", outage)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        deliver(mailing.pk)
    assert len(mail.outbox) == 2
    deliver(mailing.pk)
    assert sorted(m.to[0] for m in mail.outbox) == [f"sq{n}@example.org" for n in range(4)]


def test_someone_served_in_one_language_is_not_sent_the_other(issue, locales):
    person = subscribers(1, "sq")[0]
    deliver(start_mailing(issue, "bulletin").pk)
    Subscriber.objects.filter(pk=person.pk).update(language="en")
    english = start_mailing(issue.get_translation(locales["en"]), "bulletin")
    assert english.total == 0
    assert len(mail.outbox) == 1


def test_a_delivery_claimed_by_another_worker_is_not_sent_twice(issue):
    from django.utils import timezone

    subscribers(2, "sq")
    mailing = start_mailing(issue, "bulletin")
    first = mailing.deliveries.select_related("subscriber").order_by("pk").first()
    Delivery.objects.filter(pk=first.pk).update(claimed_at=timezone.now())  # in flight elsewhere
    deliver(mailing.pk)
    sent = [m.to[0] for m in mail.outbox]
    assert len(sent) == 1 and first.subscriber.email not in sent
