"""The demo site: built from the seed, translated through wagtail-localize, idempotent."""

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home import demo_content

pytestmark = pytest.mark.django_db


def _load(*args: str) -> None:
    call_command("load_demo", *args, stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_strategy_exists_in_three_locales_as_translations_of_one_source(strategy):
    source = TranslationSource.objects.get_for_instance(strategy)
    assert source.locale.language_code == "sq"
    translations = Translation.objects.filter(source=source)
    assert sorted(t.target_locale.language_code for t in translations) == ["en", "sr-latn"]
    for translation in translations:
        page = strategy.get_translation(translation.target_locale)
        assert page.live
        # Every string of the source has a translation: the page is not a copy.
        assert translation.get_progress() == (source.stringsegment_set.count(),) * 2
        assert page.title != strategy.title


def test_serbian_strategy_uses_the_seeds_serbian_terms(strategy, locales):
    page = strategy.get_translation(locales["sr-latn"]).specific
    text = " ".join(str(block.value) for block in page.body)
    assert "Skupštin" in text
    assert "534/2" in text


def test_every_demo_page_is_live_in_every_language():
    for code in demo_content.LANGUAGES:
        titles = set(
            Page.objects.filter(locale__language_code=code, depth__gte=3)
            .live()
            .values_list("title", flat=True)
        )
        # Plugins add their own pages (e.g. the complaints box); the strategy's are all there.
        assert {page[code]["title"] for page in demo_content.PAGES} <= titles


def test_running_it_again_changes_nothing():
    before = list(Page.objects.order_by("path").values_list("pk", "path", "numchild", "title"))
    _load()
    after = list(Page.objects.order_by("path").values_list("pk", "path", "numchild", "title"))
    assert after == before


def test_force_rebuilds_a_consistent_tree():
    old_ids = set(Page.objects.filter(depth__gte=2).values_list("pk", flat=True))
    _load("--force")
    pages = Page.objects.filter(depth__gte=2)
    assert pages.count() == len(old_ids)
    assert not old_ids & set(pages.values_list("pk", flat=True))
    assert all(not problems for problems in Page.find_problems())


def test_the_tree_is_consistent_after_the_build():
    # wagtail-localize publishes on commit; a build inside one transaction used to leave
    # numchild at 0 and hide every translated child page.
    assert all(not problems for problems in Page.find_problems())
    home_sr = Page.objects.get(depth=2, locale__language_code="sr-latn")
    assert home_sr.get_children().count() == home_sr.numchild >= 2


def test_after_a_source_edit_sync_shows_only_the_changed_segment(strategy, locales):
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(strategy), target_locale=locales["en"]
    )
    strategy.intro = "Hyrje e re e strategjisë."
    strategy.save_revision().publish()
    translation.source.update_from_db()

    total, translated = translation.get_progress()
    assert translated == total - 1
    untranslated = [
        segment.string.data
        for segment in translation.source.stringsegment_set.select_related("string")
        if not StringTranslation.objects.filter(
            translation_of=segment.string, locale=locales["en"], context=segment.context
        ).exists()
    ]
    assert untranslated == ["Hyrje e re e strategjisë."]


def test_running_it_again_keeps_an_editors_identity_changes():
    from wagtail.models import Site

    from home.models import MunicipalityIdentity

    identity = MunicipalityIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.email = "zyra@kllokot.example"
    identity.save()
    _load()
    identity.refresh_from_db()
    assert identity.email == "zyra@kllokot.example"


def test_the_demo_bulletins_print_editions_carry_the_municipalitys_name_and_contacts(
    monkeypatch,
):
    """The PDFs are built as the demo publishes its issues: the site and its identity must be
    there by then, or the cover and the contacts come out blank."""
    import io

    import pypdf

    from bulletin import tasks
    from bulletin.models import BulletinIssuePage, IssuePDF

    # As outside a test's transaction: each print edition is built as its issue is published.
    monkeypatch.setattr(tasks.transaction, "on_commit", lambda callback, **kwargs: callback())
    _load("--force")
    issue = BulletinIssuePage.objects.get(locale__language_code="sr-latn", year=2019, month=4)
    with IssuePDF.objects.get(page=issue).document.file.open("rb") as pdf:
        text = " ".join(
            page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf.read())).pages
        )
    assert "Opština Klokot" in text
    assert "info@kllokot.example" in text
