"""Coordinates as citizens write them, and the department's notice in each officer's language."""

from decimal import Decimal

import pytest
from django.core import mail
from wagtail.users.models import UserProfile

from services.complaints.forms import ComplaintForm
from services.complaints.models import Complaint
from services.complaints.tasks import officer_language
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def post(client, data, language="sq"):
    return client.post("/api/v3/complaints/", data, HTTP_ACCEPT_LANGUAGE=language)


def test_a_decimal_comma_is_read_as_the_decimal_point(client, submission):
    response = post(client, submission(latitude="42,3702", longitude="21,3897"))
    assert response.status_code == 201, response.json()
    complaint = Complaint.objects.get(tracking_code=response.json()["tracking_code"])
    assert (complaint.latitude, complaint.longitude) == (Decimal("42.3702"), Decimal("21.3897"))


def test_a_bad_coordinate_is_reported_once_on_its_own_field(client, submission):
    response = post(client, submission(latitude="42;37", longitude="21.3897"), "en")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert [error["loc"] for error in errors] == [["body", "latitude"]]
    assert "Give both coordinates" not in str(errors)


def test_a_missing_coordinate_is_reported_on_the_missing_field():
    from django.utils import translation

    with translation.override("en"):
        form = ComplaintForm({"longitude": "21,3897"})
        form.is_valid()
        assert form.errors["latitude"] == ["Give both coordinates, or neither."]
        assert "longitude" not in form.errors


def test_the_site_form_accepts_a_decimal_comma_and_keeps_what_was_typed(client, category):
    from services.complaints.pages import ComplaintFormPage

    url = ComplaintFormPage.objects.get(locale__language_code="sr-latn").url
    response = client.post(url, {"latitude": "42,3702", "longitude": "21,38x", "consent": "on"})
    assert response.status_code == 400
    form = response.context["form"]
    assert "latitude" not in form.errors and "longitude" in form.errors
    html = response.content.decode()
    assert 'value="42,3702"' in html


def test_an_out_of_range_coordinate_and_a_missing_consent_read_well_in_the_summary(
    client, category
):
    from services.complaints.pages import ComplaintFormPage

    url = ComplaintFormPage.objects.get(locale__language_code="sr-latn").url
    response = client.post(url, {"latitude": "42,37", "longitude": "181"})
    assert response.status_code == 400
    summary = {item["label"]: item["message"] for item in response.context["form"].error_summary()}
    assert summary["Geografska dužina"] == "Unesite geografsku dužinu između −180 i 180."
    # The consent is named by a word, not by its whole sentence.
    assert "Saglasnost" in summary


def _profile(user, language: str) -> None:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def test_each_officer_is_told_in_the_language_they_chose(
    client, submission, category, officer, django_capture_on_commit_callbacks, locales
):
    serbian_officer = UserFactory(
        username="officer-roads-sr",
        email="putevi@kllokot.example",
        groups=[category.default_department.group.name],
    )
    english_officer = UserFactory(
        username="officer-roads-en",
        email="roads@kllokot.example",
        groups=[category.default_department.group.name],
    )
    _profile(serbian_officer, "sr-latn")
    _profile(english_officer, "en")
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, submission(subject="Ndriçimi"))
    assert response.status_code == 201
    code = response.json()["tracking_code"]
    notices = {tuple(m.to): m for m in mail.outbox if code in m.subject}
    # No choice made: the site's source language (Albanian).
    assert notices[("rruget@kllokot.example",)].subject.startswith(f"Mesazh i ri {code}")
    assert "Rrugët dhe ndriçimi publik" in notices[("rruget@kllokot.example",)].body
    serbian = notices[("putevi@kllokot.example",)]
    assert serbian.subject.startswith(f"Nova poruka {code}")
    assert "Kategorija: Putevi i javna rasveta" in serbian.body
    assert "Pritužba: Ndriçimi" in serbian.body or "Žalba: Ndriçimi" in serbian.body
    english = notices[("roads@kllokot.example",)]
    assert english.subject.startswith(f"New {code} for ")
    assert "Category: Roads and street lighting" in english.body
    assert "Complaint: Ndriçimi" in english.body


@pytest.mark.parametrize(
    "preferred, language",
    [("", "sq"), ("sr-latn", "sr-latn"), ("sr", "sr-latn"), ("en", "en"), ("de", "sq")],
)
def test_the_officers_language_falls_back_to_the_source_language(preferred, language):
    user = UserFactory(username=f"lang-{preferred or 'none'}")
    _profile(user, preferred)
    user.refresh_from_db()
    assert officer_language(user) == language


@pytest.mark.parametrize(
    "language, asks",
    [("sq", "Sa bëjnë "), ("sr-latn", "Koliko je "), ("en", "What is ")],
)
def test_the_site_form_takes_the_answer_to_the_question_in_words(client, category, language, asks):
    from captcha.models import CaptchaStore
    from django.utils import translation

    from services.captcha_question import NUMBERS, question_key
    from services.complaints.pages import ComplaintFormPage

    url = ComplaintFormPage.objects.get(locale__language_code=language).url
    form = client.get(url)
    html = form.content.decode()
    assert f"<strong>{asks}" in html
    key = form.context["form"]["captcha_key"].value()
    total = int(CaptchaStore.objects.get(hashkey=question_key(key)).response)
    with translation.override(language):
        word = str(NUMBERS[total])
    response = client.post(
        url,
        {
            "kind": "complaint",
            "category": category.pk,
            "subject": "Ndriçimi",
            "text": "Llambat nuk ndizen.",
            "consent": "on",
            "captcha_key": key,
            "captcha_answer": word.upper(),
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert Complaint.objects.count() == 1
