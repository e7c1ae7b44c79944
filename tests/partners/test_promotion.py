"""Promotion for donors and investors: the pages in three languages, their API fields, the
filters on the site and the API, the feed, bad input, and query counts that do not grow with
the lists."""

import datetime
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_localize.models import Translation, TranslationSource

from partners.promotion import (
    DonorConferencePage,
    DonorProject,
    DonorProjectsPage,
    InvestIndexPage,
    InvestmentOpportunityPage,
    InvestorNewsPage,
)
from tests.partners.promotion_factories import (
    DonorProjectFactory,
    InvestmentOpportunityPageFactory,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANGUAGES = ["sq", "sr-latn", "en"]
PAGE_TYPES = [
    InvestIndexPage,
    InvestmentOpportunityPage,
    DonorProjectsPage,
    DonorConferencePage,
    InvestorNewsPage,
]
#: A text each page type shows, by language (from the demo).
SHOWN = {
    InvestIndexPage: {"sq": "Në shifra", "sr-latn": "U brojkama", "en": "In figures"},
    InvestmentOpportunityPage: {"sq": "Sektori", "sr-latn": "Sektor", "en": "Sector"},
    DonorProjectsPage: {"sq": "Donatori", "sr-latn": "Donator", "en": "Donor"},
    DonorConferencePage: {"sq": "Programi", "sr-latn": "Program", "en": "Programme"},
    InvestorNewsPage: {
        "sq": "Në takim u prezantuan",
        "sr-latn": "Na sastanku su predstavljene",
        "en": "The meeting presented",
    },
}


def index(language: str) -> InvestIndexPage:
    return InvestIndexPage.objects.get(locale__language_code=language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_each_page_type_renders_in_each_language(client, model, language):
    page = model.objects.live().filter(locale__language_code=language).first()
    assert page is not None, "the demo has one of each"
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{page.title}</h1>".replace("'", "&#x27;") in html
    assert SHOWN[model][language] in html


API_FIELDS = {
    InvestIndexPage: {"figures", "reasons", "contact", "brochures"},
    InvestmentOpportunityPage: {
        "sector",
        "location",
        "size",
        "size_unit",
        "utilities",
        "incentives",
        "documents",
        "contact",
    },
    DonorProjectsPage: {"intro"},
    DonorConferencePage: {"start_date", "place", "programme", "invited", "documents"},
    InvestorNewsPage: {"date", "body"},
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_each_page_type_is_listed_in_the_api_with_its_fields(client, model, language):
    label = model._meta.label
    response = client.get(f"/api/v3/pages/?type={label}&fields=*&locale={language}")
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == (3 if model is InvestmentOpportunityPage else 1)
    item = items[0]
    assert API_FIELDS[model] <= set(item)
    assert item["meta"]["locale"] == language
    assert {other["locale"] for other in item["translations"]} == set(LANGUAGES) - {language}
    detail = client.get(f"/api/v3/pages/{item['id']}/").json()
    assert API_FIELDS[model] <= set(detail)


def test_the_api_gives_the_why_invest_here_figures_and_brochures(client):
    item = client.get(f"/api/v3/pages/{index('sr-latn').pk}/").json()
    figures = [block["value"] for block in item["figures"]]
    assert {
        "value": "2.556",
        "label": "stanovnika",
        "source": "Popis stanovništva 2011.",
    } in figures
    brochures = [block["value"] for block in item["brochures"]]
    assert [brochure["language"] for brochure in brochures] == ["sq", "sr-latn", "en"]
    assert brochures[1]["title"] == "Investirajte u Klokotu (brošura na srpskom)"
    assert brochures[1]["url"].endswith(".pdf")
    assert item["contact"]["office"] == "Odeljenje za ekonomiju, finansije i budžet"


def test_opportunities_filter_by_sector_on_the_site(client):
    page = index("en")
    html = client.get(page.url, {"sector": "agriculture"}).content.decode()
    assert "Farmland for greenhouses in Vrbovac" in html
    assert "Health tourism by the thermal springs" not in html
    assert '<option value="agriculture" selected>' in html
    # The form is a plain GET form with a label, usable without script.
    assert '<label for="invest-sector">Sector</label>' in html
    everything = client.get(page.url, {"sector": "casinos"})
    assert everything.status_code == 200
    text = everything.content.decode()
    assert "There is no such sector: all opportunities are shown." in text
    assert "Health tourism by the thermal springs" in text and "Vrbovac" in text


def test_opportunities_filter_by_sector_in_the_api(client):
    response = client.get(
        "/api/v3/pages/?type=partners.InvestmentOpportunityPage&fields=*"
        "&sector=agriculture&locale=en"
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Farmland for greenhouses in Vrbovac"]
    (item,) = items
    assert item["sector"] == "agriculture"
    assert item["utilities"] == ["water", "electricity", "road"]
    assert item["size"] == "2.50" and item["size_unit"] == "ha"


def test_donor_projects_filter_by_status_and_year_on_the_site(client):
    page = DonorProjectsPage.objects.get(locale__language_code="sr-latn")
    done = client.get(page.url, {"status": "done"}).content.decode()
    assert "Promotivni materijal i suveniri" in done
    assert "Mesečni informativni bilten" not in done
    assert "1 projekat." in done
    # Amounts as Serbian writes them; the project links to its page in Serbian.
    planned = client.get(page.url, {"status": "planned", "year": "2020"}).content.decode()
    assert "6.500,00\u00a0€" in planned
    conference = DonorConferencePage.objects.get(locale__language_code="sr-latn")
    assert f'<a href="{conference.url}">Donatorska konferencija</a>' in planned
    assert "Štandovi za sajmove" not in planned
    in_2019 = client.get(page.url, {"year": "2019"}).content.decode()
    assert "Promotivni materijal i suveniri" in in_2019 and "Štandovi" not in in_2019


def test_a_bad_filter_on_the_site_shows_every_project_and_says_so(client):
    page = DonorProjectsPage.objects.get(locale__language_code="sq")
    for query in ({"year": "abc"}, {"status": "lost"}, {"year": "1850"}):
        response = client.get(page.url, query)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Ky filtër nuk është i vlefshëm; nuk u zbatua." in html
        assert "4 projekte." in html


def test_the_donor_projects_api_filters_and_lists_translations(client):
    response = client.get("/api/v3/donor-projects/", {"locale": "en", "status": "planned"})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    assert {item["project"] for item in body["items"]} == {
        "Donors' conference",
        "Monthly information bulletin",
    }
    conference = next(item for item in body["items"] if item["project"] == "Donors' conference")
    assert conference["locale"] == "en" and conference["amount_eur"] == "800.00"
    assert conference["status"] == "planned" and conference["status_label"] == "Planned"
    assert conference["html_url"].endswith("/en/invest/donors-conference-2020/")
    assert {other["locale"] for other in conference["translations"]} == {"sq", "sr-latn"}
    source = client.get("/api/v3/donor-projects/", {"year": 2019}).json()
    assert source["count"] == 1
    assert source["items"][0]["locale"] == "sq"
    assert source["items"][0]["status_label"] == "I përfunduar"
    page = client.get("/api/v3/donor-projects/", {"locale": "sq", "limit": 2, "offset": 2}).json()
    assert page["count"] == 4 and len(page["items"]) == 2


@pytest.mark.parametrize(
    "query, field, message",
    [
        ({"status": "lost"}, "status", "Nepoznata vrednost. Koristite jednu od:"),
        ({"year": "abc"}, "year", "Unesite ceo broj."),
        ({"year": "1850"}, "year", "Unesite broj koji nije manji od 1999."),
        ({"locale": "xx"}, "locale", "Nepoznat jezik"),
        ({"limit": "0"}, "limit", "Unesite broj od 1 do"),
    ],
)
def test_bad_input_to_the_api_is_a_translated_400(client, query, field, message):
    response = client.get("/api/v3/donor-projects/", query, HTTP_ACCEPT_LANGUAGE="sr-latn")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["title"] == "Neispravan zahtev"
    (error,) = problem["errors"]
    assert error["loc"] == ["query", field]
    assert error["msg"].startswith(message)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feed_is_atom_in_the_sections_language_and_advertised(client, language):
    page = index(language)
    html = client.get(page.url).content.decode()
    head = html[: html.index("</head>")]
    assert 'rel="alternate" type="application/atom+xml"' in head
    assert f'href="{page.url}feed/"' in head
    response = client.get(f"{page.url}feed/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    assert root.tag == f"{ATOM}feed"
    assert root.get(XML_LANG) == language
    assert root.findtext(f"{ATOM}title").startswith(page.title)
    links = {
        link.get("href")
        for entry in root.iter(f"{ATOM}entry")
        for link in entry.iter(f"{ATOM}link")
    }
    news = InvestorNewsPage.objects.get(locale__language_code=language)
    conference = DonorConferencePage.objects.get(locale__language_code=language)
    assert {news.full_url, conference.full_url} <= links
    entries = {
        entry.findtext(f"{ATOM}title"): entry.findtext(f"{ATOM}published")
        for entry in root.iter(f"{ATOM}entry")
    }
    # An event is dated by its day, news by theirs.
    assert entries[conference.title].startswith("2020-10-15")
    assert entries[news.title].startswith("2020-02-20")


def queries(client, url: str) -> int:
    client.get(url)  # caches warm (menus, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def add_opportunities(parent: InvestIndexPage, count: int) -> None:
    for _n in range(count):
        InvestmentOpportunityPageFactory(parent=parent, sector="energy")


def add_projects(locale, count: int, page) -> None:
    for n in range(count):
        DonorProjectFactory(locale=locale, status="done", page=page if n % 2 else None)


def test_the_listings_cost_the_same_queries_for_10_and_100_entries(client, locales):
    page = index("en")
    projects_page = DonorProjectsPage.objects.get(locale=locales["en"])
    # Linked to the Albanian conference: each project's page is found in English.
    linked = DonorConferencePage.objects.get(locale=locales["sq"])
    DonorProject.objects.filter(locale=locales["en"]).delete()
    urls = {
        "opportunities": f"{page.url}?sector=energy",
        "projects": f"{projects_page.url}?status=done",
        "api": "/api/v3/donor-projects/?locale=en&status=done&limit=20",
        "pages api": (
            "/api/v3/pages/?type=partners.InvestmentOpportunityPage&fields=*"
            "&sector=energy&locale=en&limit=20"
        ),
    }
    add_opportunities(page, 10)
    add_projects(locales["en"], 10, linked)
    few = {name: queries(client, url) for name, url in urls.items()}
    add_opportunities(page, 90)
    add_projects(locales["en"], 90, linked)
    many = {name: queries(client, url) for name, url in urls.items()}
    html = client.get(urls["projects"]).content.decode()
    assert "100 projects." in html and html.count('href="/en/invest/donors-conference-2020/"') == 50
    assert client.get(urls["opportunities"]).content.decode().count("Mundësi ") == 100
    assert many == few, (few, many)


def sync_translations(instance) -> None:
    """What "Sync translated pages" does in the admin after the source changed."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    for translation in Translation.objects.filter(source=source):
        translation.save_target(publish=True)


def test_amounts_statuses_sectors_and_dates_follow_the_source_in_every_language(locales):
    project = DonorProject.objects.get(locale=locales["sq"], project="Stenda për panaire")
    project.amount = Decimal("3500.00")
    project.status = DonorProject.Status.DONE
    project.save()
    sync_translations(project)
    serbian = project.get_translation(locales["sr-latn"])
    assert serbian.amount == Decimal("3500.00") and serbian.status == "done"
    # The texts stay translated.
    assert serbian.project == "Štandovi za sajmove"

    opportunity = InvestmentOpportunityPage.objects.get(
        locale=locales["sq"], slug="perpunimi-i-produkteve"
    )
    opportunity.sector = "services"
    opportunity.size = Decimal("500")
    opportunity.save_revision().publish()
    sync_translations(opportunity)
    english = opportunity.get_translation(locales["en"])
    assert english.sector == "services" and english.size == Decimal("500")
    assert english.title == "Building for processing farm produce"

    news = InvestorNewsPage.objects.get(locale=locales["sq"])
    news.date = datetime.date(2020, 3, 2)
    news.save_revision().publish()
    sync_translations(news)
    assert news.get_translation(locales["sr-latn"]).date == datetime.date(2020, 3, 2)
