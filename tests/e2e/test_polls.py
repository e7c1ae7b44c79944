"""A citizen votes in Albanian, sees the results chart, is told they have already voted when
they try again from another tab, and finds the same tally in Serbian."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

QUESTION_SQ = "Si preferoni të merrni informacione nga komuna?"
QUESTION_SR = "Kako najradije dobijate informacije od opštine?"


def test_a_citizen_votes_once_in_albanian_and_sees_the_same_tally_in_serbian(page, served_site):
    page.goto(f"{served_site}/sq/")
    page.locator("footer").get_by_role("link", name="Sondazhet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sondazhet")
    page.get_by_role("link", name=QUESTION_SQ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(QUESTION_SQ)
    poll_url = page.url
    # The same poll open in a second tab, before voting.
    other_tab = page.context.new_page()
    other_tab.goto(poll_url)

    page.get_by_label("Në radion lokale").check()
    page.get_by_role("button", name="Voto").click()
    expect(page.get_by_role("status")).to_have_text("Faleminderit: vota juaj u numërua.")
    chart = page.locator(".results-chart")
    expect(chart).to_be_visible()
    mine = chart.locator("tr.mine")
    expect(mine).to_contain_text("Në radion lokale")
    expect(mine).to_contain_text("përgjigjja juaj")
    expect(mine.locator("td").first).to_have_text("1")
    expect(page.locator(".poll-total")).to_have_text("1 votë deri tani")
    expect(page.get_by_text("nuk është mostër përfaqësuese")).to_be_visible()
    expect(page.get_by_role("button", name="Voto")).to_have_count(0)

    other_tab.get_by_label("Me SMS").check()
    other_tab.get_by_role("button", name="Voto").click()
    expect(other_tab.get_by_role("alert")).to_contain_text("Keni votuar tashmë në këtë sondazh.")
    expect(other_tab.locator(".poll-total")).to_have_text("1 votë deri tani")

    page.get_by_role("navigation", name="Gjuha").get_by_role("link", name="Srpski").click()
    page.wait_for_url(re.compile(r"/sr-latn/ankete/\d+/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(QUESTION_SR)
    expect(page.locator(".poll-total")).to_have_text("1 glas do sada")
    mine = page.locator(".results-chart tr.mine")
    expect(mine).to_contain_text("Na lokalnom radiju")
    expect(mine).to_contain_text("Vaš odgovor")
    expect(page.get_by_role("button", name="Glasaj")).to_have_count(0)
