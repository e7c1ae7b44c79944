"""The demo names the municipality's units and its services as the strategy and the glossary do,
and the addresses it had before a glossary rename still lead to the page."""

import re

import pytest
from wagtail.models import Page

from services.complaints.models import Category, Department

pytestmark = pytest.mark.django_db

#: The five departments and the five offices with duties the strategy names (LANGUAGE.md 10-15).
STRATEGY_UNITS = {
    "sq": {
        "Departamenti i Administratës, Personelit dhe Shërbimeve Publike",
        "Departamenti për Kadastër, Urbanizëm dhe Gjeodezi",
        "Departamenti i Bujqësisë, Pylltarisë dhe Ekonomisë së Ujërave",
        "Departamenti i Ekonomisë, Financave dhe Buxhetit",
        "Departamenti i Arsimit, Shëndetësisë, Shërbimeve Sociale, Kulturës, Rinisë dhe Sporteve",
        "Zyra e Kryetarit",
        "Zyra për Informim dhe Marrëdhënie me Publikun",
        "Zyra e Kuvendit",
        "Zyra e Prokurimit",
        "Zyra për Koordinimin e Këshillave të Fshatrave",
    },
    "sr-latn": {
        "Odeljenje za administraciju, osoblje i javne službe",
        "Odeljenje za katastar, urbanizam i geodeziju",
        "Odeljenje za poljoprivredu, šumarstvo i vodoprivredu",
        "Odeljenje za ekonomiju, finansije i budžet",
        "Odeljenje za obrazovanje, zdravstvo, socijalne usluge, kulturu, omladinu i sport",
        "Kabinet predsednika opštine",
        "Kancelarija za informisanje i odnose sa javnošću",
        "Kancelarija Skupštine opštine",
        "Kancelarija za nabavke",
        "Kancelarija za koordinaciju seoskih saveta",
    },
}


@pytest.mark.parametrize("code", ["sq", "sr-latn"])
def test_complaints_go_to_the_departments_and_offices_the_strategy_names(code):
    names = set(
        Department.objects.filter(locale__language_code=code).values_list("name", flat=True)
    )
    assert names == STRATEGY_UNITS[code]


def test_every_category_routes_to_a_department_in_its_own_language():
    for category in Category.objects.select_related("default_department", "locale"):
        assert category.default_department.locale_id == category.locale_id
    building = Category.objects.get(locale__language_code="en", name="Building and permits")
    assert building.default_department.name == "Department for Cadastre, Urbanism and Geodesy"


def test_the_about_page_lists_the_strategys_departments_not_the_old_seven(client):
    html = client.get("/en/about-the-municipality/").content.decode()
    assert "Department of Agriculture, Forestry and Water Management" in html
    assert "Department of Education, Health, Social Services, Culture, Youth and Sports" in html
    assert "Procurement Office" in html
    for invented in ("Rural Development", "Social Welfare", "Department of Culture, Youth"):
        assert invented not in html


def test_the_serbian_complaints_page_speaks_of_prituzbe(client):
    response = client.get("/sr-latn/prituzbe-i-predlozi/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pritužbe i predlozi" in html
    assert "Kutija za pritužbe i predloge" in html
    # (The form's choice labels come from the catalogs, which the language work owns.)
    assert "Žalbe i predlozi" not in html and "za žalbe" not in html


@pytest.mark.parametrize(
    "old, new",
    [
        ("/sr-latn/zalbe-i-predlozi/", "/sr-latn/prituzbe-i-predlozi/"),
        ("/sq/bilteni/", "/sq/buletini/"),
        ("/sq/bilteni/2019-04/", "/sq/buletini/2019-04/"),
    ],
)
def test_the_address_before_a_glossary_rename_redirects_permanently(client, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"].endswith(new)
    assert client.get(response["Location"]).status_code == 200


def _visible_text(html: str) -> str:
    # Without the markup: the language switcher's links name the Serbian "/bilten/" address.
    return re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S))


def test_albanian_pages_say_buletini_never_bilten(client):
    for path in ("/sq/", "/sq/buletini/", "/sq/buletini/2019-04/"):
        text = _visible_text(client.get(path).content.decode())
        assert "uletini" in text, path
        assert "bilten" not in text.lower(), path
    strategy = Page.objects.get(locale__language_code="sq", slug__startswith="strategjia").specific
    text = " ".join(str(block.value) for block in strategy.body)
    assert "Buletini informativ" in text and "ilten" not in text
