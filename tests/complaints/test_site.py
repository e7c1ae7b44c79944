"""The complaints page on the public site: the same rules as the API, nothing lost."""

import pytest
from captcha.models import CaptchaStore

from services.complaints.models import Complaint
from services.complaints.pages import ComplaintFormPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_url(locales):
    return lambda language: ComplaintFormPage.objects.get(locale=locales[language]).url


def captcha_from(response) -> dict[str, str]:
    key = response.context["form"]["captcha_key"].value()
    return {"captcha_key": key, "captcha_answer": CaptchaStore.objects.get(hashkey=key).response}


@pytest.mark.parametrize(
    "language, heading", [("sq", "Privatësia"), ("sr-latn", "Privatnost"), ("en", "Privacy")]
)
def test_the_form_and_privacy_notice_are_in_the_citizens_language(
    client, page_url, language, heading
):
    response = client.get(page_url(language))
    assert response.status_code == 200
    html = response.content.decode()
    assert heading in html
    assert 'name="captcha_answer"' in html and "/captcha/image/" in html


def test_a_citizen_submits_and_gets_a_tracking_code(client, page_url, category):
    form = client.get(page_url("sr-latn"))
    data = {
        "kind": "suggestion",
        "category": category.pk,
        "subject": "Klupe u parku",
        "text": "Predlažem nove klupe u parku.",
        "anonymous": "on",
        "consent": "on",
        **captcha_from(form),
    }
    response = client.post(page_url("sr-latn"), data)
    assert response.status_code == 302
    complaint = Complaint.objects.get()
    # The address carries nothing secret: the code waits in the session for the next page.
    assert response.url == f"{page_url('sr-latn')}?received"
    assert complaint.tracking_code not in response.url
    assert complaint.language == "sr-latn" and complaint.kind == "suggestion"
    thanks = client.get(response.url)
    assert thanks["Cache-Control"] == "no-store"
    assert complaint.tracking_code in thanks.content.decode()
    assert "Hvala, primili smo Vašu poruku." in thanks.content.decode()


def test_the_tracking_code_is_shown_once_and_a_reload_still_says_the_message_arrived(
    client, page_url, category
):
    form = client.get(page_url("en"))
    data = {
        "kind": "complaint",
        "category": category.pk,
        "subject": "Potholes",
        "text": "Deep potholes on the main road.",
        "consent": "on",
        **captcha_from(form),
    }
    sent = client.post(page_url("en"), data)
    code = Complaint.objects.get().tracking_code
    first = client.get(sent.url).content.decode()
    assert code in first and "Thank you, we received your message." in first
    # A reload, or the back button on a shared computer: the message arrived, the code is gone.
    again = client.get(sent.url).content.decode()
    assert code not in again
    assert "Thank you, we received your message." in again
    assert "The tracking code is shown only once" in again
    # Another browser following the same address sees no code either.
    from django.test import Client

    assert code not in Client().get(sent.url).content.decode()


def test_a_failed_submission_keeps_everything_the_citizen_typed(client, page_url, category):
    form = client.get(page_url("sq"))
    typed = {
        "kind": "complaint",
        "category": category.pk,
        "subject": "Uji i pijshëm",
        "text": "",
        "name": "Drita",
        "email": "drita@example.org",
        "phone": "049 222 333",
        "consent": "on",
        **captcha_from(form),
    }
    response = client.post(page_url("sq"), typed)
    assert response.status_code == 400
    html = response.content.decode()
    for value in ["Uji i pijshëm", "Drita", "drita@example.org", "049 222 333"]:
        assert value in html
    assert f'<option value="{category.pk}" selected>' in html
    # The captcha was not used up by the error elsewhere: the same challenge and answer stay.
    assert response.context["form"]["captcha_key"].value() == typed["captcha_key"]
    assert typed["captcha_answer"] in html
    assert Complaint.objects.count() == 0


def test_a_wrong_captcha_keeps_the_text_and_offers_a_new_challenge(client, page_url, category):
    form = client.get(page_url("en"))
    old = captcha_from(form)
    response = client.post(
        page_url("en"),
        {
            "kind": "complaint",
            "category": category.pk,
            "subject": "Noise",
            "text": "Loud at night.",
            "consent": "on",
            "captcha_key": old["captcha_key"],
            "captcha_answer": "zzzzz",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Loud at night." in html
    assert "The answer does not match the image or the question" in html
    assert response.context["form"]["captcha_key"].value() != old["captcha_key"]


def test_the_track_page_shows_the_status_in_the_visitors_language(client, category):
    complaint = Complaint.objects.create(
        subject="S",
        text="T",
        category=category,
        department=category.default_department,
        language="sq",
        status="in_progress",
        name="Secret Name",
    )
    complaint.history.create(status="received")
    response = client.get("/sr-latn/prituzbe/pracenje/", {"code": complaint.tracking_code.lower()})
    assert response.status_code == 200
    html = response.content.decode()
    assert "U obradi" in html
    assert "Secret Name" not in html
    missing = client.get("/en/complaints/track/", {"code": "ZZZZ-ZZZZ-ZZZZ"})
    assert missing.status_code == 404
    assert "No message has this tracking code" in missing.content.decode()


def test_a_forged_sent_link_shows_no_tracking_code(client, page_url):
    html = client.get(page_url("en"), {"sent": "Pay a 50 EUR fee at evil.example"}).content.decode()
    assert "evil.example" not in html
    assert "Thank you, we received your message." not in html
    forged = client.get(page_url("en"), {"received": "Pay a fee at evil.example"}).content.decode()
    assert "evil.example" not in forged


def test_asking_for_another_image_keeps_what_was_typed(client, page_url, category):
    form = client.get(page_url("sq"))
    old = captcha_from(form)
    response = client.post(
        page_url("sq"),
        {
            "kind": "praise",
            "category": category.pk,
            "subject": "Faleminderit",
            "text": "Punë e mirë.",
            "new_captcha": "1",
            **old,
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Faleminderit" in html and "Punë e mirë." in html
    assert response.context["form"]["captcha_key"].value() != old["captcha_key"]
    assert 'role="alert"' not in html
    assert Complaint.objects.count() == 0


def test_the_honeypot_keeps_the_text_and_stores_nothing(client, page_url, category):
    form = client.get(page_url("en"))
    response = client.post(
        page_url("en"),
        {
            "kind": "complaint",
            "category": category.pk,
            "subject": "Bins",
            "text": "Not emptied.",
            "consent": "on",
            "website": "autofilled.example",
            **captcha_from(form),
        },
    )
    assert response.status_code == 400
    assert "Not emptied." in response.content.decode()
    assert Complaint.objects.count() == 0


def test_after_an_error_the_citizen_is_told_to_attach_files_again(client, page_url, category):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.complaints.conftest import png_bytes

    form = client.get(page_url("en"))
    response = client.post(
        page_url("en"),
        {
            "kind": "complaint",
            "category": category.pk,
            "subject": "",
            "text": "Photo attached.",
            "consent": "on",
            "attachments": [SimpleUploadedFile("a.png", png_bytes(), "image/png")],
            **captcha_from(form),
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "please attach them again" in html
    assert "Subject: This field is required." in html


def test_plain_text_e_mails_are_not_html_escaped(
    client, submission, officer, django_capture_on_commit_callbacks
):
    from django.core import mail

    subject = "Rruga \"Kryesore\" & ndriçimi 'i ri'"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v3/complaints/",
            submission(subject=subject, name="Agim", email="agim@example.org"),
        )
    assert response.status_code == 201
    # The citizen's acknowledgement and the department's notice both quote the subject.
    bodies = [message.body for message in mail.outbox]
    assert len(bodies) == 2 and all(subject in body for body in bodies)
    assert not any("&quot;" in body or "&amp;" in body or "&#x27;" in body for body in bodies)
