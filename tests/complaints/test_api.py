"""Citizens send complaints through the API and follow them with a tracking code."""

import io
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from services.complaints.models import AccessLog, Complaint
from tests.complaints.conftest import jpeg_with_exif, png_bytes

pytestmark = pytest.mark.django_db

CODE = re.compile(r"^[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$")


def post(client, data, language="sq", **extra):
    return client.post("/api/v3/complaints/", data, HTTP_ACCEPT_LANGUAGE=language, **extra)


def test_anonymous_submission_is_stored_without_personal_data(client, submission, category):
    response = post(
        client,
        submission(anonymous="true", name="Agim", email="agim@example.org", phone="049111222"),
    )
    assert response.status_code == 201
    code = response.json()["tracking_code"]
    assert CODE.match(code)
    complaint = Complaint.objects.get(tracking_code=code)
    assert complaint.anonymous
    assert (complaint.name, complaint.email, complaint.phone) == ("", "", "")
    assert complaint.department == category.default_department
    assert complaint.status == "received"
    assert [entry.status for entry in complaint.history.all()] == ["received"]
    # Nothing about the client's connection is stored anywhere on the row.
    row = " ".join(
        str(value) for value in Complaint.objects.filter(pk=complaint.pk).values().first().values()
    )
    assert "127.0.0.1" not in row and "Agim" not in row


def test_a_citizen_with_an_email_gets_an_acknowledgement_in_their_language(
    client, submission, officer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            client,
            submission(name="Milica", email="milica@example.org", language="sr-latn"),
            "sr-latn",
        )
    assert response.status_code == 201
    code = response.json()["tracking_code"]
    acknowledgement = next(m for m in mail.outbox if m.to == ["milica@example.org"])
    assert code in acknowledgement.subject
    assert "Primili smo" in acknowledgement.subject
    assert "/sr-latn/prituzbe/pracenje/?code=" in acknowledgement.body
    # The department's officers are told, with a link to the desk.
    notice = next(m for m in mail.outbox if m.to == ["rruget@kllokot.example"])
    assert (
        f"/admin/complaints/complaint/inspect/{Complaint.objects.get(tracking_code=code).pk}/"
        in notice.body
    )


def test_a_category_in_another_language_is_filed_under_the_source_category(
    client, submission, category, locales
):
    serbian = category.get_translation(locales["sr-latn"])
    response = post(client, submission(category=serbian.pk))
    assert response.status_code == 201
    assert (
        Complaint.objects.get(tracking_code=response.json()["tracking_code"]).category == category
    )


def test_categories_are_listed_in_the_requested_language(client):
    names = [
        c["name"] for c in client.get("/api/v3/complaints/categories/", {"locale": "en"}).json()
    ]
    assert "Roads and street lighting" in names and len(names) == 11


@pytest.mark.parametrize(
    "language, message",
    [
        ("sq", "Kjo fushë është e detyrueshme."),
        ("sr-latn", "Ovo polje je obavezno."),
        ("en", "This field is required."),
    ],
)
def test_invalid_input_answers_400_per_field_in_the_citizens_language(
    client, submission, language, message
):
    response = post(client, submission(subject=None, text=""), language)
    assert response.status_code == 400
    errors = {tuple(e["loc"]): e["msg"] for e in response.json()["errors"]}
    assert errors[("body", "subject")] == message
    assert errors[("body", "text")] == message
    assert Complaint.objects.count() == 0


def test_captcha_is_required(client, submission):
    response = post(client, submission(captcha_answer="wrong"))
    assert response.status_code == 400
    assert [e["loc"] for e in response.json()["errors"]] == [["body", "captcha_answer"]]
    assert Complaint.objects.count() == 0


def test_anonymous_submissions_send_no_acknowledgement(
    client, submission, officer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, submission(anonymous="true", email="x@example.org")).status_code == 201
    assert [m.to for m in mail.outbox] == [["rruget@kllokot.example"]]


def test_a_captcha_answer_works_only_once(client, submission):
    data = submission()
    assert post(client, data).status_code == 201
    again = post(client, data)
    assert again.status_code == 400
    assert Complaint.objects.count() == 1


def test_the_honeypot_field_refuses_robots(client, submission):
    response = post(client, submission(website="http://spam.example"))
    assert response.status_code == 400
    assert Complaint.objects.count() == 0


def test_submissions_are_rate_limited_per_client(client, submission, settings):
    settings.COMPLAINTS_RATE = "2/h"
    statuses = [post(client, submission()).status_code for _ in range(3)]
    assert statuses == [201, 201, 429]
    assert post(client, submission(), REMOTE_ADDR="203.0.113.50").status_code == 201
    assert Complaint.objects.count() == 3


def test_an_html_file_renamed_png_is_refused(client, submission):
    fake = SimpleUploadedFile("photo.png", b"<html><script>alert(1)</script></html>", "image/png")
    response = post(client, submission(attachments=[fake]))
    assert response.status_code == 400
    assert response.json()["errors"][0]["loc"] == ["body", "attachments"]
    assert Complaint.objects.count() == 0


def test_oversize_files_are_refused(client, submission, settings):
    settings.COMPLAINTS_MAX_ATTACHMENT_SIZE = 1024
    big = SimpleUploadedFile("scan.pdf", b"%PDF-1.4\n" + b"0" * 4096, "application/pdf")
    response = post(client, submission(attachments=[big]), "en")
    assert response.status_code == 400
    assert "too large" in response.json()["errors"][0]["msg"]


def test_more_than_three_files_are_refused(client, submission):
    files = [SimpleUploadedFile(f"{i}.png", png_bytes(), "image/png") for i in range(4)]
    assert post(client, submission(attachments=files)).status_code == 400


def test_images_are_reencoded_without_exif(client, submission):
    photo = SimpleUploadedFile("IMG_0001.jpg", jpeg_with_exif(), "image/jpeg")
    document = SimpleUploadedFile("letter.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    response = post(client, submission(attachments=[photo, document]))
    assert response.status_code == 201
    complaint = Complaint.objects.get(tracking_code=response.json()["tracking_code"])
    stored = {a.content_type: a for a in complaint.attachments.all()}
    assert set(stored) == {"image/jpeg", "application/pdf"}
    data = stored["image/jpeg"].file.open("rb").read()
    assert b"SecretCam" not in data and b"Near the house" not in data
    assert not Image.open(io.BytesIO(data)).getexif()
    assert "IMG_0001" not in stored["image/jpeg"].file.name


def test_tracking_shows_history_and_answer_and_nothing_personal(client, submission):
    code = post(
        client, submission(name="Agim Berisha", email="agim@example.org", phone="049123456")
    ).json()["tracking_code"]
    complaint = Complaint.objects.get(tracking_code=code)
    complaint.public_answer = "Llambat u ndërruan."
    complaint.status = "answered"
    complaint.save()
    response = client.get(f"/api/v3/complaints/{code.lower().replace('-', '')}/")
    assert response.status_code == 200
    data = response.json()
    assert data["public_answer"] == "Llambat u ndërruan."
    assert data["history"][0]["status"] == "received"
    text = response.content.decode()
    for personal in ["Agim", "agim@example.org", "049123456", "Llambat në rrugën kryesore"]:
        assert personal not in text


def test_unknown_codes_are_404_and_guessing_is_rate_limited(client, settings):
    settings.COMPLAINTS_LOOKUP_MISS_RATE = "3/h"
    statuses = [client.get("/api/v3/complaints/AAAA-BBBB-CCCC/").status_code for _ in range(4)]
    assert statuses == [404, 404, 404, 429]


def test_a_citizen_still_reaches_their_complaint_after_others_guessed_from_their_address(
    client, submission, settings
):
    settings.COMPLAINTS_LOOKUP_MISS_RATE = "3/h"
    code = client.post("/api/v3/complaints/", submission()).json()["tracking_code"]
    for _ in range(5):
        client.get("/api/v3/complaints/AAAA-BBBB-CCCC/")
    assert client.get("/api/v3/complaints/AAAA-BBBB-CCCC/").status_code == 429
    assert client.get(f"/api/v3/complaints/{code}/").status_code == 200
    assert (
        client.get("/api/v3/complaints/not-a-code/", REMOTE_ADDR="198.51.100.9").status_code == 404
    )


def test_nothing_a_client_sends_makes_a_500(client, submission):
    cases = [
        submission(category="abc"),
        submission(category="999999"),
        submission(kind="threat"),
        submission(latitude="91", longitude="20"),
        submission(latitude="42.3"),
        submission(text="x" * 6000),
        submission(phone="<script>"),
        submission(email="not-an-email"),
        submission(consent=None),
        submission(subject="\x00"),
        {},
    ]
    for data in cases:
        response = post(client, data)
        assert response.status_code == 400, data
    # A JSON body to this form endpoint: told the body type is wrong, not a 500.
    assert (
        client.post(
            "/api/v3/complaints/", b"{not json", content_type="application/json"
        ).status_code
        == 415
    )
    assert AccessLog.objects.count() == 0


def test_a_png_with_a_huge_text_chunk_is_refused_not_a_500(client, submission):
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    bomb = chunk(b"zTXt", b"comment\x00\x00" + zlib.compress(b"A" * 30_000_000, 9))
    pixels = chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00"))
    png = b"\x89PNG\r\n\x1a\n" + header + bomb + pixels + chunk(b"IEND", b"")
    upload = SimpleUploadedFile("bomb.png", png, "image/png")
    response = post(client, submission(attachments=[upload]))
    assert response.status_code in (201, 400)
    if response.status_code == 201:
        complaint = Complaint.objects.get(tracking_code=response.json()["tracking_code"])
        assert b"AAAA" not in complaint.attachments.get().file.open("rb").read()


def test_too_many_fields_answer_json_400(client, submission, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 20
    data = submission() | {f"extra{i}": "x" for i in range(30)}
    response = post(client, data)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_attachments_sent_as_text_are_refused(client, submission):
    for text in ("not a file", ["x", ""]):
        response = post(client, submission(attachments=text))
        assert response.status_code == 400
        assert response.json()["errors"][0]["loc"] == ["body", "attachments"]
    assert Complaint.objects.count() == 0


def test_rate_limit_keys_are_salted_hashes_not_addresses(client, submission, settings):
    from django.core.cache import cache

    # Local memory, whatever the run uses, so the test can read every key.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "keys"},
        "ratelimit": {"BACKEND": "cms.cache.LocalFallbackCache", "LOCATION": "default"},
    }
    post(client, submission(), REMOTE_ADDR="203.0.113.77")
    keys = list(getattr(cache, "_cache", {}).keys())
    assert keys, "the local-memory cache holds the counters in tests"
    assert not [key for key in keys if "203.0.113.77" in str(key)]


def test_coordinates_more_precise_than_stored_are_rounded_not_refused(client, submission):
    # The document allows any number within the bounds; six decimals (about 0.1 m) are kept.
    response = post(client, submission(latitude="42.123456789", longitude="21.5e0"))
    assert response.status_code == 201
    complaint = Complaint.objects.get(tracking_code=response.json()["tracking_code"])
    assert (complaint.latitude, complaint.longitude) == (Decimal("42.123457"), Decimal("21.5"))
