"""The municipality's glossary: a translatable snippet (each language's version is the term in
that language), shown beside wagtail-localize's translation editor with the terms the source
text uses, and edited by each translator in their own language only."""

import html
import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests.factories import StandardPageFactory, UserFactory
from translations.demo import load_demo
from translations.glossary import glossary_for, terms_in
from translations.glossary_data import TERMS
from translations.models import GlossaryTerm

pytestmark = pytest.mark.django_db

CYRILLIC = re.compile("[\u0400-\u04ff]")


def english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def serbian_translator(db):
    return english(UserFactory(username="prevodilac", groups=["Translators: Srpski"]))


@pytest.fixture
def editor(db):
    return english(UserFactory(username="urednik", groups=["Editors"]))


def term(text: str) -> GlossaryTerm:
    return GlossaryTerm(term=text)


def found(text: str, *terms: str, language: str = "sq") -> list[str]:
    return [t.term for t in terms_in(text, [term(t) for t in terms], language)]


# --- Finding terms in a text ----------------------------------------------------------------


def test_an_albanian_term_is_found_in_its_inflected_forms():
    terms = ("Kuvendi Komunal", "Kryetari i Komunës", "ankesë", "Strategjia për Informim")
    for text in (
        "Seanca e Kuvendit Komunal u mbajt sot.",
        "Kuvendin Komunal e thirri kryesuesi.",
        "Në Strategjinë për Informim shkruan se Kryetarit të Komunës i dërgohen ankesat.",
    ):
        assert found(text, *terms), text
    assert found("Kuvendin Komunal", "Kuvendi Komunal") == ["Kuvendi Komunal"]
    # The linking particle follows the noun's case: "i" becomes "të".
    assert found("Letra e Kryetarit të Komunës", "Kryetari i Komunës") == ["Kryetari i Komunës"]
    assert found("Ankesat dhe ankesës", "ankesë") == ["ankesë"]


def test_only_whole_words_and_known_endings_match():
    # "komunal" (municipal) is another word than "komuna"; "anketë" (a survey) is not a form
    # of "ankesë"; "departamentalizim" is not "departamenti".
    assert found("Shërbimet komunale", "komuna") == []
    assert found("Plotësoni anketën", "ankesë") == []
    assert found("departamentalizimi", "departamenti") == []
    assert found("Xkomuna", "komuna") == []


def test_every_form_of_a_term_counts_and_terms_come_in_reading_order():
    terms = ("ankesë", "Kuvendi Komunal; Kuvendi i Komunës")
    assert found("Kuvendit të Komunës i erdhi një ankesë.", *terms) == [
        "Kuvendi Komunal; Kuvendi i Komunës",
        "ankesë",
    ]


def test_a_term_is_not_found_across_two_segments(home, locales):
    page = StandardPageFactory(parent=home, title="Kuvendi", intro="Komunal")
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locales["en"])
    assembly = "Kuvendi Komunal; Kuvendi i Komunës"
    assert assembly not in [entry.source.term for entry in glossary_for(translation)]
    page.title = "Kuvendi Komunal"
    page.save()
    source.update_from_db()
    assert assembly in [entry.source.term for entry in glossary_for(translation)]


def test_serbian_and_english_source_texts_are_matched_with_their_own_endings():
    assert found("Sednica Skupštini opštine", "Skupština opštine", language="sr") == [
        "Skupština opštine"
    ]
    assert found("pritužbama građana", "pritužba", language="sr") == ["pritužba"]
    assert found("Two municipalities signed.", "municipality", language="en") == ["municipality"]


# --- The demo glossary ---------------------------------------------------------------------


def test_the_demo_glossary_has_the_style_guides_terms_in_three_languages(locales):
    for code in ("sq", "sr-latn", "en"):
        assert (
            GlossaryTerm.objects.filter(locale=locales[code]).count() == len(TERMS) == 47
        )  # LANGUAGE.md's 40 rows, the last three split
    assembly = GlossaryTerm.objects.get(locale=locales["sq"], term__startswith="Kuvendi Komunal")
    serbian = assembly.get_translation(locales["sr-latn"])
    assert serbian.term.startswith("Skupština opštine")
    assert assembly.get_translation(locales["en"]).term == "Municipal Assembly"
    # Made through wagtail-localize (a translation a translator can sync), not copied.
    source = TranslationSource.objects.get_for_instance(assembly)
    assert Translation.objects.filter(source=source, target_locale=locales["sr-latn"]).exists()
    complaint = GlossaryTerm.objects.get(locale=locales["sr-latn"], term__startswith="pritužba")
    assert "žalba" in complaint.note


def test_demo_notes_exist_in_every_language_or_none_and_serbian_is_latin():
    for row in TERMS:
        assert len({bool(version["note"]) for version in row.values()}) == 1, row["en"]
        for version in row.values():
            assert version["term"].strip() and "**" not in version["term"]
        assert not CYRILLIC.search(row["sr-latn"]["term"] + row["sr-latn"]["note"])


def test_loading_the_demo_again_changes_nothing(home, locales):
    before = sorted(GlossaryTerm.objects.values_list("pk", "term"))
    load_demo(home, locales)
    assert sorted(GlossaryTerm.objects.values_list("pk", "term")) == before


# --- The panel beside the translation editor -----------------------------------------------


@pytest.fixture
def serbian_draft(home, locales):
    """A new Albanian page whose Serbian translation has just been started."""
    page = StandardPageFactory(
        parent=home,
        title="Seanca e Kuvendit Komunal",
        intro="Kryetari i Komunës u përgjigjet ankesave të qytetarëve për orarin e punës.",
    )
    page.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=locales["sr-latn"], enabled=True
    )
    translation.save_target(publish=False)
    return translation


def panel(response) -> str:
    text = response.content.decode()
    start = text.index('class="translations-glossary')
    return text[start : text.index("</section>", start)]


def test_the_editor_lists_the_terms_of_the_source_with_their_serbian_form_and_note(
    client, serbian_translator, serbian_draft, locales
):
    GlossaryTerm.objects.create(
        locale=locales["sq"], term="orari i punës", note="Orari zyrtar i punës."
    )
    target = serbian_draft.get_target_instance()
    client.force_login(serbian_translator)
    response = client.get(f"/admin/pages/{target.pk}/edit/")
    assert response.status_code == 200
    assert "js-translation-editor" in response.content.decode()  # wagtail-localize's editor
    shown = re.sub(r"\s+", " ", html.unescape(panel(response)))
    assert "Glossary" in shown and "Srpski" in shown
    rows = re.findall(r"<tr>(.*?)</tr>", shown)[1:]
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in rows]
    texts = [[re.sub(r"<[^>]+>", "", cell).strip() for cell in row] for row in cells]
    by_term = {row[0]: row for row in texts}
    # In the order the source uses them: the session, the Assembly, the Mayor, the
    # municipality ("Komunës"), complaints...
    assert list(by_term)[:5] == [
        "seanca e Kuvendit",
        "Kuvendi Komunal; Kuvendi i Komunës",
        "Kryetari i Komunës",
        "komuna; Komuna e Kllokotit",
        "ankesë; ankesat",
    ]
    assert by_term["Kuvendi Komunal; Kuvendi i Komunës"][1].startswith("Skupština opštine")
    assert by_term["ankesë; ankesat"][1] == "pritužba; pritužbe"
    assert by_term["ankesë; ankesat"][2].startswith("Ne „žalba“")  # the Serbian note
    # A term nobody has translated yet says so, with the source's note.
    assert by_term["orari i punës"][1:] == ["no translation yet", "Orari zyrtar i punës."]


def test_the_panel_says_when_the_source_uses_no_term(client, serbian_translator, home, locales):
    page = StandardPageFactory(parent=home, title="Orari", intro="Hapur çdo ditë.")
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=locales["sr-latn"], enabled=True
    )
    translation.save_target(publish=False)
    client.force_login(serbian_translator)
    response = client.get(f"/admin/pages/{page.get_translation(locales['sr-latn']).pk}/edit/")
    assert "The source text uses no term of the glossary." in panel(response)


def test_the_glossary_costs_three_queries_however_many_terms_it_finds(
    serbian_draft, locales, django_assert_max_num_queries
):
    translation = Translation.objects.select_related("source__locale").get(pk=serbian_draft.pk)
    with django_assert_max_num_queries(3):
        few = glossary_for(translation)
    for word in ("seanca", "qytetarëve", "orarin", "punës", "Kuvendit"):
        GlossaryTerm.objects.create(locale=locales["sq"], term=word)
    with django_assert_max_num_queries(3):
        more = glossary_for(translation)
    assert len(more) == len(few) + 5


# --- Who may edit which language's entries ---------------------------------------------------


def refused(response) -> bool:
    """Wagtail's admin answers a refusal with a redirect to the dashboard (and a message)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def edit_url(glossary_term: GlossaryTerm) -> str:
    return f"/admin/snippets/translations/glossaryterm/edit/{glossary_term.pk}/"


@pytest.fixture
def assembly(locales) -> dict[str, GlossaryTerm]:
    source = GlossaryTerm.objects.get(locale=locales["sq"], term__startswith="Kuvendi Komunal")
    return {code: source.get_translation(locales[code]) for code in ("sq", "sr-latn", "en")}


def test_a_serbian_translator_edits_the_serbian_entry_in_the_translation_editor(
    client, serbian_translator, assembly
):
    client.force_login(serbian_translator)
    response = client.get(edit_url(assembly["sr-latn"]))
    assert response.status_code == 200
    assert "js-translation-editor" in response.content.decode()
    translation = Translation.objects.get(
        source__object_id=assembly["sq"].translation_key,
        target_locale=assembly["sr-latn"].locale,
    )
    segment = translation.source.stringsegment_set.get(context__path="term")
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
    saved = client.put(
        url,
        urlencode({"value": "Skupština opštine Klokot"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert saved.status_code in (200, 201)
    assert (
        StringTranslation.objects.get(
            translation_of=segment.string,
            locale=assembly["sr-latn"].locale,
            context=segment.context,
        ).last_translated_by
        == serbian_translator
    )


@pytest.mark.parametrize("language", ["sq", "en"])
def test_a_serbian_translator_only_reads_other_languages_entries(
    client, serbian_translator, assembly, language
):
    client.force_login(serbian_translator)
    entry = assembly[language]
    assert refused(client.get(edit_url(entry)))
    assert refused(client.post(edit_url(entry), {"term": "X"}))
    assert GlossaryTerm.objects.get(pk=entry.pk).term == entry.term
    inspect = client.get(f"/admin/snippets/translations/glossaryterm/inspect/{entry.pk}/")
    assert inspect.status_code == 200 and entry.term in html.unescape(inspect.content.decode())
    listing = client.get(f"/admin/snippets/translations/glossaryterm/?locale={language}")
    assert listing.status_code == 200 and edit_url(entry) not in listing.content.decode()


def test_wagtail_localizes_editing_endpoints_refuse_another_language(
    client, serbian_translator, assembly
):
    # wagtail-localize checks only the model's permission for a snippet; the language rule is
    # put in front of its endpoints.
    translation = Translation.objects.get(
        source__object_id=assembly["sq"].translation_key, target_locale=assembly["en"].locale
    )
    segment = translation.source.stringsegment_set.get(context__path="term")
    client.force_login(serbian_translator)
    base = f"/admin/localize/translate/{translation.pk}/"
    answer = client.put(
        f"{base}strings/{segment.pk}/edit/",
        urlencode({"value": "Town Council"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert refused(answer)
    assert refused(client.post(f"{base}disable/"))
    assert refused(client.post(f"{base}machine_translate/"))
    assert Translation.objects.get(pk=translation.pk).enabled
    assert not StringTranslation.objects.filter(data="Town Council").exists()


def test_the_listing_links_to_the_editor_in_the_translators_language(
    client, serbian_translator, assembly
):
    client.force_login(serbian_translator)
    listing = client.get("/admin/snippets/translations/glossaryterm/?locale=sr-latn")
    assert edit_url(assembly["sr-latn"]) in listing.content.decode()


def test_editors_keep_the_glossary_in_every_language(client, editor, assembly, locales):
    client.force_login(editor)
    for entry in assembly.values():
        assert client.get(edit_url(entry)).status_code == 200
    response = client.post(
        "/admin/snippets/translations/glossaryterm/add/?locale=sq",
        {"term": "buxheti komunal", "note": ""},
    )
    assert response.status_code == 302
    assert GlossaryTerm.objects.filter(locale=locales["sq"], term="buxheti komunal").exists()


def test_translators_may_not_add_entries(client, serbian_translator):
    client.force_login(serbian_translator)
    response = client.post(
        "/admin/snippets/translations/glossaryterm/add/?locale=sr-latn", {"term": "budžet"}
    )
    assert refused(response)
    assert not GlossaryTerm.objects.filter(term="budžet").exists()


def test_translators_groups_of_every_age_get_the_glossary_permissions(locales):
    # Groups made before the glossary get them from its migration, later ones from
    # services.roles when their language's tree is created.
    from importlib import import_module

    from django.apps import apps

    serbian = Group.objects.get(name="Translators: Srpski")
    change = Permission.objects.get(codename="change_glossaryterm")
    assert change in serbian.permissions.all()
    serbian.permissions.remove(change)
    Group.objects.get(name="Translators").permissions.remove(change)
    import_module("translations.migrations.0003_glossary").grant(apps, None)
    assert change in serbian.permissions.all()
    assert change in Group.objects.get(name="Translators").permissions.all()
    assert not Permission.objects.filter(
        codename="add_glossaryterm", group__name__startswith="Translators"
    ).exists()


def test_pages_are_left_to_their_own_permissions(client, serbian_translator, serbian_draft):
    # The language rule in front of wagtail-localize's endpoints leaves pages alone: the
    # translator edits the Serbian page's strings as before.
    segment = serbian_draft.source.stringsegment_set.get(context__path="title")
    client.force_login(serbian_translator)
    saved = client.put(
        f"/admin/localize/translate/{serbian_draft.pk}/strings/{segment.pk}/edit/",
        urlencode({"value": "Sednica Skupštine opštine"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert saved.status_code == 201
    assert Page.objects.filter(pk=serbian_draft.get_target_instance().pk).exists()


def test_a_new_entry_is_only_added_in_ones_own_language(client, serbian_translator, locales):
    # Should a translators' group be allowed to add entries, it adds them in its language only.
    Group.objects.get(name="Translators: Srpski").permissions.add(
        Permission.objects.get(codename="add_glossaryterm")
    )
    client.force_login(serbian_translator)
    add = "/admin/snippets/translations/glossaryterm/add/"
    assert refused(client.post(f"{add}?locale=en", {"term": "budget", "note": ""}))
    assert client.post(f"{add}?locale=sr-latn", {"term": "budžet", "note": ""}).status_code == 302
    assert list(GlossaryTerm.objects.filter(term__in=["budget", "budžet"])) == [
        GlossaryTerm.objects.get(locale=locales["sr-latn"], term="budžet")
    ]
