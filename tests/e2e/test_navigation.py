"""A citizen follows the home page's cards to their sections, in each language, subscribes from
a section, and finds pages by inflected words in Albanian and Serbian."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import manage

#: The subscription page's address in each language (translated plugin URLs).
SUBSCRIBE = {"sq": "abonime", "sr-latn": "pretplate", "en": "subscriptions"}

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

LANGUAGES = ("sq", "sr-latn", "en")

# Where each card must lead, read from the served site's database by page type (and the
# strategy by its translation key), so demo slugs and titles may change.
TARGETS = """
import json
from wagtail.models import Locale, Page
def by_type(app, model):
    return Page.objects.live().filter(content_type__app_label=app, content_type__model=model)
strategy = Page.objects.get(locale__language_code="sq", slug__startswith="strategj")
out = {}
for code in ("sq", "sr-latn", "en"):
    pages = [
        by_type("bulletin", "bulletinindexpage").get(locale__language_code=code),
        by_type("news", "debateindexpage").get(locale__language_code=code),
        by_type("complaints", "complaintformpage").get(locale__language_code=code),
        by_type("diaspora", "diasporaindexpage").get(locale__language_code=code),
        by_type("partners", "partnerindexpage").get(locale__language_code=code),
        by_type("partners", "investindexpage").get(locale__language_code=code),
    ]
    issue = by_type("bulletin", "bulletinissuepage").filter(
        locale__language_code=code, slug="2019-07").get()
    out[code] = {"cards": [(p.url, p.title) for p in pages], "issue": issue.title,
                 "strategy": strategy.get_translation(Locale.objects.get(language_code=code)).title,
                 "complaints": pages[2].title}
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def targets(site_env) -> dict:
    return json.loads(manage(site_env, "shell", "-c", TARGETS).strip().splitlines()[-1])


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_home_card_lands_on_its_section(page, served_site, targets, language):
    expected = targets[language]["cards"]
    for index, (url, title) in enumerate(expected):
        page.goto(f"{served_site}/{language}/")
        card = page.locator(".cards .card").nth(index)
        card.get_by_role("link").click()
        page.wait_for_url(f"{served_site}{url}")
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        assert page.locator("html").get_attribute("lang") == {"sr-latn": "sr-Latn"}.get(
            language, language
        )


@pytest.mark.parametrize(
    "language, label", [("sq", "Abonohuni"), ("sr-latn", "Pretplatite se"), ("en", "Subscribe")]
)
def test_the_bulletin_archive_leads_to_the_subscription_with_the_bulletin_ticked(
    page, served_site, targets, language, label
):
    archive_url = targets[language]["cards"][0][0]
    page.goto(f"{served_site}{archive_url}")
    page.locator("aside.follow").get_by_role("link", name=re.compile(label)).click()
    page.wait_for_url(re.compile(rf"/{language}/{SUBSCRIBE[language]}/\?topic=bulletin$"))
    expect(page.locator("input[name=topics][value=bulletin]")).to_be_checked()
    # And from the footer of any page.
    page.goto(f"{served_site}/{language}/")
    page.locator("footer").get_by_role("link", name=re.compile(label)).click()
    page.wait_for_url(f"{served_site}/{language}/{SUBSCRIBE[language]}/")


def search(page, served_site: str, language: str, words: str) -> list[str]:
    page.goto(f"{served_site}/{language}/")
    page.fill("#site-search", words)
    page.press("#site-search", "Enter")
    page.wait_for_url(re.compile(rf"/{language}/search/\?q="))
    # Every page of results: the news about the strategy may rank above the strategy itself.
    results = page.locator("ol.results h2").all_inner_texts()
    while page.locator("a[rel=next]").count():
        page.locator("a[rel=next]").click()
        page.wait_for_load_state()
        results += page.locator("ol.results h2").all_inner_texts()
    return results


@pytest.mark.parametrize(
    "language, words, expected",
    [
        # "Ankesat dhe sugjerimet" and "kutia e ankesave": the complaints page.
        ("sq", "ankesa", "complaints"),
        # "strategjisë", "Strategjinë", "Strategjia": the strategy.
        ("sq", "strategji", "strategy"),
        # "Korrik 2019: Partnerët dhe diaspora".
        ("sq", "partner", "issue"),
        # "sa partnerskom opštinom u Poljskoj".
        ("sr-latn", "partnerska", "issue"),
        # "Strategija", "Strategije", "Strategijom", typed without the ending.
        ("sr-latn", "strategiju", "strategy"),
        # "dijasporom", "dijaspora", typed in Cyrillic.
        ("sr-latn", "дијаспори", "issue"),
    ],
)
def test_inflected_words_find_the_page(page, served_site, targets, language, words, expected):
    results = search(page, served_site, language, words)
    assert targets[language][expected] in results, results
    assert page.locator("#search-page-q").input_value() == words


PLAN_URL = """
from transparency.models import ActionPlanPage
print(ActionPlanPage.objects.live().get(locale__language_code="sr-latn").url)
"""


def test_the_action_plan_scrolls_sideways_on_a_phone_instead_of_breaking_words(
    browser, served_site, site_env
):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(served_site + manage(site_env, "shell", "-c", PLAN_URL).strip().splitlines()[-1])
    wrap = page.locator(".table-wrap").first
    assert wrap.evaluate("w => w.scrollWidth > w.clientWidth")
    # Every column is wide enough for whole words ("Aktivnost", "Odgovoran", "Iznos").
    widths = wrap.locator("thead th").evaluate_all("ths => ths.map(th => th.clientWidth)")
    assert min(widths) >= 60, widths
    context.close()


PROJECTS_URL = """
from partners.promotion import DonorProjectsPage
print(DonorProjectsPage.objects.live().get(locale__language_code="sq").url)
"""


def test_the_donors_projects_read_as_cards_on_a_phone(browser, served_site, site_env):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(served_site + manage(site_env, "shell", "-c", PROJECTS_URL).strip().splitlines()[-1])
    # Nothing to scroll sideways: each project is a card naming its columns.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    wrap = page.locator(".table-wrap").first
    assert wrap.evaluate("w => w.scrollWidth <= w.clientWidth")
    amount = page.locator("td.amount").first
    expect(amount).to_be_visible()
    label = amount.evaluate("td => getComputedStyle(td, '::before').content")
    assert "Shuma" in label, label
    context.close()
