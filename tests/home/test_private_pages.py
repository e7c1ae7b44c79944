"""A private page is private in every language: a password or login restriction set on one
version covers its translations (and new ones), and private pages are listed nowhere."""

import pytest
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import Translation, TranslationSource

from bulletin.apps import TOPIC
from bulletin.models import BulletinIssuePage
from services.subscriptions.mailing import MAILER
from tests.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def restrict(client, page, password="fjalekalim-sekret"):  # noqa: S107 (a test's)
    client.force_login(UserFactory(username="root", is_superuser=True))
    response = client.post(
        f"/admin/pages/{page.pk}/privacy/",
        {"restriction_type": "password", "password": password, "groups": []},
    )
    assert response.status_code == 200  # the admin's modal answers JSON
    client.logout()


def test_a_password_on_the_albanian_page_covers_its_translations(client, strategy, locales):
    serbian = strategy.get_translation(locales["sr-latn"])
    english = strategy.get_translation(locales["en"])
    assert client.get(serbian.url).status_code == 200
    restrict(client, strategy)
    for page in (strategy, serbian, english):
        restriction = PageViewRestriction.objects.get(page=page)
        assert restriction.restriction_type == "password"
        html = client.get(page.url).content.decode()
        assert serbian.specific.intro[:40] not in html
        assert 'type="password"' in html


def test_private_pages_are_listed_nowhere(client, strategy, locales):
    serbian = strategy.get_translation(locales["sr-latn"])
    restrict(client, strategy)
    listing = client.get("/api/v3/pages/", {"locale": "sr-latn", "limit": 100}).json()
    assert serbian.pk not in [item["id"] for item in listing["items"]]
    assert client.get(f"/api/v3/pages/{serbian.pk}/").status_code == 404
    found = client.get("/sr-latn/search/", {"q": serbian.title.split()[0]}).content.decode()
    assert f'href="{serbian.url}"' not in found
    assert serbian.url not in client.get("/sitemap.xml").content.decode()


def test_a_private_translation_is_not_among_a_public_pages_translations(client, home, locales):
    page = StandardPageFactory(parent=home, title="Faqe publike")
    page.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(
        source=source, target_locale=locales["en"], enabled=True
    ).save_target(publish=True)
    english = page.get_translation(locales["en"])
    english.save_revision().publish()
    # A restriction made only on the English page (mirroring off, as an old site may have).
    from home import restrictions

    token = restrictions._mirroring.set(True)
    try:
        PageViewRestriction.objects.create(page=english, restriction_type="login")
    finally:
        restrictions._mirroring.reset(token)
    data = client.get(f"/api/v3/pages/{page.pk}/").json()
    assert english.pk not in [item["id"] for item in data["translations"]]


def test_removing_the_restriction_anywhere_removes_it_everywhere(client, strategy, locales):
    restrict(client, strategy)
    serbian = strategy.get_translation(locales["sr-latn"])
    PageViewRestriction.objects.get(page=serbian).delete()
    assert not PageViewRestriction.objects.filter(
        page__translation_key=strategy.translation_key
    ).exists()


def test_a_new_translation_of_a_private_page_starts_private(
    client, home, locales, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=home, title="Vetëm për këshilltarët")
    page.save_revision().publish()
    restrict(client, page)
    source, _ = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(
        source=source, target_locale=locales["sr-latn"], enabled=True
    ).save_target(publish=False)
    serbian = page.get_translation(locales["sr-latn"])
    assert PageViewRestriction.objects.get(page=serbian).password == "fjalekalim-sekret"


def test_a_private_issue_is_not_mailed_in_any_language(client, locales):
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=1)
    restrict(client, issue)
    rows = {row.code: row for row in MAILER.languages(issue, TOPIC)}
    assert all(row.page is None for row in rows.values())
    assert Page.objects.filter(translation_key=issue.translation_key).count() == 3
