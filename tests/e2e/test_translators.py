"""A Serbian translator carries a correction of the bulletin into Serbian: the queue shows the
stale issue with its changed segments, the translator syncs, translates them in wagtail-localize's
editor and sends the translation for review; the Information Office approves; Serbian readers see
the new text, in Latin script and in the Cyrillic edition."""

import re
import time

import pytest
from playwright.sync_api import expect

from bench.common import db_query
from tests.e2e.conftest import login, manage

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

USERS = """
from django.contrib.auth.models import Group, User
for name, group in (("prevodilac", "Translators: Srpski"), ("shefica", "Information Office")):
    user, _ = User.objects.get_or_create(username=name)
    user.set_password("e2e-passphrase-" + name)
    user.save()
    user.groups.add(Group.objects.get(name=group))
"""

ISSUE = "Korrik 2019: Partnerët dhe diaspora"
INTRO = "Saradnja sa partnerskom opštinom u Poljskoj, Petrovdan sa dijasporom i novo radno vreme."
EDITORIAL = (
    "U ovom broju: bratimljenje, letnji susreti sa dijasporom i novo radno vreme Kancelarije."
)


def queue_row(page, base):
    page.goto(f"{base}/admin/translations/queue/")
    return page.locator("tbody tr", has=page.locator("th", has_text=ISSUE))


def test_a_serbian_translator_carries_a_correction_to_serbian_readers(page, site_env):
    base = site_env["BASE_URL"]
    manage(site_env, "shell", "-c", USERS)
    ((serbian_id, serbian_path),) = db_query(
        site_env,
        "SELECT p.id, p.url_path FROM wagtailcore_page p "
        "JOIN wagtailcore_locale l ON l.id = p.locale_id "
        "WHERE p.slug = '2019-07' AND l.language_code = 'sr-latn'",
    )
    public_path = serbian_path.strip("/").split("/", 1)[1] + "/"  # without the tree's root

    # The queue: the issue is stale, with the two segments the correction changed.
    login(page, base, "prevodilac")
    row = queue_row(page, base)
    expect(row).to_have_class(re.compile("queue-stale"))
    expect(row).to_contain_text("2")
    row.locator("a.button").click()  # Sync
    page.wait_for_url(re.compile(r"/admin/localize/update/\d+/"))
    # A translator is not offered "Publish immediately".
    expect(page.locator("input[name=publish_translations][type=checkbox]")).to_have_count(0)
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_load_state()

    # Now in progress: the editor shows exactly the two segments to translate.
    row = queue_row(page, base)
    expect(row).to_have_class(re.compile("queue-in_progress"))
    row.locator("a.button").click()
    page.wait_for_url(re.compile(rf"/admin/pages/{serbian_id}/edit/"))
    translate = page.get_by_role("button", name="Translate", exact=True)
    expect(translate).to_have_count(2)
    for text in (INTRO, EDITORIAL):
        translate.first.click()
        area = page.locator(".js-translation-editor textarea").first
        area.fill(text)
        area.press("Enter")
        expect(page.get_by_text(text)).to_be_visible()
    expect(translate).to_have_count(0)
    # Saved in the background: wait until the server has both before sending on.
    deadline = time.monotonic() + 15
    while True:
        saved = db_query(
            site_env,
            "SELECT count(*) FROM wagtail_localize_stringtranslation WHERE data IN (%s, %s)",
            INTRO,
            EDITORIAL,
        )[0][0]
        if saved == 2 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert saved == 2
    page.locator("form[action*='/admin/translations/review/'] button[type=submit]").click()
    page.wait_for_load_state()
    expect(page.locator(".translation-review")).to_contain_text("Bulletin review")
    ((live_intro,),) = db_query(
        site_env, "SELECT intro FROM bulletin_bulletinissuepage WHERE page_ptr_id = %s", serbian_id
    )
    assert live_intro != INTRO  # in review, not published

    # The Information Office approves, confirming neutrality.
    login(page, base, "shefica")
    page.locator(f"[data-workflow-action-url*='/{serbian_id}/approve/']").first.evaluate(
        "element => element.click()"
    )
    page.locator("input[name=neutral]").check()
    page.locator(".modal button[type=submit], dialog button[type=submit]").last.click()
    deadline = time.monotonic() + 15
    while True:
        ((live_intro,),) = db_query(
            site_env,
            "SELECT intro FROM bulletin_bulletinissuepage WHERE page_ptr_id = %s",
            serbian_id,
        )
        if live_intro == INTRO or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert live_intro == INTRO

    # Serbian readers see it, in both scripts.
    page.context.clear_cookies()
    page.goto(f"{base}/sr-latn/{public_path}")
    expect(page.locator("main")).to_contain_text("novo radno vreme")
    page.goto(f"{base}/sr-cyrl/{public_path}")
    expect(page.locator("html")).to_have_attribute("lang", "sr-Cyrl")
    expect(page.locator("main")).to_contain_text("ново радно време")
    expect(page.locator("main")).not_to_contain_text("novo radno vreme")
