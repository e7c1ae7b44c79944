"""A blind citizen sends a complaint in Serbian without the image captcha: everything is found
through the accessibility tree (roles, labels, descriptions), as a screen reader finds it, and
the captcha is answered through its question in words."""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from bench.common import db_query
from tests.e2e.conftest import manage

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PAGE_URL = """
from services.complaints.pages import ComplaintFormPage
print(ComplaintFormPage.objects.get(locale__language_code="sr-latn").url)
"""
# What the citizen knows: Serbian number words.
SERBIAN = ["nula", "jedan", "dva", "tri", "četiri", "pet", "šest", "sedam", "osam", "devet"]
SERBIAN += ["deset", "jedanaest", "dvanaest", "trinaest", "četrnaest", "petnaest", "šesnaest"]
SERBIAN += ["sedamnaest", "osamnaest", "devetnaest", "dvadeset"]
QUESTION = re.compile(r"Koliko je ([^\s?]+) plus ([^\s?]+)\?")
CODE = re.compile(r"[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}")


def test_a_blind_citizen_sends_a_complaint_answering_the_question(page, site_env):
    base = site_env["BASE_URL"]
    url = base + manage(site_env, "shell", "-c", PAGE_URL).strip().splitlines()[-1]
    page.goto(url)

    page.get_by_label("Kategorija").select_option(label="Putevi i javna rasveta")
    page.get_by_label("Tema").fill("Rupe na putu")
    page.get_by_label("Vaša poruka").fill("Na putu prema školi ima mnogo rupa.")
    # Coordinates as a Serbian writes them, with a decimal comma.
    page.get_by_text("Koordinate (neobavezno)").click()
    page.get_by_label("Geografska širina").fill("42,3702")
    page.get_by_label("Geografska dužina").fill("21,3897")
    page.get_by_role("checkbox", name=re.compile(r"^Slažem se da opština")).check()

    # The captcha's field says, when it is reached, what to answer: the question in words.
    answer = page.get_by_role("textbox", name="Unesite znakove sa slike ili odgovorite na pitanje")
    expect(answer).to_have_accessible_description(QUESTION)
    question = page.get_by_text(QUESTION).inner_text()
    first, second = QUESTION.search(question).groups()
    answer.fill(SERBIAN[SERBIAN.index(first) + SERBIAN.index(second)])
    # Enter in the answer sends the form (on a phone: "Go"), as the "Pošalji" button does; it
    # does not ask for another challenge.
    answer.press("Enter")

    # The code is said once, in a status message, and is nowhere in the address.
    page.wait_for_url(re.compile(r"\?received$"))
    status = page.get_by_role("status")
    expect(status).to_contain_text("Hvala, primili smo Vašu poruku.")
    code = CODE.search(status.inner_text()).group(0)
    assert code not in page.url
    ((latitude, longitude),) = db_query(
        site_env,
        "SELECT latitude, longitude FROM complaints_complaint WHERE tracking_code = %s",
        code,
    )
    assert (Decimal(str(latitude)), Decimal(str(longitude))) == (
        Decimal("42.3702"),
        Decimal("21.3897"),
    )

    # Following it leads to the Serbian address; the switcher to the same page in Albanian.
    page.get_by_role("link", name="Pratite svoju poruku").click()
    page.wait_for_url(re.compile(r"/sr-latn/prituzbe/pracenje/\?code="))
    expect(page.get_by_role("heading", level=2, name=re.compile(code))).to_be_visible()
    page.get_by_role("navigation", name="Jezik").get_by_role("link", name="Shqip").click()
    page.wait_for_url(re.compile(r"/sq/ankesat/gjurmo/\?code="))
    expect(page.get_by_role("heading", level=2, name=re.compile(code))).to_be_visible()

    # An old English link from an e-mail already sent still leads there.
    page.goto(f"{base}/sr-latn/complaints/track/?code={code}")
    assert page.url == f"{base}/sr-latn/prituzbe/pracenje/?code={code}"

    # Back to the page after sending (history, a shared computer): the code is not shown again.
    page.goto(f"{url}?received")
    expect(page.get_by_role("status")).to_contain_text("Hvala, primili smo Vašu poruku.")
    assert not CODE.search(page.get_by_role("status").inner_text())


ALBANIAN = ["zero", "një", "dy", "tre", "katër", "pesë", "gjashtë", "shtatë", "tetë", "nëntë"]
ALBANIAN += ["dhjetë", "njëmbëdhjetë", "dymbëdhjetë", "trembëdhjetë", "katërmbëdhjetë"]
ALBANIAN += ["pesëmbëdhjetë", "gjashtëmbëdhjetë", "shtatëmbëdhjetë", "tetëmbëdhjetë"]
# Not \w: the browser matches these, and its \w is ASCII only (no ë, no č).
PYETJA = re.compile(r"Sa bëjnë ([^\s?]+) plus ([^\s?]+)\?")


def test_a_blind_citizen_subscribes_in_albanian_answering_the_question(page, site_env):
    base = site_env["BASE_URL"]
    # The address of an older e-mail or bookmark leads to the Albanian one.
    page.goto(f"{base}/sq/subscriptions/")
    assert page.url == f"{base}/sq/abonime/"
    page.get_by_label("E-maili").fill("lexuesi@example.org")
    answer = page.get_by_role("textbox", name=re.compile(r"përgjigjuni pyetjes$"))
    expect(answer).to_have_accessible_description(PYETJA)
    first, second = PYETJA.search(page.get_by_text(PYETJA).inner_text()).groups()
    # In digits this time.
    answer.fill(str(ALBANIAN.index(first) + ALBANIAN.index(second)))
    page.get_by_role("button", name="Abonohu").click()
    expect(page.get_by_role("status")).to_be_visible()
    assert page.get_by_role("alert").count() == 0
