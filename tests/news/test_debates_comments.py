"""Citizens' comments on a consultation: one form and one gate for the page and the API, a
captcha, translated refusals, nothing stored from a refused comment, nothing identifying from an
anonymous one."""

import pytest
from django.utils import timezone

from news.debates import DebateComment
from tests.news.debate_factories import (
    captcha_from,
    close,
    comment_data,
    open_debate,
    solved_captcha,
)

pytestmark = pytest.mark.django_db


def api_url(debate) -> str:
    return f"/api/v3/debates/{debate.pk}/comments/"


@pytest.fixture(autouse=True)
def _since(monkeypatch):
    """Comments sent by this test (the demo's own were received days ago)."""
    global SINCE
    SINCE = timezone.now()


SINCE = timezone.now()


def new_comments(debate):
    return debate.all_comments().filter(created_at__gte=SINCE)


def test_a_comment_on_the_page_is_stored_and_thanked_without_personal_data_in_the_url(client):
    serbian = open_debate("sr-latn")
    form = client.get(serbian.url)
    assert form.status_code == 200
    response = client.post(serbian.url, {**comment_data(), **captcha_from(form)})
    assert response.status_code == 302
    assert response["Location"] == f"{serbian.url}?commented#comment"
    (comment,) = new_comments(serbian)
    assert comment.debate.pk == serbian.pk and comment.language == "sr-latn"
    assert comment.name == "Vesna Marković" and comment.email == "vesna@example.org"
    assert comment.section == "Neni 12" and not comment.outcome
    assert "vesna" not in response["Location"].lower()
    thanks = client.get(response["Location"])
    assert "Hvala: Vaš komentar je primljen." in thanks.content.decode()
    assert thanks["Cache-Control"] == "no-store"


def test_an_anonymous_comment_keeps_nothing_identifying(client):
    debate = open_debate("sq")
    form = client.get(debate.url)
    response = client.post(
        debate.url,
        {**comment_data(anonymous="on"), **captcha_from(form)},
        REMOTE_ADDR="203.0.113.7",
    )
    assert response.status_code == 302
    (comment,) = new_comments(debate)
    assert comment.anonymous and comment.name == "" and comment.email == ""
    stored = " ".join(str(value) for value in DebateComment.objects.filter(pk=comment.pk).values())
    assert "203.0.113.7" not in stored and "Vesna" not in stored


ERRORS = {
    "sq": {
        "text": "Ju lutemi shkruani komentin tuaj.",
        "captcha_answer": "Përgjigjja nuk përputhet",
        "email": "Jepni një adresë email të vlefshme.",
    },
    "sr-latn": {
        "text": "Molimo Vas da napišete svoj komentar.",
        "captcha_answer": "Odgovor se ne slaže",
        "email": "Unesite ispravnu e-mail adresu.",
    },
    "en": {
        "text": "Please write your comment.",
        "captcha_answer": "The answer does not match",
        "email": "Enter a valid email address.",
    },
}
LONG = {
    "sq": "5000",
    "sr-latn": "5000",
    "en": "5000",
}


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"text": "   "}, "text"),
        ({"captcha_answer": "wrong"}, "captcha_answer"),
        ({"email": "not-an-address"}, "email"),
        ({"text": "x" * 5001}, "text"),
    ],
)
def test_the_page_refuses_bad_input_in_the_readers_language(client, language, overrides, field):
    page = open_debate(language)
    form = client.get(page.url)
    response = client.post(page.url, {**comment_data(), **captcha_from(form), **overrides})
    assert response.status_code == 400
    errors = " ".join(response.context["form"].errors[field])
    expected = LONG[language] if len(overrides.get("text", "")) > 5000 else ERRORS[language][field]
    assert expected in errors
    assert expected in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert not new_comments(page).exists()


def test_a_closed_consultation_takes_no_comment(client):
    debate = open_debate("en")
    close(debate)
    english = type(debate).objects.get(pk=debate.pk)
    html = client.get(english.url).content.decode()
    assert "its comment period is closed." in html and 'name="captcha_answer"' not in html
    response = client.post(english.url, {**comment_data(), **solved_captcha(client)})
    assert response.status_code == 400
    api = client.post(
        api_url(english),
        {**comment_data(), **solved_captcha(client)},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="sr-latn",
    )
    assert api.status_code == 409
    assert api["Content-Type"].startswith("application/problem+json")
    assert api.json()["detail"] == (
        "Ove javne konsultacije sada ne primaju komentare: period za komentare je završen."
    )
    assert not new_comments(english).exists()


def test_the_api_stores_a_comment_with_a_solved_captcha(client):
    debate = open_debate("sq")
    body = {**comment_data(anonymous=False), **solved_captcha(client)}
    response = client.post(
        api_url(debate), body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 201, response.content
    assert response.json() == {"detail": "Thank you: your comment is received."}
    (comment,) = new_comments(debate)
    assert comment.email == "vesna@example.org" and not comment.anonymous


def test_the_api_drops_the_name_of_an_anonymous_comment(client):
    debate = open_debate("sq")
    body = {**comment_data(anonymous=True), **solved_captcha(client)}
    response = client.post(api_url(debate), body, content_type="application/json")
    assert response.status_code == 201
    (comment,) = new_comments(debate)
    assert comment.anonymous and not comment.name and not comment.email


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"text": ""}, "text"),
        ({"captcha_answer": "wrong"}, "captcha_answer"),
        ({"captcha_key": None, "captcha_answer": None}, "captcha_answer"),
        ({"email": "x@"}, "email"),
    ],
)
def test_the_api_refuses_bad_input_with_a_translated_problem(client, language, overrides, field):
    debate = open_debate("sq")
    body = {**comment_data(), **solved_captcha(client), **overrides}
    body = {key: value for key, value in body.items() if value is not None}
    response = client.post(
        api_url(debate), body, content_type="application/json", HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    errors = {tuple(error["loc"]): error["msg"] for error in response.json()["errors"]}
    assert ERRORS[language][field] in errors[("body", field)]
    assert not new_comments(debate).exists()


def test_the_api_refuses_a_comment_too_long_and_the_honeypot(client):
    debate = open_debate("sq")
    long = client.post(
        api_url(debate),
        {**comment_data(text="x" * 5001), **solved_captcha(client)},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="sr-latn",
    )
    assert long.status_code == 400
    (error,) = long.json()["errors"]
    assert error["loc"] == ["body", "text"] and "5000" in error["msg"]
    trap = client.post(
        api_url(debate),
        {**comment_data(), **solved_captcha(client), "website": "http://spam.example"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="sq",
    )
    assert trap.status_code == 400
    assert trap.json()["detail"] == "Mesazhi juaj nuk mund të pranohej."
    assert not new_comments(debate).exists()


def test_the_api_answers_404_415_and_422(client):
    missing = client.post(
        "/api/v3/debates/999999/comments/",
        {},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert missing.status_code == 404 and missing.json()["detail"] == "No such consultation."
    bad_id = client.post("/api/v3/debates/null/comments/", {}, content_type="application/json")
    assert bad_id.status_code == 422
    debate = open_debate("sq")
    unsupported = client.post(api_url(debate), "text", content_type="text/plain")
    assert unsupported.status_code == 415


def test_comments_are_rate_limited(client, settings):
    settings.NEWS_DEBATE_COMMENT_RATE = "2/h"
    debate = open_debate("sq")
    for _ in range(2):
        body = {**comment_data(), **solved_captcha(client)}
        assert (
            client.post(api_url(debate), body, content_type="application/json").status_code == 201
        )
    body = {**comment_data(), **solved_captcha(client)}
    response = client.post(
        api_url(debate), body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 429 and response["Retry-After"]
    assert response.json()["detail"] == "Too many requests. Please wait a while and try again."
    assert new_comments(debate).count() == 2


def test_the_openapi_document_describes_the_endpoint_from_the_form(client):
    document = client.get("/api/v3/openapi.json").json()
    operation = document["paths"]["/api/v3/debates/{debate_id}/comments/"]["post"]
    assert set(operation["responses"]) >= {"201", "400", "404", "409", "413", "415", "422", "429"}
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["text"]["maxLength"] == 5000
    assert {"text", "captcha_key", "captcha_answer"} <= set(schema["required"])
    assert "anonymous" in schema["properties"] and "website" in schema["properties"]
    listing = document["paths"]["/api/v3/debates/"]["get"]
    assert "400" in listing["responses"]
