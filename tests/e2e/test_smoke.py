"""A citizen's first visit, and an editor reaching the admin, in a real browser."""

import re

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_citizen_switches_to_serbian_and_follows_a_link(page, served_site):
    page.goto(f"{served_site}/sq/")
    assert page.locator("html").get_attribute("lang") == "sq"
    assert page.get_by_role("heading", level=1).inner_text() == "Komuna e Kllokotit"

    # Keyboard users get the skip link first.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"

    page.get_by_role("navigation", name="Gjuha").get_by_role("link", name="Srpski").click()
    page.wait_for_url(re.compile(r"/sr-latn/$"))
    assert page.locator("html").get_attribute("lang") == "sr-Latn"
    assert page.get_by_role("heading", level=1).inner_text() == "Opština Klokot"

    nav = page.get_by_role("navigation", name="Glavni meni")
    link = nav.get_by_role("link").nth(1)
    title = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/sr-latn/.+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == title
    assert page.locator("html").get_attribute("lang") == "sr-Latn"

    # The switcher on an inner page leads to the same page in English.
    english_href = page.locator('link[rel=alternate][hreflang="en"]').get_attribute("href")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(english_href)
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "About the Municipality"


def test_editor_opens_the_admin_login(page, served_site):
    page.goto(f"{served_site}/admin/login/")
    assert page.locator("input[name=username]").is_visible()
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "e2e-admin-passphrase")
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    assert "Dashboard" in page.title() or page.get_by_role("main").is_visible()
