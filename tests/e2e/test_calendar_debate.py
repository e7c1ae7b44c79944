"""A citizen opens the calendar in Serbian, moves to next month, opens the public debate held
there and comments on its draft anonymously."""

import re

import pytest
from playwright.sync_api import expect

from bench.common import db_query

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

COMMENT = "Predlažem da takse za male prodavnice u selima budu niže nego u centru."


def test_a_citizen_in_serbian_moves_to_next_month_and_comments_on_the_debate(page, site_env):
    base = site_env["BASE_URL"]
    page.goto(f"{base}/sr-latn/kalendar/")
    assert page.locator("html").get_attribute("lang") == "sr-Latn"
    expect(page.get_by_role("heading", level=1)).to_have_text("Kalendar")
    this_month = page.locator("#month-title").inner_text()

    # By keyboard: the link to the next month is reached with Tab and followed with Enter.
    next_link = page.get_by_role("link", name="Sledeći mesec")
    next_link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"\?month=\d{4}-\d{2}#month-title$"))
    expect(page.locator("#month-title")).not_to_have_text(this_month)
    # The month is a table of days, the debate is one of its events, in Serbian.
    calendar = page.get_by_role("table")
    debate = calendar.get_by_role("link", name=re.compile(r"Javne konsultacije: Nacrt pravilnika"))
    expect(debate).to_have_count(1)
    debate.click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile(r"^Javne konsultacije: Nacrt pravilnika")
    )
    expect(page.get_by_role("heading", name="Vaš komentar na nacrt")).to_be_visible()
    page.locator("#id_text").fill(COMMENT)
    page.get_by_label("Član ili deo nacrta (neobavezno)").fill("Član 4")
    page.get_by_label("Komentarišite anonimno (ne čuvamo ni ime ni e-mail)").check()
    key = page.locator("input[name=captcha_key]").input_value()
    (answer,) = db_query(
        site_env, "SELECT response FROM captcha_captchastore WHERE hashkey = %s", key
    )[0]
    page.locator("#id_captcha_answer").fill(answer)
    page.get_by_role("button", name="Pošalji").click()

    page.wait_for_url(re.compile(r"\?commented#comment$"))
    expect(page.get_by_role("status")).to_contain_text("Hvala")
    rows = db_query(
        site_env,
        "SELECT name, email, anonymous, language FROM news_debatecomment WHERE text = %s",
        COMMENT,
    )
    assert rows == [("", "", 1, "sr-latn")] or rows == [("", "", True, "sr-latn")]
