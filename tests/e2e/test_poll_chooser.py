"""An editor puts a poll on a page by choosing it: a "Public service" block, "Polls", the
chooser's search by a word of the question, publish; readers see the poll and can vote."""

import re

import pytest
from playwright.sync_api import expect

from bench.common import db_query
from tests.e2e.conftest import login, manage

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

USERS = """
from django.contrib.auth.models import User
user, _ = User.objects.get_or_create(username="kryeredaktori", defaults={"is_superuser": True})
user.is_superuser = user.is_staff = True
user.set_password("e2e-passphrase-kryeredaktori")
user.save()
"""

BODY = "#panel-child-content-body-content"
TITLE = "Mendimi juaj për informimin"
QUESTION = "Si preferoni të merrni informacione nga komuna?"


def test_an_editor_chooses_a_poll_by_its_question_and_readers_see_it(page, site_env):
    base = site_env["BASE_URL"]
    manage(site_env, "shell", "-c", USERS)
    ((home_id,),) = db_query(
        site_env,
        "SELECT p.id FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id "
        "WHERE p.depth = 2 AND l.language_code = 'sq'",
    )
    ((poll_id,),) = db_query(site_env, "SELECT id FROM polls_poll WHERE question = %s", QUESTION)

    login(page, base, "kryeredaktori")
    page.goto(f"{base}/admin/pages/add/home/standardpage/{home_id}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_intro", "Një pyetje për ju.")
    page.locator(
        f"{BODY} button[title='Insert a block'], {BODY} button[aria-label='Insert a block']"
    ).last.click()
    page.get_by_role("option", name=re.compile("Public service")).first.click()

    service = page.locator("select[name='body-0-value-service']")
    options = page.locator("[name='body-0-value-options']")
    # A service without a chooser keeps the text input; Polls offers its chooser instead.
    service.select_option(label="E-mail subscriptions")
    expect(options).to_have_attribute("type", "text")
    options.fill("typed for the subscriptions")
    service.select_option(label="Polls")
    expect(options).to_have_attribute("type", "hidden")
    page.get_by_role("button", name="Choose a poll").click()

    modal = page.locator(".modal")
    search = modal.locator("input[name='q']")
    expect(search).to_be_visible()
    search.fill("informacione")
    choice = modal.get_by_role("link", name=QUESTION)
    expect(choice).to_be_visible()
    expect(modal.get_by_role("link", name=re.compile("Cilat tema"))).to_have_count(0)
    choice.click()
    expect(modal).to_be_hidden()
    expect(page.locator(f"{BODY} [data-chooser-title]").first).to_have_text(QUESTION)
    expect(options).to_have_value(str(poll_id))
    # What was typed for another service comes back with it, and the choice with Polls.
    service.select_option(label="E-mail subscriptions")
    expect(options).to_have_value("typed for the subscriptions")
    service.select_option(label="Polls")
    expect(options).to_have_value(str(poll_id))

    page.locator("button[name='action-publish']").evaluate("button => button.click()")
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    ((url_path, live, body),) = db_query(
        site_env,
        "SELECT p.url_path, p.live, s.body FROM wagtailcore_page p "
        "JOIN home_standardpage s ON s.page_ptr_id = p.id WHERE p.title = %s",
        TITLE,
    )
    assert live and f'"options": "{poll_id}"' in body

    page.goto(f"{base}/sq/{url_path.strip('/').split('/', 1)[1]}/")
    widget = page.locator("section.poll")
    expect(widget.get_by_role("heading", name=QUESTION)).to_be_visible()
    expect(widget.get_by_role("radio", name="Në radion lokale")).to_be_visible()
