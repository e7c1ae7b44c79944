"""Registration of interest in the gathering: the same form and gate on the site and in the API,
a captcha, translated refusals, nothing stored from a refused registration."""

import datetime

import pytest
from django.core.management import call_command

from diaspora.models import DiasporaEventPage, InterestRegistration
from tests.diaspora.conftest import captcha_from, close, interest_data, solved_captcha
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def api_url(event) -> str:
    return f"/api/v3/diaspora/events/{event.pk}/interest/"


def test_a_registration_on_the_site_is_stored_and_confirmed_without_personal_data_in_the_url(
    client, event, locales
):
    serbian = event.get_translation(locales["sr-latn"])
    form = client.get(serbian.url)
    assert form.status_code == 200
    response = client.post(serbian.url, {**interest_data(), **captcha_from(form)})
    assert response.status_code == 302
    assert response["Location"] == f"{serbian.url}?registered#interest"
    (registration,) = InterestRegistration.objects.all()
    assert registration.email == "dragan@example.org" and registration.people == 4
    assert registration.event.specific == serbian and registration.language == "sr-latn"
    assert "dragan" not in response["Location"]
    thanks = client.get(response["Location"])
    assert "Hvala: Vaše interesovanje je prijavljeno." in thanks.content.decode()
    assert thanks["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"captcha_answer": "wrong"}, "captcha_answer", "Odgovor se ne slaže"),
        ({"captcha_key": "", "captcha_answer": ""}, "captcha_answer", "Odgovor se ne slaže"),
        ({"email": "not-an-address"}, "email", "Unesite ispravnu e-mail adresu."),
        ({"people": "0"}, "people", "veća od 1"),
        ({"people": "1000"}, "people", "manja od 50"),
        (
            {"consent": None},
            "consent",
            "Možemo da Vas prijavimo samo ako smemo da Vas kontaktiramo.",
        ),
    ],
)
def test_the_site_refuses_bad_input_in_the_readers_language(
    client, event, locales, overrides, field, message
):
    serbian = event.get_translation(locales["sr-latn"])
    form = client.get(serbian.url)
    data = {**interest_data(), **captcha_from(form), **overrides}
    data = {key: value for key, value in data.items() if value is not None}
    response = client.post(serbian.url, data)
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert message in response.content.decode()
    assert not InterestRegistration.objects.exists()


def test_a_closed_gathering_takes_no_registration(client, event, locales):
    close(event)
    english = DiasporaEventPage.objects.get(pk=event.get_translation(locales["en"]).pk)
    html = client.get(english.url).content.decode()
    assert "Registration of interest for this gathering is closed." in html
    assert 'name="captcha_answer"' not in html
    response = client.post(english.url, {**interest_data(), **solved_captcha(client)})
    assert response.status_code == 400
    assert not InterestRegistration.objects.exists()
    api = client.post(
        api_url(english),
        {**interest_data(), **solved_captcha(client)},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="sq",
    )
    assert api.status_code == 409
    assert api.json()["detail"] == "Regjistrimi i interesimit për këtë ngjarje është mbyllur."
    assert not InterestRegistration.objects.exists()


def test_the_api_stores_one_registration_with_a_solved_captcha(client, event):
    body = {**interest_data(people=2, consent=True), **solved_captcha(client)}
    response = client.post(
        api_url(event), body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 201, response.content
    assert response.json() == {"detail": "Thank you: your interest is registered."}
    assert InterestRegistration.objects.get().people == 2


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"captcha_answer": "wrong"}, "captcha_answer", "Përgjigjja nuk përputhet"),
        ({"captcha_key": None, "captcha_answer": None}, "captcha_answer", "Përgjigjja nuk"),
        ({"email": "x@"}, "email", "Jepni një adresë email të vlefshme."),
        ({"people": 0}, "people", "1"),
        ({"people": 1000}, "people", "50"),
    ],
)
def test_the_api_refuses_bad_input_with_a_translated_problem(
    client, event, overrides, field, message
):
    body = {**interest_data(consent=True), **solved_captcha(client), **overrides}
    body = {key: value for key, value in body.items() if value is not None}
    response = client.post(
        api_url(event), body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="sq"
    )
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["title"] == "Kërkesë e pasaktë" or problem["title"]
    errors = {tuple(error["loc"]): error["msg"] for error in problem["errors"]}
    assert message in errors[("body", field)]
    assert not InterestRegistration.objects.exists()


def test_the_api_answers_404_for_an_unknown_gathering_and_422_for_a_bad_id(client):
    response = client.post(
        "/api/v3/diaspora/events/999999/interest/", {}, content_type="application/json"
    )
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")
    response = client.post(
        "/api/v3/diaspora/events/null/interest/",
        {},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="sr-latn",
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["path", "event_id"]


def test_registrations_are_rate_limited(client, event, settings):
    settings.DIASPORA_INTEREST_RATE = "2/h"
    for _ in range(2):
        body = {**interest_data(consent=True), **solved_captcha(client)}
        assert client.post(api_url(event), body, content_type="application/json").status_code == 201
    body = {**interest_data(consent=True), **solved_captcha(client)}
    response = client.post(api_url(event), body, content_type="application/json")
    assert response.status_code == 429 and response["Retry-After"]
    assert InterestRegistration.objects.count() == 2


def test_the_openapi_document_describes_the_endpoint_from_the_form(client):
    document = client.get("/api/v3/openapi.json").json()
    operation = document["paths"]["/api/v3/diaspora/events/{event_id}/interest/"]["post"]
    assert set(operation["responses"]) >= {"201", "400", "404", "409", "413", "415", "422", "429"}
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["people"]["minimum"] == 1
    assert schema["properties"]["people"]["maximum"] == 50
    assert set(schema["required"]) >= {"name", "email", "country", "people", "consent"}
    assert {"captcha_key", "captcha_answer"} <= set(schema["required"])
    listing = document["paths"]["/api/v3/diaspora/associations/"]["get"]
    assert "400" in listing["responses"]


def test_the_information_office_lists_and_exports_registrations(client, event):
    event.interest_registrations.create(
        name="Ana", email="ana@example.org", country="CH", people=3, language="sq"
    )
    office = UserFactory(username="office", groups=["Information Office"])
    client.force_login(office)
    listing = client.get("/admin/diaspora_interest/")
    assert listing.status_code == 200 and "ana@example.org" in listing.content.decode()
    export = client.get("/admin/diaspora_interest/?export=csv")
    assert export.status_code == 200
    assert "ana@example.org" in b"".join(export.streaming_content).decode()
    assert client.get("/admin/diaspora_interest/new/").status_code in (302, 403)


def test_registrations_are_purged_after_the_retention_period(event, settings):
    event.interest_registrations.create(
        name="Ana", email="ana@example.org", country="CH", people=3, language="sq"
    )
    call_command("purge_interest_registrations")
    assert InterestRegistration.objects.count() == 1  # the gathering is still to come
    settings.DIASPORA_INTEREST_RETENTION_DAYS = 30
    long_ago = datetime.date.today() - datetime.timedelta(days=31)
    DiasporaEventPage.objects.filter(pk=event.pk).update(start_date=long_ago, end_date=long_ago)
    call_command("purge_interest_registrations")
    assert not InterestRegistration.objects.exists()
