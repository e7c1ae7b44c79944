"""A survey's questions are a translatable child relation: wagtail-localize translates their
labels, help texts and choices, and keeps their keys, so every language's answers are one
survey's. The Cyrillic edition of the Serbian survey takes answers too."""

import pytest
from wagtail_localize.models import Translation, TranslationSource

from surveys.models import SurveyField
from surveys.respond import LANGUAGE_KEY
from tests.surveys.conftest import answers, captcha_from, question

pytestmark = pytest.mark.django_db


def test_a_question_added_to_the_source_reaches_the_translation_with_its_key(study, locales):
    serbian = study.get_translation(locales["sr-latn"])
    SurveyField.objects.create(
        page=study,
        locale=study.locale,
        label="A do të rekomandonit faqen?",
        field_type="radio",
        choices="Po\nJo",
        sort_order=99,
    )
    source, _ = TranslationSource.update_or_create_from_instance(study)
    translation = Translation.objects.get(source=source, target_locale=locales["sr-latn"])
    po = translation.export_po()
    for entry in po:
        if entry.msgid == "A do të rekomandonit faqen?":
            entry.msgstr = "Da li biste preporučili sajt?"
        elif entry.msgid == "Po<br/>Jo":
            entry.msgstr = "Da<br/>Ne"
    translation.import_po(po)
    translation.save_target(publish=True)

    added = serbian.get_form_fields().last()
    original = study.get_form_fields().last()
    assert added.label == "Da li biste preporučili sajt?"
    assert added.options == ["Da", "Ne"]
    assert (added.clean_name, added.translation_key) == (
        original.clean_name,
        original.translation_key,
    )
    assert added.locale == locales["sr-latn"]


def test_the_cyrillic_edition_takes_answers_and_stores_them_with_the_survey(client, study, locales):
    cyrillic = "/sr-cyrl/upitnici/studija-korisnika-sajta/"
    form = client.get(cyrillic)
    assert form.status_code == 200
    html = form.content.decode()
    assert "Колико често посећујете веб-сајт општине?" in html
    # The values sent stay the Serbian (Latin) choices: the form validates them as they are.
    assert 'value="Svaki dan"' in html
    serbian = study.get_translation(locales["sr-latn"])
    data = {**answers(serbian, position=1, text="Ћирилицом"), **captcha_from(form)}
    response = client.post(cyrillic, data)
    assert response.status_code == 302
    assert response["Location"].startswith("/sr-cyrl/")
    stored = study.get_submissions().latest("pk").form_data
    assert stored[question(study, "radio").clean_name] == "Çdo javë"
    assert stored[LANGUAGE_KEY] == "sr-latn"
    assert stored[question(study, "multiline").clean_name] == "Ћирилицом"
    thanks = client.get(response["Location"]).content.decode()
    assert "Хвала Вам на одговорима." in thanks
