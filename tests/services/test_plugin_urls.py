"""Plugins' site pages have addresses in the visitor's language, like pages' slugs; the English
addresses of earlier e-mails and bookmarks still lead there."""

import pytest
from django.urls import reverse
from django.utils import translation

from services.complaints.models import Category, Complaint
from services.subscriptions import tokens
from services.subscriptions.models import Subscriber
from tests.complaints.conftest import solved_captcha

pytestmark = pytest.mark.django_db

ADDRESSES = {
    "sq": {
        "complaints:track": "/sq/ankesat/gjurmo/",
        "subscriptions:subscribe": "/sq/abonime/",
        "subscriptions:confirm": "/sq/abonime/konfirmo/T/",
        "subscriptions:unsubscribe": "/sq/abonime/cabonohu/T/",
        "subscriptions:my_data": "/sq/abonime/te-dhenat-e-mia/T/",
    },
    "sr-latn": {
        "complaints:track": "/sr-latn/prituzbe/pracenje/",
        "subscriptions:subscribe": "/sr-latn/pretplate/",
        "subscriptions:confirm": "/sr-latn/pretplate/potvrda/T/",
        "subscriptions:unsubscribe": "/sr-latn/pretplate/odjava/T/",
        "subscriptions:my_data": "/sr-latn/pretplate/moji-podaci/T/",
    },
    "en": {
        "complaints:track": "/en/complaints/track/",
        "subscriptions:subscribe": "/en/subscriptions/",
        "subscriptions:confirm": "/en/subscriptions/confirm/T/",
        "subscriptions:unsubscribe": "/en/subscriptions/unsubscribe/T/",
        "subscriptions:my_data": "/en/subscriptions/my-data/T/",
    },
}


@pytest.mark.parametrize("language", ADDRESSES)
def test_reverse_gives_the_address_in_the_active_language(language):
    with translation.override(language):
        for name, address in ADDRESSES[language].items():
            args = [] if name in ("complaints:track", "subscriptions:subscribe") else ["T"]
            assert reverse(name, args=args) == address


@pytest.mark.parametrize(
    "path, heading",
    [
        ("/sq/ankesat/gjurmo/", "Ndiqni mesazhin tuaj"),
        ("/sr-latn/prituzbe/pracenje/", "Pratite svoju poruku"),
        ("/en/complaints/track/", "Follow your message"),
        ("/sq/abonime/", 'lang="sq"'),
        ("/sr-latn/pretplate/", 'lang="sr-Latn"'),
        ("/sr-cyrl/prituzbe/pracenje/", "Пратите своју поруку"),
    ],
)
def test_the_translated_addresses_serve_the_page(client, path, heading):
    response = client.get(path)
    assert response.status_code == 200
    assert heading in response.content.decode()


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "/sr-latn/complaints/track/?code=ABCD-EFGH-JKLM",
            "/sr-latn/prituzbe/pracenje/?code=ABCD-EFGH-JKLM",
        ),
        ("/sq/complaints/track/", "/sq/ankesat/gjurmo/"),
        ("/sq/subscriptions/", "/sq/abonime/"),
        ("/sr-latn/subscriptions/confirm/T/?utm=mail", "/sr-latn/pretplate/potvrda/T/?utm=mail"),
        ("/sq/subscriptions/unsubscribe/T/", "/sq/abonime/cabonohu/T/"),
        ("/sr-latn/subscriptions/my-data/T/", "/sr-latn/pretplate/moji-podaci/T/"),
    ],
)
def test_the_english_addresses_move_permanently_keeping_the_query(client, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new


def test_a_one_click_unsubscribe_to_an_old_address_still_unsubscribes(client):
    """Mail clients POST to the List-Unsubscribe address of e-mails already sent, without a
    session, and follow no redirect."""
    subscriber = Subscriber.objects.create(email="old@example.org", language="sq")
    subscriber.subscriptions.create(topic="bulletin")
    token = tokens.manage_token(subscriber)
    csrf_client = client.__class__(enforce_csrf_checks=True)
    response = csrf_client.post(
        f"/sq/subscriptions/unsubscribe/{token}/", {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_unknown_addresses_under_a_plugin_are_still_not_found(client):
    assert client.get("/sq/ankesat/nothing-here/").status_code == 404
    assert client.get("/sq/complaints/nothing-here/").status_code == 404


@pytest.fixture
def category(db) -> Category:
    return Category.objects.get(locale__language_code="sq", name="Rrugët dhe ndriçimi publik")


def test_e_mails_carry_the_address_in_the_readers_language(
    client, category, django_capture_on_commit_callbacks
):
    from django.core import mail

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v3/complaints/",
            {
                "kind": "complaint",
                "category": category.pk,
                "subject": "Rasveta",
                "text": "Ne radi rasveta.",
                "consent": "true",
                "email": "vesna@example.org",
                "language": "sr-latn",
                **solved_captcha(client),
            },
        )
    assert response.status_code == 201
    (acknowledgement,) = [m for m in mail.outbox if m.to == ["vesna@example.org"]]
    assert "/sr-latn/prituzbe/pracenje/?code=" in acknowledgement.body


@pytest.mark.parametrize(
    "path, expected",
    [
        (
            "/sq/ankesat/gjurmo/?code=ABCD",
            {
                "sr-latn": "/sr-latn/prituzbe/pracenje/?code=ABCD",
                "en": "/en/complaints/track/?code=ABCD",
            },
        ),
        ("/en/subscriptions/", {"sq": "/sq/abonime/", "sr-latn": "/sr-latn/pretplate/"}),
    ],
)
def test_the_language_switcher_leads_to_the_same_plugin_page(client, path, expected):
    html = client.get(path).content.decode()
    for language, address in expected.items():
        assert f'href="{address.replace("&", "&amp;")}" hreflang="' in html, (language, address)


def test_the_track_page_after_a_real_complaint_in_another_language(client, category):
    complaint = Complaint.objects.create(
        subject="S",
        text="T",
        category=category,
        department=category.default_department,
        language="sq",
    )
    complaint.history.create(status="received")
    html = client.get("/en/complaints/track/", {"code": complaint.tracking_code}).content.decode()
    assert f'href="/sq/ankesat/gjurmo/?code={complaint.tracking_code}"' in html
