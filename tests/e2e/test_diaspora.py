"""A diaspora visitor in Serbian opens the diaspora section from the site's menu, filters the
associations by country and opens the St. Peter's Day (Petrovdan) gathering."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_a_visitor_in_serbian_filters_associations_and_opens_petrovdan(page, served_site):
    page.goto(f"{served_site}/sr-latn/")
    page.locator("nav.main-nav").get_by_role("link", name="Dijaspora", exact=True).click()
    page.wait_for_url(re.compile(r"/sr-latn/dijaspora/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Dijaspora")
    assert page.locator("html").get_attribute("lang") == "sr-Latn"

    page.get_by_role("link", name="Udruženja i klubovi dijaspore").click()
    expect(page.get_by_role("status")).to_have_text("6 udruženja")
    page.get_by_label("Zemlja").select_option(label="Nemačka")
    page.get_by_role("button", name="Prikaži").click()
    page.wait_for_url(re.compile(r"\?country=DE$"))
    expect(page.get_by_role("status")).to_have_text("2 udruženja")
    cards = page.locator(".associations .card")
    expect(cards).to_have_count(2)
    for n in range(2):
        expect(cards.nth(n)).to_contain_text("Nemačka")
    expect(page.locator(".associations")).not_to_contain_text("Beč")
    expect(page.get_by_label("Zemlja")).to_have_value("DE")

    page.go_back()
    page.go_back()
    page.get_by_role("link", name=re.compile(r"^Petrovdan \d{4}$")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Petrovdan \d{4}$"))
    expect(page.get_by_role("heading", name="Program")).to_be_visible()
    expect(page.get_by_role("heading", name="Prijava interesovanja")).to_be_visible()
    expect(page.get_by_label("Broj osoba")).to_be_visible()
