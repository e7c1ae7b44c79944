"""Sending an issue by e-mail: both parts, one-click unsubscribe, once per subscriber."""

import smtplib
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from bulletin.models import BulletinIndexPage, BulletinIssuePage
from services.capabilities import MAIL
from services.registry import registry
from services.subscriptions.mailing import deliver, start_mailing
from services.subscriptions.models import Delivery, Mailing, Subscriber
from tests.factories import BulletinIssuePageFactory, SubscriberFactory, UserFactory

pytestmark = pytest.mark.django_db


def subscribers(count: int, language: str, topic: str = "bulletin") -> list[Subscriber]:
    return [
        SubscriberFactory(email=f"{language}{n}@example.org", language=language, topics=[topic])
        for n in range(count)
    ]


@pytest.fixture
def issue(locales) -> BulletinIssuePage:
    return BulletinIssuePage.objects.get(locale=locales["sq"], number=4)


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
    only_albanian = BulletinIssuePageFactory(parent=archive, title="Gusht 2019", year=2019, month=8)
    only_albanian.save_revision().publish()
    subscribers(2, "sq")
    subscribers(2, "en")
    office = UserFactory(username="office", groups=["Information Office"])
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(office)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(office)
    url = f"/admin/mail/send/{only_albanian.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    assert "it will not be sent in this language" in page.content.decode()
    # The first press only says what will happen, with the count per language.
    review = client.post(url, {"action": "review"}).content.decode()
    assert "This sends the page to 2 subscribers now" in review
    assert "English: not sent (not published in this language)" in review
    assert not Mailing.objects.exists() and not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "send"}, follow=True)
    text = response.content.decode()
    assert "Not sent (English)" in text and "Not sent (Serbian)" in text
    assert Mailing.objects.filter(page=only_albanian).count() == 1
    assert sorted(m.to[0] for m in mail.outbox) == ["sq0@example.org", "sq1@example.org"]
    # Progress shows on the same page.
    assert "Sent 2 / 2, failures 0" in client.get(url).content.decode()


def test_the_office_sends_itself_a_test_first(client, issue):
    subscribers(3, "sq")
    office = UserFactory(username="office", groups=["Information Office"])
    client.force_login(office)
    response = client.post(f"/admin/mail/send/{issue.pk}/", {"action": "test"}, follow=True)
    assert response.status_code == 200
    (message,) = mail.outbox
    assert message.to == [office.email] and message.subject == f"[TEST] {issue.title}"
    html, _kind = message.alternatives[0]
    assert f'<h1 style="color: #0b3d66;">{issue.title}</h1>' in html and 'lang="sq"' in html
    # Nobody else got anything, and nothing was recorded as sent.
    assert not Mailing.objects.exists()


def test_send_by_email_is_in_the_edit_menu_and_the_page_list_for_the_office_only(client, issue):
    client.force_login(UserFactory(username="office", groups=["Information Office"]))
    edit = client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    assert f"/admin/mail/send/{issue.pk}/" in edit
    listing = client.get(f"/admin/pages/{issue.get_parent().pk}/").content.decode()
    assert f"/admin/mail/send/{issue.pk}/" in listing
    client.force_login(UserFactory(username="ed", groups=["Editors"]))
    assert (
        f"/admin/mail/send/{issue.pk}/"
        not in client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    )


def test_pages_without_a_mail_topic_cannot_be_sent(client, strategy):
    client.force_login(UserFactory(username="office", groups=["Information Office"]))
    assert client.get(f"/admin/mail/send/{strategy.pk}/").status_code == 404


def test_editors_cannot_send(client, issue):
    client.force_login(UserFactory(username="ed", groups=["Editors"]))
    response = client.post(f"/admin/mail/send/{issue.pk}/", {"action": "send"})
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
    assert registry.capability(MAIL) is not None


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


def office_in_english():
    from wagtail.users.models import UserProfile

    office = UserFactory(username="office", groups=["Information Office"])
    profile = UserProfile.get_for_user(office)
    profile.preferred_language = "en"
    profile.save()
    return office


def test_sending_again_when_everyone_has_it_says_so_and_sends_nothing(
    client, issue, django_capture_on_commit_callbacks
):
    subscribers(2, "sq")
    client.force_login(office_in_english())
    url = f"/admin/mail/send/{issue.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "send"})
    assert len(mail.outbox) == 2
    review = client.post(url, {"action": "review"}).content.decode()
    assert "Nothing to send: every subscriber has received this page." in review
    assert 'value="send"' not in review
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(url, {"action": "send"}, follow=True).content.decode()
    assert "Nothing to send" in again and len(mail.outbox) == 2


def test_a_mail_server_outage_during_a_test_send_is_an_error_message_not_a_500(
    client, issue, monkeypatch
):
    from django.core.mail import EmailMultiAlternatives

    def down(self, *args, **kwargs):
        raise smtplib.SMTPServerDisconnected("connection refused")

    monkeypatch.setattr(EmailMultiAlternatives, "send", down)
    client.force_login(office_in_english())
    response = client.post(f"/admin/mail/send/{issue.pk}/", {"action": "test"}, follow=True)
    assert response.status_code == 200
    assert "The mail server could not be reached" in response.content.decode()


def test_the_test_message_links_to_real_pages(client, issue):
    office = UserFactory(username="office", groups=["Information Office"])
    client.force_login(office)
    client.post(f"/admin/mail/send/{issue.pk}/", {"action": "test"})
    (message,) = mail.outbox
    assert "http://testserver/sq/abonime/" in message.body
    assert 'href="#"' not in message.alternatives[0][0]
