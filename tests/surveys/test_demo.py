"""The demo's surveys: real wagtail-localize translations of every string, a few answers so
the summary shows something, and a rerun that adds nothing."""

import pytest
from wagtail_localize.models import Translation, TranslationSource

from surveys.demo import load_demo
from surveys.models import SurveyField, SurveyPage

pytestmark = pytest.mark.django_db


def test_the_demo_surveys_are_translations_of_their_albanian_source(annual, study):
    for survey in (annual, study):
        source = TranslationSource.objects.get_for_instance(survey)
        assert source.locale.language_code == "sq"
        translations = Translation.objects.filter(source=source)
        assert sorted(t.target_locale.language_code for t in translations) == ["en", "sr-latn"]
        for translation in translations:
            assert translation.get_progress() == (source.stringsegment_set.count(),) * 2
            page = survey.get_translation(translation.target_locale)
            assert page.live and page.title != survey.title
            assert len(page.get_form_fields()) == len(survey.get_form_fields())
            for theirs, ours in zip(page.get_form_fields(), survey.get_form_fields(), strict=True):
                assert len(theirs.options) == len(ours.options)
                assert theirs.label != ours.label
    assert annual.get_submissions().count() == 8 and study.get_submissions().count() == 5


def test_running_the_demo_again_adds_nothing(home, locales):
    before = (
        SurveyPage.objects.count(),
        SurveyField.objects.count(),
        sum(page.get_submissions().count() for page in SurveyPage.objects.all()),
    )
    load_demo(home, locales)
    after = (
        SurveyPage.objects.count(),
        SurveyField.objects.count(),
        sum(page.get_submissions().count() for page in SurveyPage.objects.all()),
    )
    assert after == before
