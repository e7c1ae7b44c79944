"""A citizen writes to the municipality anonymously in Serbian and follows the answer."""

import re

import pytest

from bench.common import db_query
from tests.e2e.conftest import manage

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

OFFICER_SETUP = """
from django.contrib.auth.models import Group, User
from services.complaints.models import Category
category = Category.objects.get(locale__language_code="sq", name="Rrugët dhe ndriçimi publik")
user, _ = User.objects.get_or_create(username="zyrtari")
user.email = "zyrtari@kllokot.example"
user.set_password("e2e-officer-passphrase")
user.save()
user.groups.add(category.default_department.group)
"""


def test_anonymous_complaint_in_serbian_answered_by_an_officer(page, site_env):
    base = site_env["BASE_URL"]
    manage(site_env, "shell", "-c", OFFICER_SETUP)

    # The citizen fills the form in Serbian, anonymously.
    page.goto(f"{base}/sr-latn/prituzbe-i-predlozi/")
    assert page.locator("html").get_attribute("lang") == "sr-Latn"
    page.get_by_label("Pritužba").check()
    page.get_by_label("Kategorija").select_option(label="Putevi i javna rasveta")
    page.get_by_label("Tema").fill("Ne radi ulična rasveta")
    page.get_by_label("Vaša poruka").fill("U glavnoj ulici svetla ne rade već dve nedelje.")
    page.locator("#id_anonymous").check()
    page.locator("#id_consent").check()
    key = page.locator("input[name=captcha_key]").input_value()
    (answer,) = db_query(
        site_env, "SELECT response FROM captcha_captchastore WHERE hashkey = %s", key
    )[0]
    page.locator("#id_captcha_answer").fill(answer)
    page.get_by_role("button", name="Pošalji").click()

    page.wait_for_url(re.compile(r"\?received$"))
    code = page.locator(".code").inner_text()
    assert re.fullmatch(r"[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}", code)
    ((name, email),) = db_query(
        site_env, "SELECT name, email FROM complaints_complaint WHERE tracking_code = %s", code
    )
    assert (name, email) == ("", "")

    # The citizen follows it with the code.
    page.get_by_role("link", name="Pratite svoju poruku").click()
    page.get_by_role("heading", level=2).filter(has_text=code).wait_for()
    assert "Primljeno" in page.locator(".facts").inner_text()

    # An officer of the department answers in the admin.
    (pk,) = db_query(
        site_env, "SELECT id FROM complaints_complaint WHERE tracking_code = %s", code
    )[0]
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", "zyrtari")
    page.fill("input[name=password]", "e2e-officer-passphrase")
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(f"{base}/admin/complaints/complaint/inspect/{pk}/")
    page.locator("textarea[name=public_answer]").fill("Rasveta je popravljena 3. decembra.")
    page.locator("form[action$='/answer/'] button").click()
    page.locator("select[name=status]").select_option("answered")
    page.locator("form[action$='/status/'] button").click()
    page.wait_for_load_state()

    # The citizen sees the answer.
    page.goto(f"{base}/sr-latn/prituzbe/pracenje/?code={code}")
    assert "Rasveta je popravljena 3. decembra." in page.locator(".answer").inner_text()
    assert "Odgovoreno" in page.locator(".facts").inner_text()
