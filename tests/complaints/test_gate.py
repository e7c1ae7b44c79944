"""One submission gate for every citizen write path: the site's form and the API refuse the
same things, in the same order, and the costly work comes after the captcha."""

import pytest
from captcha.models import CaptchaStore
from django.core.files.uploadedfile import SimpleUploadedFile

from services.complaints import uploads
from services.complaints.models import Complaint
from services.complaints.pages import ComplaintFormPage
from services.gate import Gate
from tests.complaints.conftest import jpeg_with_exif

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["site", "api"])
def door(request, client, locales):
    """Posts a complaint through the site's page or the API; returns the status."""

    def post(data, **extra):
        if request.param == "site":
            url = ComplaintFormPage.objects.get(locale=locales["sq"]).url
        else:
            url = "/api/v3/complaints/"
        return client.post(url, data, **extra).status_code

    post.kind = request.param
    return post


def captcha_unused(data) -> bool:
    return CaptchaStore.objects.filter(hashkey=data["captcha_key"]).exists()


def test_the_honeypot_is_refused_before_anything_counts(door, submission, settings):
    settings.COMPLAINTS_ATTEMPT_RATE = "1/h"
    data = submission(website="http://spam.example")
    assert door(data) == 400
    # The robot's try did not use up the citizen's one attempt, nor the challenge.
    assert captcha_unused(data)
    assert door(submission()) in (201, 302)


def test_too_many_attempts_are_refused_before_validation_and_spend_no_captcha(
    door, submission, settings
):
    settings.COMPLAINTS_ATTEMPT_RATE = "1/h"
    assert door(submission(subject="")) == 400
    data = submission()
    assert door(data) == 429
    assert captcha_unused(data) and not Complaint.objects.filter(subject=data["subject"]).exists()


def test_a_mistake_elsewhere_keeps_the_solved_captcha(door, submission):
    data = submission(text="")
    assert door(data) == 400
    assert captcha_unused(data)


def test_images_are_decoded_only_after_the_captcha(door, submission, monkeypatch):
    decoded = []
    real_finish = uploads.finish
    monkeypatch.setattr(uploads, "finish", lambda item: decoded.append(item) or real_finish(item))
    photo = SimpleUploadedFile("p.jpg", jpeg_with_exif(), content_type="image/jpeg")
    assert door(submission(captcha_answer="wrong", attachments=[photo])) == 400
    assert decoded == []
    photo.seek(0)
    assert door(submission(attachments=[photo])) in (201, 302)
    assert len(decoded) == 1


def test_the_accepted_limit_is_checked_last(door, submission, settings):
    settings.COMPLAINTS_RATE = "1/h"
    assert door(submission()) in (201, 302)
    data = submission()
    assert door(data) == 429
    # Checked after the captcha: the refused submission is not stored.
    assert Complaint.objects.filter(subject=data["subject"]).count() == 1


def test_a_body_over_the_size_the_attachments_allow_is_413(door, submission, settings):
    settings.COMPLAINTS_MAX_ATTACHMENT_SIZE = 1024
    big = SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * 5 * 1024 * 1024)
    assert door(submission(attachments=[big])) == 413


def test_the_api_says_why_in_the_requested_language(client, submission, settings):
    settings.COMPLAINTS_MAX_ATTACHMENT_SIZE = 1024
    big = SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * 5 * 1024 * 1024)
    for language, detail in (
        ("sq", "Ajo që dërguat është shumë e madhe."),
        ("sr-latn", "Ono što ste poslali je preveliko."),
        ("en", "What you sent is too large."),
    ):
        response = client.post(
            "/api/v3/complaints/",
            submission(attachments=[big]),
            HTTP_ACCEPT_LANGUAGE=language,
        )
        big.seek(0)
        assert response.status_code == 413
        assert response["Content-Type"].startswith("application/problem+json")
        assert response.json()["detail"] == detail


def test_a_gate_reads_its_rates_from_the_settings_at_each_request(rf, settings):
    gate = Gate(scope="probe", attempt_rate="PROBE_RATE")
    settings.PROBE_RATE = "1/h"
    request = rf.post("/", {"x": "1"})
    outcomes = [gate.run(request, lambda data: _AlwaysValid(data), lambda form: "ok") for _ in "ab"]
    assert [o.refusal for o in outcomes] == [None, "rate_limited"]


class _AlwaysValid:
    def __init__(self, data) -> None:
        self.data = data

    def is_valid(self) -> bool:
        return True


def test_the_openapi_request_bodies_are_the_forms(client, settings):
    settings.COMPLAINTS_MAX_ATTACHMENT_SIZE = 2 * 1024 * 1024
    paths = client.get("/api/v3/openapi.json", HTTP_ACCEPT_LANGUAGE="en").json()["paths"]
    complaint = paths["/api/v3/complaints/"]["post"]["requestBody"]["content"]
    schema = complaint["multipart/form-data"]["schema"]
    assert schema["properties"]["subject"]["maxLength"] == 200
    assert schema["properties"]["kind"]["enum"] == ["complaint", "suggestion", "praise"]
    attachments = schema["properties"]["attachments"]
    assert attachments["maxItems"] == 3 and attachments["items"]["format"] == "binary"
    # The documented limit follows the setting the form follows.
    assert "2 MB" in attachments["description"]
    assert set(schema["required"]) == {
        "kind",
        "category",
        "subject",
        "text",
        "consent",
        "captcha_key",
        "captcha_answer",
    }
    assert "website" in schema["properties"] and "language" in schema["properties"]
    subscribe = paths["/api/v3/subscriptions/"]["post"]["requestBody"]["content"]
    assert subscribe["application/json"]["schema"]["properties"]["email"]["format"] == "email"


def test_photos_a_little_too_large_come_back_with_an_error_each_and_the_text_kept(
    client, submission, settings, locales
):
    settings.COMPLAINTS_MAX_ATTACHMENT_SIZE = 1024
    photos = [SimpleUploadedFile(f"p{n}.pdf", b"%PDF-" + b"0" * 2048) for n in range(3)]
    url = ComplaintFormPage.objects.get(locale=locales["sq"]).url
    response = client.post(url, submission(attachments=photos, subject="Dritat e rrugës"))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Dritat e rrugës"' in html
    assert html.count("është shumë i madh") >= 3 or html.count("too large") >= 3


@pytest.mark.parametrize(
    "language, detail",
    [
        ("sq", "Ky lloj trupi i kërkesës nuk pranohet këtu: shihni dokumentacionin e API-së."),
        ("en", "This kind of request body is not accepted here: see the API documentation."),
    ],
)
def test_a_json_body_to_a_form_endpoint_is_415_not_a_list_of_missing_fields(
    client, submission, language, detail
):
    response = client.post(
        "/api/v3/complaints/",
        submission(),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 415
    assert response.json()["detail"] == detail


def test_a_huge_body_is_refused_before_anything_reads_it(door, submission, client):
    """Django's CSRF check would parse (and spool to disk) a form's whole body before the
    view's gate; a declared length over the largest the site accepts is refused unread (the
    test client could not even supply the 300 MB it declares)."""
    data = submission()
    status = door(data, CONTENT_LENGTH=str(300 * 1024 * 1024))
    assert status == 413
    assert captcha_unused(data)


def test_the_refusal_is_in_the_readers_language(client, submission, locales):
    page = ComplaintFormPage.objects.get(locale=locales["sr-latn"])
    response = client.post(page.url, submission(), CONTENT_LENGTH=str(300 * 1024 * 1024))
    assert response.status_code == 413
    assert "Ono što ste poslali je preveliko." in response.content.decode()
    response = client.post(
        "/api/v3/complaints/",
        submission(),
        CONTENT_LENGTH=str(300 * 1024 * 1024),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 413
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["detail"] == "What you sent is too large."
