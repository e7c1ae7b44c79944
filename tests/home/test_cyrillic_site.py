"""The Cyrillic edition of the Serbian site and API (/sr-cyrl/, locale=sr-cyrl)."""

import re
from xml.etree import ElementTree

import pytest
from wagtail.models import Page, PageViewRestriction

from home.models import StandardPage
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db

LATIN_LETTER = re.compile(r"[A-Za-zČčĆćĐđŠšŽž]")


@pytest.fixture
def serbian(strategy, locales) -> Page:
    """The demo's strategy page in Serbian (Latin)."""
    return strategy.get_translation(locales["sr-latn"]).specific


def cyrillic_path(page: Page) -> str:
    assert page.url.startswith("/sr-latn/")
    return "/sr-cyrl/" + page.url.removeprefix("/sr-latn/")


def alternates(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))


def visible_text(html: str) -> str:
    """The text a reader sees, without the parts that stay as they are on purpose (the
    language switcher, other languages, code)."""
    html = re.sub(r"<(script|style|code|pre)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r'<[^>]*(?:translate="no"|lang="(?:sq|en)")[^>]*>[^<]*', " ", html)
    return re.sub(r"<[^>]+>", " ", html.split("<body>", 1)[1])


def test_cyrillic_home_page_is_the_serbian_home_page_in_cyrillic(client):
    response = client.get("/sr-cyrl/")
    assert response.status_code == 200
    assert response["Content-Language"] == "sr-Cyrl"
    html = response.content.decode()
    assert '<html lang="sr-Cyrl">' in html
    assert "<title>Општина Клокот</title>" in html
    assert '<h1 id="hero-title">Општина Клокот</h1>' in html
    assert "Opština" not in html
    # Django rendered in Serbian: the interface strings come from the Serbian catalog.
    assert "Прескочи на главни садржај" in html
    assert '<a class="brand" href="/sr-cyrl/">' in html


def test_a_content_page_is_served_under_its_latin_slugs(client, serbian):
    response = client.get(cyrillic_path(serbian))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="sr-Cyrl">' in html
    assert "<h1>Стратегија за информисање и комуникацију 2019–2022</h1>" in html
    assert "уз подршку ОЕБС-а" in html
    assert serbian.title not in html.split("<body>", 1)[1]
    # What a reader sees is Cyrillic, except what stays Latin on purpose (e-mail address,
    # acronyms such as API, SEO, SMS and SWOT, codes such as 03/L-040).
    leftovers = {
        word for word in re.findall(r"[\w@.-]+", visible_text(html)) if LATIN_LETTER.search(word)
    }
    kept = {"info@kllokot.example", "API-ја", "API-ју", "API-ју.", "USAID-а", "ECMI"}
    assert leftovers <= kept | {"SEO", "SMS", "SWOT", "PDF"}, leftovers


def test_links_on_a_cyrillic_page_stay_in_cyrillic(client, serbian):
    html = client.get(cyrillic_path(serbian)).content.decode()
    links = re.findall(r'<a href="([^"]+)"([^>]*)>', html)
    serbian_links = [(href, rest) for href, rest in links if "/sr-" in href]
    assert serbian_links
    for href, rest in serbian_links:
        # Only the switcher's "Srpski" (which says where it leads) goes back to Latin.
        assert href.startswith("/sr-cyrl/") or 'hreflang="sr-Latn"' in rest, href
    assert '<a href="/sr-cyrl/o-opstini/">О општини</a>' in html
    assert 'action="/sr-cyrl/search/"' in html


def test_hreflang_alternates_list_both_scripts_of_serbian(client, serbian, strategy):
    latin = alternates(client.get(serbian.url).content.decode())
    cyrillic = alternates(client.get(cyrillic_path(serbian)).content.decode())
    albanian = alternates(client.get(strategy.url).content.decode())
    assert set(latin) == set(cyrillic) == set(albanian) == {"sq", "sr-Latn", "sr-Cyrl", "en"}
    assert latin == cyrillic == albanian
    assert latin["sr-Latn"] == f"http://testserver{serbian.url}"
    assert latin["sr-Cyrl"] == f"http://testserver{cyrillic_path(serbian)}"


def test_language_switcher_offers_cyrillic_next_to_srpski(client, serbian):
    html = client.get(serbian.url).content.decode()
    entry = (
        f'<a href="{cyrillic_path(serbian)}" hreflang="sr-Cyrl" lang="sr-Cyrl" '
        'translate="no">Српски (ћирилица)</a>'
    )
    assert entry in html
    names = re.findall(r'lang="[^"]+" translate="no">([^<]+)<', html)
    assert names == ["Shqip", "Srpski", "Српски (ћирилица)", "English"]


def test_on_a_cyrillic_page_the_switcher_leads_back_to_latin(client, serbian):
    html = client.get(cyrillic_path(serbian)).content.decode()
    assert (
        '<span aria-current="true" lang="sr-Cyrl" translate="no">Српски (ћирилица)</span>' in html
    )
    assert (
        f'<a href="{serbian.url}" hreflang="sr-Latn" lang="sr-Latn" translate="no">Srpski</a>'
        in html
    )


def test_redirects_stay_in_cyrillic(client):
    response = client.get("/sr-cyrl/o-opstini")
    assert response.status_code == 301
    assert response["Location"] == "/sr-cyrl/o-opstini/"
    assert client.get("/sr-cyrl").headers["Location"] == "/sr-cyrl/"


def test_a_missing_cyrillic_page_is_a_404_page_in_cyrillic(client):
    response = client.get("/sr-cyrl/nema-je/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="sr-Cyrl">' in html
    assert "<h1>Страница није пронађена</h1>" in html


def test_search_in_cyrillic_finds_serbian_pages_and_links_them_in_cyrillic(client, serbian):
    # Many pages speak of the strategy (its news, the bulletin): it is on one of the pages.
    html = ""
    for number in (1, 2, 3):
        response = client.get("/sr-cyrl/search/", {"q": "стратегија", "page": number})
        assert response.status_code == 200
        results = response.context["search_results"]
        assert {page.locale.language_code for page in results} == {"sr-latn"}
        html += response.content.decode()
        if not results.has_next():
            break
    assert f'<a href="{cyrillic_path(serbian)}">Стратегија' in html


def test_a_password_protected_page_returns_to_its_cyrillic_edition(client, serbian):
    restriction = PageViewRestriction.objects.create(
        page=serbian, restriction_type="password", password="tajna"
    )
    html = client.get(cyrillic_path(serbian)).content.decode()
    assert "Потребна је лозинка" in html
    action = f"/sr-cyrl/_util/authenticate_with_password/{restriction.pk}/{serbian.pk}/"
    assert f'action="{action}"' in html
    response = client.post(action, {"password": "tajna", "return_url": serbian.url})
    assert response.status_code == 302
    assert response["Location"] == cyrillic_path(serbian)


def test_turned_off_there_is_no_cyrillic_edition(client, serbian, settings):
    settings.SERBIAN_CYRILLIC = False
    for path in ("/sr-cyrl/", cyrillic_path(serbian), "/sr-cyrl"):
        assert client.get(path).status_code == 404, path
    html = client.get(serbian.url).content.decode()
    assert "sr-Cyrl" not in html and "sr-cyrl" not in html and "ћирилица" not in html
    assert set(alternates(html)) == {"sq", "sr-Latn", "en"}


# --- The API ------------------------------------------------------------------------------


def test_api_lists_serbian_pages_in_cyrillic(client):
    latin = client.get("/api/v3/pages/", {"locale": "sr-latn", "limit": 100}).json()
    response = client.get("/api/v3/pages/", {"locale": "sr-cyrl", "limit": 100})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == latin["count"]
    items = {item["id"]: item for item in data["items"]}
    assert set(items) == {item["id"] for item in latin["items"]}
    assert {item["meta"]["locale"] for item in data["items"]} == {"sr-cyrl"}
    titles = {item["title"] for item in data["items"]}
    assert {"Почетна", "О општини"} <= titles
    for before in latin["items"]:
        after = items[before["id"]]
        # Slugs are the Latin page's; the address is the Cyrillic edition's, and it serves.
        assert after["meta"]["slug"] == before["meta"]["slug"]
        assert after["meta"]["html_url"] == before["meta"]["html_url"].replace(
            "/sr-latn/", "/sr-cyrl/"
        )
        assert client.get(after["meta"]["html_url"]).status_code == 200
        assert after["meta"]["detail_url"].endswith("?locale=sr-cyrl")
        assert not LATIN_LETTER.search(after["title"]), after["title"]


def test_api_page_detail_in_cyrillic(client, serbian):
    response = client.get(f"/api/v3/pages/{serbian.pk}/", {"locale": "sr-cyrl"})
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["locale"] == "sr-cyrl"
    assert data["title"] == "Стратегија за информисање и комуникацију 2019–2022"
    assert data["intro"].startswith("Стратегија за информисање и комуникацију Општине Клокот")
    assert data["meta"]["search_description"].startswith("Стратегија")
    paragraph = next(block["value"] for block in data["body"] if block["type"] == "paragraph")
    assert paragraph.startswith("<p>Стратегија је израђена уз подршку ОЕБС-а")
    heading = next(block["value"] for block in data["body"] if block["type"] == "heading")
    assert heading["level"] == "h2" and not LATIN_LETTER.search(heading["text"])
    # The parent is Serbian too; the translations are in their own languages.
    assert data["meta"]["parent"]["title"] == "О општини"
    translations = {item["locale"]: item for item in data["translations"]}
    assert translations["sq"]["title"] == "Strategjia për Informim dhe Komunikim 2019–2022"
    assert "/sq/" in translations["sq"]["html_url"]
    # Without locale=sr-cyrl the same page is Latin.
    assert client.get(f"/api/v3/pages/{serbian.pk}/").json()["title"] == serbian.title


def test_api_keeps_addresses_and_rewrites_links_in_rich_text(client, locales, settings):
    home = Page.objects.get(depth=2, locale=locales["sr-latn"])
    about = Page.objects.get(locale=locales["sr-latn"], slug="o-opstini")
    image = ImageFactory(title="Klokot")
    page = StandardPage(
        title="Kontakt i veze",
        slug="kontakt-i-veze",
        intro="Pišite na info@kllokot.example",
        body=[
            (
                "paragraph",
                f'<p>Vidi <a linktype="page" id="{about.pk}">o opštini</a> i '
                '<a href="https://kk.rks-gov.net/klokot/">vladin sajt</a> (www.klokot.org).</p>',
            ),
            (
                "image",
                {"image": image, "alt_text": "Pogled na Klokot", "caption": "", "credit": ""},
            ),
        ],
    )
    home.add_child(instance=page)
    data = client.get(f"/api/v3/pages/{page.pk}/", {"locale": "sr-cyrl"}).json()
    assert data["intro"] == "Пишите на info@kllokot.example"
    paragraph = data["body"][0]["value"]
    assert '<a href="/sr-cyrl/o-opstini/">о општини</a>' in paragraph
    assert '<a href="https://kk.rks-gov.net/klokot/">владин сајт</a> (www.klokot.org)' in paragraph
    figure = data["body"][1]["value"]
    assert figure["image"]["alt"] == "Поглед на Клокот"
    assert figure["image"]["renditions"]["thumbnail"]["url"].startswith(
        settings.BASE_URL + "/media/"
    )


def test_api_find_takes_a_cyrillic_address(client, serbian):
    response = client.get("/api/v3/pages/find/", {"html_path": cyrillic_path(serbian)}, follow=True)
    assert response.status_code == 200
    data = response.json()
    assert data["id"] == serbian.pk
    assert data["meta"]["locale"] == "sr-cyrl"
    assert data["title"].startswith("Стратегија")


def test_api_accepts_the_bcp47_spelling(client):
    response = client.get("/api/v3/pages/", {"locale": "sr-Cyrl"})
    assert response.status_code == 200
    assert {item["meta"]["locale"] for item in response.json()["items"]} == {"sr-cyrl"}


def test_api_identity_in_cyrillic(client):
    data = client.get("/api/v3/identity/", {"locale": "sr-cyrl"}).json()
    assert data["name"] == "Општина Клокот"
    assert data["office_hours"].startswith("Понедељак")
    # The names in each language stay in their own script.
    assert data["names"]["sr-latn"] == "Opština Klokot"
    assert data["email"] == "info@kllokot.example"


def test_api_locales_and_openapi_document_the_cyrillic_edition(client):
    locales = client.get("/api/v3/locales/").json()
    assert locales[-1] == {
        "language_code": "sr-cyrl",
        "name": "Српски (ћирилица)",
        "is_default": False,
        "transliteration_of": "sr-latn",
    }
    schema = client.get("/api/v3/openapi.json").json()
    parameters = schema["paths"]["/api/v3/pages/"]["get"]["parameters"]
    locale = next(parameter for parameter in parameters if parameter["name"] == "locale")
    assert "sr-cyrl" in locale["description"]


def test_api_turned_off_refuses_the_cyrillic_locale(client, settings):
    settings.SERBIAN_CYRILLIC = False
    response = client.get("/api/v3/pages/", {"locale": "sr-cyrl"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["loc"] == ["query", "locale"]
    assert error["msg"] == "Unknown language “sr-cyrl”. Use one of: sq, sr-latn, en."
    assert "sr-cyrl" not in str(client.get("/api/v3/locales/").json())
    schema = client.get("/api/v3/openapi.json").json()
    parameters = schema["paths"]["/api/v3/pages/"]["get"]["parameters"]
    locale = next(parameter for parameter in parameters if parameter["name"] == "locale")
    assert "sr-cyrl" not in locale["description"]


@pytest.mark.parametrize("latin", ["/sr-latn/dijaspora/feed/", "/sr-latn/bilten/feed/"])
def test_a_sections_feed_in_cyrillic_is_cyrillic_and_leads_to_cyrillic_pages(client, latin):
    response = client.get(latin.replace("/sr-latn/", "/sr-cyrl/"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own feed)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "sr-Cyrl"
    atom = "{http://www.w3.org/2005/Atom}"
    assert re.search("[А-Яа-я]", root.findtext(f"{atom}title") or "")
    # The feed's own address (the host asked): entries' links follow the Site record, which
    # tests elsewhere may leave at another host than the one the test client asks.
    links = [link.get("href") for link in root.iter(f"{atom}link") if link.get("rel") == "self"]
    assert links and all("/sr-cyrl/" in link for link in links)
