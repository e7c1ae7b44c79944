"""A respondent opens the surveys from the site's menu in Serbian, answers the annual public
survey and sees the Serbian thank-you page; the answer is stored with the survey's source."""

import json
import re

import pytest
from playwright.sync_api import expect

from bench.common import db_query

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_a_respondent_answers_the_annual_survey_in_serbian(page, site_env):
    base = site_env["BASE_URL"]
    page.goto(f"{base}/sr-latn/")
    page.locator("nav.main-nav").get_by_role("link", name="Upitnici", exact=True).click()
    page.wait_for_url(re.compile(r"/sr-latn/upitnici/$"))
    page.get_by_role("link", name="Godišnji javni upitnik o informisanju građana").click()
    assert page.locator("html").get_attribute("lang") == "sr-Latn"

    def group(name: str):
        return page.get_by_role("group", name=re.compile("^" + re.escape(name)))

    group("Odakle najčešće dobijate informacije o radu opštine?").get_by_label(
        "Lokalni radio"
    ).check()
    for name, choice in [
        ("Koliko ste zadovoljni veb-sajtom opštine?", "Zadovoljni"),
        ("Koliko ste zadovoljni informativnim biltenom?", "Veoma zadovoljni"),
        ("Koliko ste zadovoljni oglasnim tablama", "Nezadovoljni"),
        ("Koliko ste zadovoljni informisanjem preko lokalnog radija?", "Veoma zadovoljni"),
    ]:
        group(name).get_by_label(choice, exact=True).check()
    group("O kojim temama želite više informacija?").get_by_label("Javne rasprave").check()
    page.get_by_label("Gde živite?").select_option(label="Grnčar")
    page.get_by_label("Šta Vam nedostaje u informisanju od strane opštine?").fill(
        "Više vesti na radiju."
    )
    key = page.locator("input[name=captcha_key]").input_value()
    ((answer,),) = db_query(
        site_env, "SELECT response FROM captcha_captchastore WHERE hashkey = %s", key
    )
    page.locator("#id_captcha_answer").fill(answer)
    page.get_by_role("button", name="Pošalji odgovore").click()

    page.wait_for_url(re.compile(r"\?thanks$"))
    expect(page.get_by_role("heading", name="Hvala Vam na odgovorima.")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Hvala Vam što ste učestvovali.")
    assert page.locator("html").get_attribute("lang") == "sr-Latn"

    ((data,),) = db_query(
        site_env,
        "SELECT form_data FROM wagtailforms_formsubmission ORDER BY id DESC LIMIT 1",
    )
    stored = json.loads(data) if isinstance(data, str) else data
    assert stored["respondent_language"] == "sr-latn"
    assert "Radioja lokale" in stored.values() and "Gërnçar" in stored.values()

    # Coming back, the survey says it is answered.
    page.goto(page.url.split("?")[0])
    expect(page.get_by_role("status")).to_have_text("Već ste odgovorili na ovaj upitnik. Hvala!")


def test_the_survey_names_every_control_and_announces_errors(page, served_site):
    from tests.e2e.test_accessibility import accessibility_tree, problems

    page.goto(f"{served_site}/sr-latn/upitnici/studija-korisnika-sajta/")
    assert problems(page) == []
    page.get_by_role("button", name="Pošalji odgovore").click()
    page.wait_for_load_state()
    assert problems(page) == []
    assert "alert" in {node["role"] for node in accessibility_tree(page)}
    group = page.get_by_role("group", name=re.compile("^Koliko često posećujete"))
    described = group.get_attribute("aria-describedby") or ""
    assert page.locator(f"#{described.split()[-1]}").inner_text() == "Ovo polje je obavezno."
