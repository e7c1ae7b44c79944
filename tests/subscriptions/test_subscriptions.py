"""E-mail subscriptions with double opt-in, one-click unsubscribe and self-service data."""

import re

import pytest
from django.core import mail, signing

from services.subscriptions import tokens
from services.subscriptions.mail import unsubscribe_headers
from services.subscriptions.models import Subscriber
from tests.complaints.conftest import solved_captcha
from tests.factories import SubscriberFactory, UserFactory

pytestmark = pytest.mark.django_db

LINK = re.compile(r"http://testserver(/[^\s]+)")


def subscribe(client, language="sq", **overrides):
    data = {
        "email": "Drita@Example.org",
        "topics": ["bulletin", "diaspora"],
        "language": language,
        **solved_captcha(client),
        **overrides,
    }
    return client.post(
        "/api/v3/subscriptions/",
        data,
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE=language,
    )


def confirmation_path() -> str:
    return LINK.search(mail.outbox[-1].body).group(1)


def test_double_opt_in_stores_nothing_until_the_link_is_opened(
    client, django_capture_on_commit_callbacks, diaspora_topic
):
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(client, "sr-latn")
    assert response.status_code == 202
    assert Subscriber.objects.count() == 0
    message = mail.outbox[-1]
    assert message.to == ["drita@example.org"]
    assert message.subject == "Molimo Vas da potvrdite pretplatu"
    path = confirmation_path()
    assert path.startswith("/sr-latn/pretplate/potvrda/")
    # Opening the link (as a mail scanner would) confirms nothing; the button does.
    page = client.get(path)
    assert page.status_code == 200 and "drita@example.org" in page.content.decode()
    assert Subscriber.objects.count() == 0
    client.post(path)
    subscriber = Subscriber.objects.get(email="drita@example.org")
    assert subscriber.language == "sr-latn"
    assert sorted(subscriber.subscriptions.values_list("topic", flat=True)) == [
        "bulletin",
        "diaspora",
    ]
    # Confirming twice changes nothing.
    client.post(path)
    assert subscriber.subscriptions.count() == 2


def test_a_tampered_or_expired_link_is_refused_clearly(
    client, django_capture_on_commit_callbacks, monkeypatch, diaspora_topic
):
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(client, "en")
    path = confirmation_path()
    assert client.post(path[:-3] + "xx/").status_code == 400
    monkeypatch.setattr(tokens, "CONFIRM_MAX_AGE", -1)
    expired = client.post(path)
    assert expired.status_code == 410
    assert "expired" in expired.content.decode()
    assert Subscriber.objects.count() == 0


def test_unsubscribe_in_one_click_and_by_the_page(client):
    subscriber = Subscriber.objects.create(email="a@example.org", language="sq")
    subscriber.subscriptions.create(topic="bulletin")
    headers = unsubscribe_headers(subscriber)
    url = headers["List-Unsubscribe"].strip("<>").removeprefix("http://testserver")
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    page = client.get(url)
    assert page.status_code == 200 and "a@example.org" in page.content.decode()
    # A mail client's one-click POST: no session, no CSRF token.
    from django.test import Client

    assert (
        Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"}).status_code
        == 200
    )
    assert not Subscriber.objects.exists()
    assert client.get(url).status_code == 404


def test_a_subscriber_sees_and_deletes_their_data(client):
    subscriber = Subscriber.objects.create(email="b@example.org", language="en")
    subscriber.subscriptions.create(topic="bulletin")
    url = f"/en/subscriptions/my-data/{tokens.manage_token(subscriber)}/"
    html = client.get(url).content.decode()
    assert "b@example.org" in html and "Monthly information bulletin" in html
    client.post(url, {"delete": "1"})
    assert not Subscriber.objects.exists()


def test_a_manage_link_for_another_address_does_not_work(client):
    subscriber = Subscriber.objects.create(email="c@example.org", language="en")
    forged = signing.dumps({"i": subscriber.pk, "e": "other@example.org"}, salt=tokens.MANAGE_SALT)
    assert client.get(f"/en/subscriptions/my-data/{forged}/").status_code == 404
    assert client.get("/en/subscriptions/my-data/not-a-token/").status_code == 404


@pytest.mark.parametrize(
    "language, message",
    [
        ("sq", "Zgjidhni të paktën një temë."),
        ("sr-latn", "Izaberite bar jednu temu."),
        ("en", "Choose at least one topic."),
    ],
)
def test_invalid_requests_get_translated_errors(client, language, message):
    response = subscribe(client, language, topics=[], email="not-an-email")
    assert response.status_code == 400
    errors = {e["loc"][1]: e["msg"] for e in response.json()["errors"]}
    assert errors["topics"] == message
    assert "email" in errors


def test_captcha_honeypot_and_rate_limit_guard_the_endpoint(client, settings):
    assert subscribe(client, captcha_answer="wrong").status_code == 400
    assert subscribe(client, website="x").status_code == 400
    settings.SUBSCRIPTIONS_RATE = "1/h"
    client.post("/api/v3/subscriptions/", {}, content_type="application/json")
    assert subscribe(client).status_code == 429
    assert (
        client.post(
            "/api/v3/subscriptions/",
            b"[1,2",
            content_type="application/json",
            REMOTE_ADDR="192.0.2.1",
        ).status_code
        == 400
    )


def test_the_site_form_and_the_page_widget(client, home):
    from home.models import StandardPage

    response = client.get("/sq/abonime/")
    assert response.status_code == 200 and 'name="captcha_answer"' in response.content.decode()
    page = StandardPage(
        title="Bilteni",
        slug="abonimet",
        body=[("service", {"service": "subscriptions", "title": "Abonohuni", "options": ""})],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Abonohuni" in html and 'action="/sq/abonime/"' in html


def test_admin_lists_counts_per_topic_and_language_and_exports_csv(client, diaspora_topic):
    for email, language, topics in [
        ("x@e.org", "sq", ["bulletin"]),
        ("y@e.org", "sr-latn", ["bulletin", "diaspora"]),
    ]:
        subscriber = Subscriber.objects.create(email=email, language=language)
        for topic in topics:
            subscriber.subscriptions.create(topic=topic)
    client.force_login(UserFactory(username="office", groups=["Information Office"]))
    response = client.get("/admin/subscriptions/subscriber/")
    assert response.status_code == 200
    counts = response.context["subscription_counts"]["rows"]
    assert counts[0]["counts"] == [1, 1, 0] and counts[0]["total"] == 2
    export = client.get("/admin/subscriptions/subscriber/", {"export": "csv"})
    text = b"".join(export.streaming_content).decode()
    assert "x@e.org" in text and "y@e.org" in text


@pytest.mark.parametrize(
    "language, bulletin, partners, investors, diaspora",
    [
        (
            "sq",
            "Buletini informativ mujor",
            "Komunat partnere",
            "Investitorët dhe donatorët",
            "Lajme për diasporën",
        ),
        (
            "sr-latn",
            "Mesečni informativni bilten",
            "Partnerske opštine",
            "Investitori i donatori",
            "Vesti za dijasporu",
        ),
        (
            "en",
            "Monthly information bulletin",
            "Partner municipalities",
            "Investors and donors",
            "News for the diaspora",
        ),
    ],
)
def test_a_topic_a_new_section_registers_is_offered_in_every_language(
    client, diaspora_topic, language, bulletin, partners, investors, diaspora
):
    # No change to the plugin: the section registered its topic, the form and API list it.
    topics = client.get("/api/v3/subscriptions/topics/", HTTP_ACCEPT_LANGUAGE=language).json()
    assert topics == [
        {"topic": "bulletin", "label": bulletin},
        {"topic": "partners", "label": partners},
        {"topic": "investors", "label": investors},
        {"topic": "diaspora", "label": diaspora},
        {"topic": "news", "label": {"sq": "Lajmet", "sr-latn": "Vesti", "en": "News"}[language]},
    ]
    html = client.get(f"/{language}/subscriptions/", follow=True).content.decode()
    assert 'value="diaspora"' in html and diaspora in html
    schema = client.get("/api/v3/openapi.json").json()
    body = schema["paths"]["/api/v3/subscriptions/"]["post"]["requestBody"]["content"]
    enum = body["application/json"]["schema"]["properties"]["topics"]["items"]["enum"]
    assert enum == ["bulletin", "partners", "investors", "diaspora", "news"]


def test_without_a_section_its_topic_is_neither_offered_nor_accepted(client):
    # No installed section registers "tourism": it cannot be chosen, so nobody subscribes to
    # news that nothing would ever send.
    topics = client.get("/api/v3/subscriptions/topics/").json()
    assert "tourism" not in [topic["topic"] for topic in topics]
    response = subscribe(client, "en", topics=["tourism"])
    assert response.status_code == 400
    assert [error["loc"] for error in response.json()["errors"]] == [["body", "topics"]]


def test_a_subscription_outliving_its_section_is_kept_and_named(client):
    subscriber = SubscriberFactory(email="d@example.org", language="en", topics=["tourism"])
    html = client.get(f"/en/subscriptions/my-data/{tokens.manage_token(subscriber)}/")
    assert "tourism (not offered at present)" in html.content.decode()


def test_links_do_not_show_the_address_to_whoever_decodes_them(diaspora_topic):
    import base64

    subscriber = Subscriber.objects.create(email="agim.berisha@example.org", language="sq")
    for token in (
        tokens.manage_token(subscriber),
        tokens.confirmation_token("agim.berisha@example.org", "sq", ["diaspora"]),
    ):
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        assert b"agim" not in raw and b"example.org" not in raw
    assert tokens.read_manage(tokens.manage_token(subscriber))["e"] == subscriber.email


def test_an_old_link_unsubscribes_but_no_longer_shows_the_data(client, monkeypatch):
    subscriber = Subscriber.objects.create(email="old@example.org", language="en")
    token = tokens.manage_token(subscriber)
    monkeypatch.setattr(tokens, "MANAGE_MAX_AGE", -1)
    expired = client.get(f"/en/subscriptions/my-data/{token}/")
    assert expired.status_code == 410
    assert "old@example.org" not in expired.content.decode()
    assert client.post(f"/en/subscriptions/unsubscribe/{token}/").status_code == 200
    assert not Subscriber.objects.filter(email="old@example.org").exists()


def test_links_in_e_mails_sent_before_encryption_still_unsubscribe(client):
    from django.core import signing

    subscriber = Subscriber.objects.create(email="early@example.org", language="en")
    legacy = signing.dumps({"i": subscriber.pk, "e": subscriber.email}, salt=tokens.MANAGE_SALT)
    assert client.post(f"/en/subscriptions/unsubscribe/{legacy}/").status_code == 200
    assert not Subscriber.objects.filter(email="early@example.org").exists()
