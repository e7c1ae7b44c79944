"""The strategy's action plan: structured rows in three languages, an accessible table and the
API, with stable keys."""

import re
from decimal import Decimal

import pytest
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail_localize.models import Translation, TranslationSource

from transparency.demo import PLAN
from transparency.models import ActionPlanActivity, ActionPlanArea, ActionPlanPage
from transparency.money import euro

pytestmark = pytest.mark.django_db


def plan(code: str) -> ActionPlanPage:
    return ActionPlanPage.objects.get(locale__language_code=code)


def test_the_demo_plan_has_the_seeds_areas_and_activities_in_every_language():
    source = plan("sq")
    # In the data file's order, on every database (rows made in Python need a sort order).
    assert [a.key for a in source.activities.all()] == [a["key"] for a in PLAN["activity"]]
    for code in ("sq", "sr-latn", "en"):
        page = plan(code)
        assert page.live
        assert page.areas.count() == 19  # 5 of internal and 14 of external communication
        assert page.activities.count() == 55
        assert [a.key for a in page.activities.all()] == [a.key for a in source.activities.all()]
    assert plan("en").areas.get(key="ext-14").title == "Contact database"
    assert plan("sr-latn").areas.get(key="ext-4").title == "Građani"


def test_the_plan_is_a_wagtail_localize_translation_of_the_albanian_source():
    source = TranslationSource.objects.get_for_instance(plan("sq"))
    for translation_ in Translation.objects.filter(source=source):
        total, done = translation_.get_progress()
        assert total == done > 100
    sr = plan("sr-latn").activities.get(key="ext-4-09")
    assert sr.activity == "Postavljanje kutije za pritužbe i predloge građana"
    assert sr.amount == Decimal("300.00")
    # The same row in every language: one translation key, one stable key.
    rows = ActionPlanActivity.objects.filter(translation_key=sr.translation_key)
    assert {row.key for row in rows} == {"ext-4-09"} and rows.count() == 3


def test_the_plan_lives_below_the_strategy_and_carries_its_date():
    page = plan("sq")
    assert page.get_parent().slug == "strategjia-per-informim-dhe-komunikim-2019-2022"
    assert page.first_published_at.date().isoformat() == "2019-03-29"


@pytest.mark.parametrize(
    "code, amount",
    [("sq", "2.200,00\u00a0€"), ("sr-latn", "2.200,00\u00a0€"), ("en", "€2,200.00")],
)
def test_the_page_is_an_accessible_table_with_amounts_as_the_language_writes_them(
    client, code, amount
):
    response = client.get(plan(code).url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<table") == 19 and html.count("<caption>") == 19
    assert html.count('<th scope="col"') == 19 * 5
    assert 'scope="rowgroup"' in html and '<th scope="row">' in html
    assert amount in html
    # The table of contents leads to each area's table.
    assert 'href="#area-ext-14"' in html and 'id="area-ext-14"' in html


def test_the_albanian_page_headers_and_total_are_in_albanian(client):
    html = client.get(plan("sq").url).content.decode()
    assert "Autoriteti përgjegjës" in html and "Qëllimi" in html
    total = re.search(r'<p class="plan-total">([^<]+)</p>', html).group(1)
    assert total.startswith("Gjithsej") and total.endswith("€")


def test_the_strategy_page_leads_to_the_plan(client, strategy):
    html = client.get(strategy.url).content.decode()
    assert plan("sq").url in html


@pytest.mark.parametrize("code", ["sq", "sr-latn", "en"])
def test_the_api_serves_the_plan_in_each_language(client, code):
    response = client.get("/api/v3/action-plan/", {"locale": code})
    assert response.status_code == 200
    data = response.json()
    assert data["locale"] == code
    assert [area["key"] for area in data["areas"]][:6] == [
        "int-1",
        "int-2",
        "int-3",
        "int-4",
        "int-5",
        "ext-1",
    ]
    boards = next(area for area in data["areas"] if area["key"] == "int-4")
    assert boards["part"] == "internal" and boards["number"] == 4
    first = boards["activities"][0]
    assert first["key"] == "int-4-01" and first["amount_eur"] == "2200.00"
    assert boards["activities"][1]["amount_eur"] is None
    assert Decimal(data["total_eur"]) == sum(
        Decimal(a["amount_eur"])
        for area in data["areas"]
        for a in area["activities"]
        if a["amount_eur"]
    )


def test_the_api_answers_404_in_a_language_without_a_plan(client, locales):
    plan("en").unpublish()
    response = client.get("/api/v3/action-plan/", {"locale": "en"}, HTTP_ACCEPT_LANGUAGE="sr-latn")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")
    assert "akcioni plan" in response.json()["detail"]


def test_the_api_refuses_an_unknown_locale(client):
    response = client.get("/api/v3/action-plan/", {"locale": "xx"})
    assert response.status_code == 400


def test_the_openapi_document_describes_the_plan(client):
    document = client.get("/api/v3/openapi.json").json()
    operation = document["paths"]["/api/v3/action-plan/"]["get"]
    assert operation["operationId"] == "action_plan_detail"
    assert {"200", "404"} <= set(operation["responses"])


def test_the_page_api_gives_the_plan_too(client):
    page = plan("en")
    data = client.get(f"/api/v3/pages/{page.pk}/").json()
    assert data["plan"][0]["activities"][0]["key"] == "int-1-01"


@pytest.mark.parametrize(
    "language, expected",
    [("sq", "21.250,50\u00a0€"), ("sr-latn", "21.250,50\u00a0€"), ("en", "€21,250.50")],
)
def test_euro_groups_thousands_as_each_language_does(language, expected):
    with translation.override(language):
        assert euro(Decimal("21250.5")) == expected
    assert euro(None) == ""


def _form(page: ActionPlanPage, area_key: str, activity_key: str = "x-1-01") -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": "",
            "areas": inline_formset(
                [{"key": "x-1", "part": "internal", "number": 1, "title": "Fusha"}]
            ),
            "activities": inline_formset(
                [
                    {
                        "key": activity_key,
                        "area_key": area_key,
                        "goal": "",
                        "activity": "Aktivitet",
                        "deadline": "",
                        "responsible": "",
                        "amount": "",
                        "amount_note": "",
                        "notes": "",
                    }
                ]
            ),
            "action-publish": "publish",
        }
    )


def test_an_activity_of_an_area_the_plan_does_not_have_is_refused(client, admin_user, home):
    page = ActionPlanPage(title="Plani provë", slug="plani-prove")
    home.add_child(instance=page)
    client.force_login(admin_user)
    url = f"/admin/pages/{page.pk}/edit/"
    response = client.post(url, _form(page, area_key="nope"))
    assert response.status_code == 200
    activity_form = response.context["form"].formsets["activities"].forms[0]
    assert "area_key" in activity_form.errors
    assert not ActionPlanArea.objects.filter(page=page).exists()
    response = client.post(url, _form(page, area_key="x-1"))
    assert response.status_code == 302
    assert ActionPlanActivity.objects.get(page=page).key == "x-1-01"


def test_a_key_that_is_not_a_slug_is_refused(client, admin_user, home):
    page = ActionPlanPage(title="Plani provë", slug="plani-prove")
    home.add_child(instance=page)
    client.force_login(admin_user)
    response = client.post(f"/admin/pages/{page.pk}/edit/", _form(page, "x-1", "Ç 1"))
    assert response.status_code == 200
    assert "key" in response.context["form"].formsets["activities"].forms[0].errors
    assert not Page.objects.get(pk=page.pk).specific.activities.exists()
