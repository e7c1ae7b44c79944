"""``GET /api/v3/holidays/``: the calendar's days for another front end, with bad input
answered 400 problem+json (never a 500)."""

import datetime

import pytest

from home.calendar_days import HolidayCorrection

pytestmark = pytest.mark.django_db

URL = "/api/v3/holidays/"


def test_a_year_in_serbian(client):
    response = client.get(URL, {"year": 2026, "locale": "sr-latn"})
    assert response.status_code == 200
    data = response.json()
    assert (data["start"], data["end"], data["locale"]) == ("2026-01-01", "2026-12-31", "sr-latn")
    by_date = {(item["date"], item["kind"]): item for item in data["items"]}
    assert data["count"] == len(data["items"])
    labour = by_date[("2026-05-01", "official")]
    assert labour["name"] == "Međunarodni dan rada" and labour["day_off"]
    assert not labour["estimated"] and labour["key"] == "International Labor Day"
    eid = by_date[("2026-05-27", "official")]
    assert eid["estimated"] and eid["name"] == "Kurban-bajram, prvi dan"
    press = by_date[("2026-05-03", "international")]
    assert press["name"] == "Svetski dan slobode medija" and not press["day_off"]
    assert [item["date"] for item in data["items"]] == sorted(i["date"] for i in data["items"])


def test_a_confirmed_date_is_served_and_no_longer_estimated(client):
    HolidayCorrection.objects.create(
        key="Eid al-Adha",
        year=2026,
        estimated_date=datetime.date(2026, 5, 27),
        date=datetime.date(2026, 5, 26),
    )
    items = client.get(URL, {"from": "2026-05-20", "to": "2026-05-31", "locale": "en"}).json()
    eids = [item for item in items["items"] if item["key"] == "Eid al-Adha"]
    assert [(e["date"], e["estimated"]) for e in eids] == [("2026-05-26", False)]


def test_range_and_kinds(client):
    data = client.get(
        URL, {"from": "2026-12-01", "to": "2027-01-10", "kind": "international", "locale": "en"}
    ).json()
    assert [item["name"] for item in data["items"]] == [
        "International Day of Persons with Disabilities",
        "Human Rights Day",
    ]
    both = client.get(
        URL + "?from=2026-12-01&to=2027-01-10&kind=official&kind=international&locale=en"
    ).json()
    assert {item["kind"] for item in both["items"]} == {"official", "international"}
    assert "2027-01-04" in {item["date"] for item in both["items"]}  # the observed Monday


def test_the_language_follows_accept_language_without_locale(client):
    data = client.get(URL, {"year": 2027}, HTTP_ACCEPT_LANGUAGE="en").json()
    assert data["locale"] == "en"
    assert data["items"][0]["name"] == "New Year's Day"


def test_the_ends_of_the_calendar_answer_empty(client):
    for start, end in (("0001-01-01", "0001-01-02"), ("9999-12-30", "9999-12-31")):
        response = client.get(URL, {"from": start, "to": end, "kind": "official"})
        assert response.status_code == 200 and response.json()["items"] == []


def test_the_cyrillic_edition_is_transliterated(client, settings):
    settings.SERBIAN_CYRILLIC = True
    data = client.get(URL, {"year": 2026, "locale": "sr-cyrl", "kind": "official"}).json()
    names = {item["date"]: item["name"] for item in data["items"]}
    assert names["2026-01-07"] == "Православни Божић"


def test_the_current_year_by_default(client):
    data = client.get(URL).json()
    year = datetime.date.today().year
    assert data["start"] == f"{year}-01-01" and data["count"] >= 12


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ({"year": "abc"}, "year"),
        ({"year": "1800"}, "year"),
        ({"year": "99999999999999999999"}, "year"),
        ({"from": "2026-02-30", "to": "2026-03-01"}, "from"),
        ({"from": "yesterday", "to": "2026-03-01"}, "from"),
        ({"from": "0", "to": "86400"}, "from"),  # Unix times, which pydantic would take
        ({"from": "2026-01-01"}, "to"),
        ({"to": "2026-01-01"}, "from"),
        ({"from": "2026-02-01", "to": "2026-01-01"}, "to"),
        ({"from": "2020-01-01", "to": "2026-01-01"}, "to"),
        ({"year": "2026", "from": "2026-01-01", "to": "2026-02-01"}, "year"),
        ({"kind": "religious"}, "kind"),
        ({"locale": "de"}, "locale"),
    ],
)
def test_bad_input_is_a_translated_problem(client, query, where):
    response = client.get(URL, query, HTTP_ACCEPT_LANGUAGE="sr-latn")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == 400
    assert problem["title"] != "Bad Request"  # translated
    assert any(where in error["loc"] for error in problem["errors"])


def test_the_operation_is_documented(client):
    document = client.get("/api/v3/openapi.json").json()
    operation = document["paths"]["/api/v3/holidays/"]["get"]
    assert operation["operationId"] == "holidays_list"
    assert {"200", "400"} <= set(operation["responses"])
    params = {p["name"] for p in operation["parameters"]}
    assert {"year", "from", "to", "locale", "kind"} <= params
