"""The directory of international partners: filters by kind and country on the site (a GET
form) and in the API, each entry with its translations, bad filters refused in the reader's
language, and the Information Office's export of the contact list."""

import csv
import io

import pytest

from partners.twinning import InternationalPartner
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

API = "/api/v3/partners/organisations/"


def names(response) -> list[str]:
    return [item["name"] for item in response.json()["items"]]


def test_the_site_filters_the_directory_by_kind_and_country(client, directory):
    page = directory["en"]
    embassies = client.get(page.url, {"kind": "embassy"}).content.decode()
    assert "Embassy of the Republic of Poland in Pristina" in embassies
    assert "European Union Office in Kosovo" in embassies
    assert "OSCE Mission in Kosovo" not in embassies
    poland = client.get(page.url, {"country": "PL"}).content.decode()
    assert "Embassy of the Republic of Poland in Pristina" in poland
    assert "European Union Office in Kosovo" not in poland
    assert "1 organisation" in poland
    # Both filters together, and the choice stays selected in the form.
    both = client.get(page.url, {"kind": "agency", "country": "US"}).content.decode()
    assert "USAID Kosovo" in both and "ECMI" not in both
    assert '<option value="US" selected>' in both


def test_the_filter_form_is_labelled_and_sends_a_get(client, directory):
    html = client.get(directory["sr-latn"].url).content.decode()
    assert '<form method="get"' in html
    assert '<label for="id_kind">Vrsta</label>' in html
    assert '<label for="id_country">Zemlja</label>' in html
    assert "Ambasada ili diplomatska misija" in html


def test_an_unknown_filter_value_on_the_site_is_a_translated_400(client, directory):
    response = client.get(directory["sr-latn"].url, {"country": "ZZ"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Molimo Vas da ispravite filtere ispod." in html
    assert 'role="alert"' in html


def test_the_api_filters_by_locale_kind_and_country(client):
    assert "Misioni i OSBE-së në Kosovë" in names(client.get(API))
    english = client.get(API, {"locale": "en", "kind": "embassy"})
    assert sorted(names(english)) == [
        "Embassy of the Republic of Poland in Pristina",
        "European Union Office in Kosovo",
    ]
    assert names(client.get(API, {"locale": "sr-latn", "country": "PL"})) == [
        "Ambasada Republike Poljske u Prištini"
    ]
    assert client.get(API, {"locale": "en", "country": "DE"}).json() == {"items": [], "count": 0}


def test_each_entry_says_its_locale_and_its_translations(client):
    (item,) = client.get(API, {"locale": "sr-latn", "country": "PL"}).json()["items"]
    assert item["locale"] == "sr-latn" and item["kind_label"] == "Ambasada ili diplomatska misija"
    assert item["country_name"] == "Poljska"
    translations = {t["locale"]: t["id"] for t in item["translations"]}
    assert set(translations) == {"sq", "en"}
    english = InternationalPartner.objects.get(pk=translations["en"])
    assert english.name == "Embassy of the Republic of Poland in Pristina"
    assert (
        english.translation_key == InternationalPartner.objects.get(pk=item["id"]).translation_key
    )


def test_the_api_list_is_paginated(client):
    everything = client.get(API, {"locale": "en"}).json()
    assert everything["count"] == 6 and len(everything["items"]) == 6
    second = client.get(API, {"locale": "en", "limit": 2, "offset": 2}).json()
    assert second["count"] == 6
    assert [item["name"] for item in second["items"]] == [
        item["name"] for item in everything["items"][2:4]
    ]


@pytest.mark.parametrize(
    "params, field, message",
    [
        ({"country": "ZZ"}, "country", "Nepoznata zemlja „ZZ“"),
        ({"kind": "spy"}, "kind", "Nepoznata vrsta „spy“"),
        ({"limit": -1}, "limit", ""),
        ({"locale": "xx"}, "locale", ""),
    ],
)
def test_bad_filters_are_refused_in_the_readers_language(client, params, field, message):
    response = client.get(API, params, HTTP_ACCEPT_LANGUAGE="sr-latn")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["title"] == "Neispravan zahtev"
    (error,) = problem["errors"]
    assert error["loc"][-1] == field
    assert message in error["msg"]


def test_the_office_exports_the_directory_as_csv(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True, username="boss"))
    response = client.get(
        "/admin/snippets/partners/internationalpartner/",
        {"export": "csv", "locale": "en"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    osce = next(row for row in rows if row["Name"] == "OSCE Mission in Kosovo")
    assert osce["Website"] == "https://www.osce.org/mission-in-kosovo"
    assert osce["Contact"] == "Press and Public Information Office"


def test_country_codes_in_lower_case_filter_the_same_and_only_listed_countries_are_offered(
    client, directory
):
    page = directory["sr-latn"]
    html = client.get(page.url, {"country": "pl"}).content.decode()
    assert "Ambasada Republike Poljske u Prištini" in html and "1 organizacija" in html
    assert '<option value="PL" selected>Poljska</option>' in html
    # The select holds the countries the directory has entries for, not all 45.
    assert 'value="FR"' not in html and 'value="US"' in html
    assert names(client.get(API, {"locale": "sr-latn", "country": "pl"})) == [
        "Ambasada Republike Poljske u Prištini"
    ]
