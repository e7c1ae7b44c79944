"""A translators' group per language: a translator of Serbian works only in the Serbian tree,
including through the admin's side screens (preview, history, compare, copy, revisions)."""

import pytest
from wagtail.models import Page

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def serbian_translator(db):
    return UserFactory(username="prevodilac", groups=["Translators: Srpski"])


def test_each_translated_language_has_its_translators_group(serbian_translator):
    assert serbian_translator.has_perm("wagtail_localize.submit_translation")
    assert serbian_translator.has_perm("wagtailadmin.access_admin")
    english = UserFactory(username="translator", groups=["Translators: English"])
    assert english.has_perm("wagtail_localize.submit_translation")


def test_a_serbian_translator_edits_serbian_pages_only(serbian_translator, strategy, locales):
    assert (
        strategy.get_translation(locales["sr-latn"])
        .permissions_for_user(serbian_translator)
        .can_edit()
    )
    for page in (strategy, strategy.get_translation(locales["en"])):
        permissions = page.permissions_for_user(serbian_translator)
        assert not permissions.can_edit() and not permissions.can_publish()
    assert (
        not strategy.get_translation(locales["sr-latn"])
        .permissions_for_user(serbian_translator)
        .can_publish()
    )


def _side_urls(page: Page) -> list[str]:
    revision = page.latest_revision
    return [
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/edit/preview/",
        f"/admin/pages/{page.pk}/history/",
        f"/admin/pages/{page.pk}/revisions/",
        f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/",
        f"/admin/pages/{page.pk}/revisions/compare/earliest...{revision.pk}/",
        f"/admin/pages/{page.pk}/copy/",
        f"/admin/pages/{page.pk}/move/",
        f"/admin/pages/{page.pk}/delete/",
        f"/admin/pages/{page.pk}/unpublish/",
    ]


@pytest.mark.parametrize("language", ["sq", "en"])
def test_a_serbian_translator_reaches_no_other_language_through_side_screens(
    client, serbian_translator, strategy, locales, language
):
    page = strategy.get_translation(locales[language])
    client.force_login(serbian_translator)
    opened = [url for url in _side_urls(page) if client.get(url).status_code == 200]
    assert opened == []
    before = Page.objects.get(pk=page.pk).title
    client.post(f"/admin/pages/{page.pk}/edit/", {"title": "Prevod", "slug": page.slug})
    client.post(f"/admin/pages/{page.pk}/copy/", {"new_title": "Kopija", "new_slug": "kopija"})
    assert Page.objects.get(pk=page.pk).title == before
    assert not Page.objects.filter(slug="kopija").exists()


def test_the_same_side_screens_open_for_the_serbian_page(
    client, serbian_translator, strategy, locales
):
    # The control: the screens above are real and open where the translator may work (moving,
    # deleting and unpublishing are for the Information Office there too).
    page = strategy.get_translation(locales["sr-latn"])
    client.force_login(serbian_translator)
    opened = [url for url in _side_urls(page) if client.get(url).status_code == 200]
    assert [url.split(f"/{page.pk}/")[1] for url in opened] == [
        "edit/",
        "edit/preview/",
        "history/",
        f"revisions/{page.latest_revision.pk}/view/",
        f"revisions/compare/earliest...{page.latest_revision.pk}/",
        "copy/",
    ]


def test_sites_whose_trees_already_exist_get_the_groups_from_the_migration(locales):
    from importlib import import_module

    from django.apps import apps
    from django.contrib.auth.models import Group

    Group.objects.filter(name__startswith="Translators: ").delete()
    migration = import_module("translations.migrations.0001_translators_per_language")
    migration.create_groups(apps, None)
    serbian = Group.objects.get(name="Translators: Srpski")
    user = UserFactory(username="t2", groups=[serbian.name])
    home_sr = Page.objects.get(depth=2, locale=locales["sr-latn"])
    assert home_sr.permissions_for_user(user).can_edit()
    assert not Page.objects.get(depth=2, locale=locales["en"]).permissions_for_user(user).can_edit()


def test_a_serbian_translator_can_start_serbian_translations_only(
    client, serbian_translator, home, locales, django_capture_on_commit_callbacks
):
    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=home, title="Orari i punës")
    client.force_login(serbian_translator)
    form = client.get(f"/admin/localize/submit/page/{page.pk}/?select_locale=sr-latn")
    html = form.content.decode()
    assert f'value="{locales["sr-latn"].pk}"' in html and "checked" in html
    assert f'value="{locales["en"].pk}"' not in html
    refused = client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [locales["en"].pk]}
    )
    assert refused.status_code == 200  # the form again, with the error
    assert not page.has_translation(locales["en"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locales["sr-latn"].pk]})
    serbian = page.get_translation(locales["sr-latn"])
    assert not serbian.live  # a draft, for the review
