"""The polls API as another front end uses it: lists per language, one poll with its
translations, and clear 4xx answers to bad requests."""

import datetime
import json

import pytest
from django.utils import timezone

from services.polls.models import Poll, Vote
from tests.polls.conftest import make_poll

pytestmark = pytest.mark.django_db


def test_the_list_has_open_and_recent_polls_in_the_language_asked_for(client, locales):
    now = timezone.now()
    make_poll(
        locales,
        translated=False,
        question="Sondazh i ardhshëm",
        opens_at=now + datetime.timedelta(days=3),
        closes_at=now + datetime.timedelta(days=9),
    )
    make_poll(
        locales,
        translated=False,
        question="Sondazh i vjetër",
        opens_at=now - datetime.timedelta(days=400),
        closes_at=now - datetime.timedelta(days=300),
    )
    answer = client.get("/api/v3/polls/?locale=sr-latn")
    assert answer.status_code == 200
    items = answer.json()["items"]
    assert [item["question"] for item in items] == [
        "Kako najradije dobijate informacije od opštine?",
        "Koje teme želite da nalazite u informativnom biltenu?",
    ]
    assert [item["status"] for item in items] == ["open", "closed"]
    first = items[0]
    assert first["locale"] == "sr-latn" and len(first["choices"]) == 6
    assert {t["locale"] for t in first["translations"]} == {"sq", "en"}
    assert first["url"].endswith(f"/sr-latn/ankete/{first['id']}/")
    assert first["voted"] is False
    albanian = [item["question"] for item in client.get("/api/v3/polls/").json()["items"]]
    assert "Sondazh i ardhshëm" not in albanian and "Sondazh i vjetër" not in albanian


def test_the_list_pages_with_limit_and_offset(client):
    answer = client.get("/api/v3/polls/?limit=1&offset=1").json()
    assert answer["count"] == 2 and len(answer["items"]) == 1
    assert answer["items"][0]["status"] == "closed"


@pytest.mark.parametrize(
    "path, status",
    [
        ("/api/v3/polls/?locale=xx", 400),
        ("/api/v3/polls/?limit=abc", 400),
        ("/api/v3/polls/?limit=0", 400),
        ("/api/v3/polls/?offset=-5", 400),
        ("/api/v3/polls/999999/", 404),
        ("/api/v3/polls/99999999999/", 404),
        ("/api/v3/polls/abc/", 400),
        ("/api/v3/polls/999999/results/", 404),
    ],
)
def test_bad_reads_are_translated_problems(client, path, status):
    answer = client.get(path, HTTP_ACCEPT_LANGUAGE="sq")
    assert answer.status_code == status
    assert answer["Content-Type"] == "application/problem+json"
    assert answer.json()["title"] in ("Kërkesë e gabuar", "Nuk u gjet")


@pytest.mark.parametrize(
    "body, content_type, status",
    [
        ("{not json", "application/json", 400),
        ("[1, 2]", "application/json", 400),
        ('{"choice": "abc"}', "application/json", 400),
        ('{"choice": 999999}', "application/json", 400),
        ("{}", "application/json", 400),
        ('{"choice": [1, 2]}', "application/json", 400),
        ("choice=1", "text/plain", 415),
    ],
)
def test_bad_votes_get_a_clear_4xx_and_count_nothing(client, poll, body, content_type, status):
    answer = client.post(f"/api/v3/polls/{poll.pk}/vote/", body, content_type=content_type)
    assert answer.status_code == status, answer.content
    assert answer["Content-Type"] == "application/problem+json"
    assert not Vote.objects.filter(poll_key=poll.translation_key).exists()


def test_an_answer_of_another_poll_is_refused_with_the_field_named(client, poll, locales):
    other = Poll.objects.get(locale=locales["sq"], multiple=False, question__startswith="Si ")
    foreign = other.choices.first().pk
    answer = client.post(
        f"/api/v3/polls/{poll.pk}/vote/",
        json.dumps({"choice": foreign}),
        content_type="application/json",
    )
    assert answer.status_code == 400
    (error,) = answer.json()["errors"]
    assert error["loc"] == ["body", "choice"]
    assert "nuk është njëra nga përgjigjet e këtij sondazhi" in error["msg"]


def test_an_oversized_vote_is_refused_before_it_is_read(client, poll):
    answer = client.post(
        f"/api/v3/polls/{poll.pk}/vote/",
        "{}",
        content_type="application/json",
        CONTENT_LENGTH=str(10**9),
    )
    assert answer.status_code == 413


def test_the_openapi_document_describes_voting(client):
    document = client.get("/api/v3/openapi.json").json()
    operation = document["paths"]["/api/v3/polls/{poll_id}/vote/"]["post"]
    assert set(operation["responses"]) >= {"201", "400", "404", "409", "413", "415", "429"}
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert "choice" in schema["properties"] and "oneOf" in schema["properties"]["choice"]
    results = document["paths"]["/api/v3/polls/{poll_id}/results/"]["get"]
    assert "403" in results["responses"]
