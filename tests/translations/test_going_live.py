"""A translation goes live only when someone who may publish it says so: never at once with the
source's text, never by a translator's hand."""

import re

import pytest
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from bulletin.apps import TOPIC
from bulletin.models import BulletinIndexPage, BulletinIssuePage, IssuePDF
from services.subscriptions.mailing import MAILER
from tests.factories import BulletinIssuePageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(db):
    return UserFactory(username="office", groups=["Information Office"])


@pytest.fixture
def translator(db):
    return UserFactory(username="prevodilac", groups=["Translators"])


@pytest.fixture
def new_issue(locales, django_capture_on_commit_callbacks) -> BulletinIssuePage:
    """A new issue, published in Albanian only."""
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    issue = BulletinIssuePageFactory(
        parent=archive, title="Gusht 2019: Rruga e re", year=2019, month=8, number=5
    )
    with django_capture_on_commit_callbacks(execute=True):
        issue.save_revision().publish()
    return issue


def test_starting_a_translation_makes_a_draft_that_appears_nowhere(
    client, office, new_issue, locales, django_capture_on_commit_callbacks
):
    client.force_login(office)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/localize/submit/page/{new_issue.pk}/",
            {"locales": [locales["sr-latn"].pk]},
        )
    assert response.status_code == 302
    serbian = new_issue.get_translation(locales["sr-latn"])
    assert not serbian.live
    client.logout()
    # Not served, not in the archive or its feed, not printed, not offered for mailing.
    assert client.get(f"/sr-latn/{serbian.url_path.split('/', 2)[2]}").status_code == 404
    archive = serbian.get_parent()
    assert "Gusht 2019" not in client.get(archive.url).content.decode()
    assert "Gusht 2019" not in client.get(f"{archive.url}feed/").content.decode()
    assert not IssuePDF.objects.filter(page=serbian).exists()
    rows = {row.code: row for row in MAILER.languages(new_issue, TOPIC)}
    assert rows["sr-latn"].page is None and rows["sq"].page is not None


def _source_edit(issue: BulletinIssuePage, django_capture_on_commit_callbacks) -> None:
    issue.intro = "Një hyrje e re, ende pa përkthim."
    with django_capture_on_commit_callbacks(execute=True):
        issue.save_revision().publish()


@pytest.fixture
def translated_issue(locales) -> tuple[BulletinIssuePage, Page]:
    """The demo's July issue, live in Albanian and Serbian."""
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=4)
    return issue, issue.get_translation(locales["sr-latn"])


def test_a_translator_cannot_publish_through_sync_translated_pages(
    client, translator, translated_issue, django_capture_on_commit_callbacks
):
    issue, serbian = translated_issue
    live_before = serbian.live_revision_id
    _source_edit(issue, django_capture_on_commit_callbacks)
    source = TranslationSource.objects.get_for_instance(issue)
    client.force_login(translator)
    form = client.get(f"/admin/localize/update/{source.pk}/").content.decode()
    # The option is not offered; the reason is given (in the translator's language).
    assert not re.search(r'<input type="checkbox" name="publish_translations"', form)
    assert "Zyrës për Informim" in form
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
        )
    assert response.status_code == 302
    serbian.refresh_from_db()
    # The source's new text reached the translation's segments for the translator to work on;
    # what the public reads is unchanged.
    assert serbian.live_revision_id == live_before
    source.refresh_from_db()
    assert source.stringsegment_set.filter(string__data__contains="ende pa përkthim").exists()
    assert "ende pa përkthim" not in str(serbian.specific.intro)


def test_the_office_may_publish_through_sync_translated_pages(
    client, office, strategy, locales, django_capture_on_commit_callbacks
):
    serbian = strategy.get_translation(locales["sr-latn"])
    live_before = serbian.live_revision_id
    strategy.intro = "Hyrje e re e strategjisë."
    strategy.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(strategy)
    client.force_login(office)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    serbian.refresh_from_db()
    assert serbian.live_revision_id != live_before


def test_content_with_a_review_is_never_published_from_sync_even_by_the_office(
    client, office, translated_issue, django_capture_on_commit_callbacks
):
    issue, serbian = translated_issue
    live_before = serbian.live_revision_id
    _source_edit(issue, django_capture_on_commit_callbacks)
    source = TranslationSource.objects.get_for_instance(issue)
    client.force_login(office)
    page = client.get(f"/admin/localize/update/{source.pk}/").content.decode()
    assert 'type="checkbox" name="publish_translations"' not in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    serbian.refresh_from_db()
    assert serbian.live_revision_id == live_before


def test_content_with_a_review_is_not_published_from_the_translation_editor(
    client, office, translated_issue, django_capture_on_commit_callbacks
):
    """The Bulletin review's neutrality confirmation is not skipped: the Office approves the
    translation in the workflow, like its source."""
    _issue, serbian = translated_issue
    serbian = serbian.specific
    serbian.intro = "Nacrt prevodioca."
    serbian.save_revision()
    live_before = serbian.live_revision_id
    client.force_login(office)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/{serbian.pk}/edit/", {"action": "publish"}, follow=True
        )
    assert "Awaiting your review" in response.content.decode()
    serbian.refresh_from_db()
    assert serbian.live_revision_id == live_before


def test_a_translation_is_never_converted_to_an_alias_of_its_source(
    client, office, strategy, locales
):
    serbian = strategy.get_translation(locales["sr-latn"])
    client.force_login(office)
    editor = client.get(f"/admin/pages/{serbian.pk}/edit/").content.decode()
    assert "convert_to_alias" not in editor
    response = client.post(f"/admin/localize/page/{serbian.pk}/convert_to_alias/")
    assert response.status_code == 302
    serbian.refresh_from_db()
    assert serbian.alias_of_id is None
    assert serbian.title != strategy.title


def test_a_translator_cannot_publish_from_the_translation_editor_or_bulk_actions(
    client, translator, translated_issue, django_capture_on_commit_callbacks
):
    issue, serbian = translated_issue
    serbian = serbian.specific
    serbian.intro = "Nacrt prevodioca."
    serbian.save_revision()
    live_before = serbian.live_revision_id
    client.force_login(translator)
    with django_capture_on_commit_callbacks(execute=True):
        editor = client.post(f"/admin/pages/{serbian.pk}/edit/", {"action": "publish"})
        bulk = client.post(
            f"/admin/bulk/wagtailcore/page/publish/?id={serbian.pk}", {"include_descendants": ""}
        )
    assert editor.status_code in (302, 403) and bulk.status_code in (200, 302, 403)
    serbian.refresh_from_db()
    assert serbian.live_revision_id == live_before
    assert "Nacrt" not in str(BulletinIssuePage.objects.get(pk=serbian.pk).intro)


def test_the_translation_record_stays_enabled_for_translators(translated_issue, locales):
    issue, _serbian = translated_issue
    source = TranslationSource.objects.get_for_instance(issue)
    assert Translation.objects.get(source=source, target_locale=locales["sr-latn"]).enabled


def test_a_category_started_in_serbian_is_not_shown_until_translated(
    client, locales, django_capture_on_commit_callbacks
):
    """Categories are plain snippets (no drafts): wagtail-localize makes the Serbian one at once,
    with the Albanian name, which citizens must not see as Serbian."""
    from services.complaints.models import Category
    from tests.factories import CategoryFactory

    category = CategoryFactory(name="Ndriçimi publik i ri")
    office = UserFactory(username="office", groups=["Information Office"])
    client.force_login(office)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/localize/submit/snippet/complaints/category/{category.pk}/",
            {"locales": [locales["sr-latn"].pk]},
        )
    serbian = Category.objects.get(
        translation_key=category.translation_key, locale=locales["sr-latn"]
    )
    assert serbian.name == "Ndriçimi publik i ri"  # wagtail-localize's copy, untranslated
    client.logout()
    names = [
        row["name"]
        for row in client.get("/api/v3/complaints/categories/", {"locale": "sr-latn"}).json()
    ]
    assert "Ndriçimi publik i ri" not in names and names  # the translated ones are there
    # Translated (and saved), it appears.
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(category),
        target_locale=locales["sr-latn"],
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "Novo javno osvetljenje"
    translation.import_po(po)
    translation.save_target()
    names = [
        row["name"]
        for row in client.get("/api/v3/complaints/categories/", {"locale": "sr-latn"}).json()
    ]
    assert "Novo javno osvetljenje" in names
