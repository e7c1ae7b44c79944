"""The summary in the admin: counts per choice of every language together (choices matched by
position), the written answers a page at a time, and only for those who may see the answers."""

import pytest
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from surveys import summary
from tests.factories import UserFactory
from tests.surveys.conftest import answers, captcha_from, question

pytestmark = pytest.mark.django_db


def counts(page) -> dict[str, dict[str, int]]:
    source = page.survey_source()
    return {
        q.name: {row["label"]: row["count"] for row in q.rows}
        for q in summary.summarise(source, source.get_submissions())
        if q.counted
    }


def test_the_summary_counts_the_answers_of_every_translation_together(client, study, locales):
    channel = question(study, "radio").clean_name
    before = counts(study)[channel]
    for language in ("sq", "sr-latn", "en"):
        page = study.get_translation(locales[language])
        form = client.get(page.url)
        response = client.post(page.url, {**answers(page, position=3), **captcha_from(form)})
        assert response.status_code == 302
    after = counts(study)[channel]
    # The fourth choice is "Më rrallë", "Ređe", "Less often": one row, three answers more.
    assert after["Më rrallë"] == before["Më rrallë"] + 3
    assert sum(after.values()) == sum(before.values()) + 3
    assert set(after) == set(question(study, "radio").options)


def test_the_admin_summary_shows_a_chart_per_question_and_the_written_answers(
    admin_client, annual, locales
):
    serbian = annual.get_translation(locales["sr-latn"])
    # The summary of any translation is the survey's: the same counts.
    response = admin_client.get(reverse("surveys_summary", args=[serbian.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="results-chart"') >= 7  # languages + 7 questions with choices
    assert "Odakle najčešće dobijate informacije o radu opštine?" in html
    assert "Bilten bi trebalo da stiže i u Mogilu." in html
    assert response.context["respondents"] == annual.get_submissions().count() == 8
    rows = {row["label"]: row["count"] for row in response.context["languages"]}
    assert rows == {"Shqip": 4, "Srpski": 3, "English": 1}
    place = next(q for q in response.context["questions"] if q.field_type == "dropdown")
    assert {row["label"]: row["count"] for row in place.rows}["Klokot"] == 3
    assert "services/results-chart.css" in html and "surveys/admin.css" in html


def test_the_written_answers_are_paginated(admin_client, study):
    text = question(study, "multiline").clean_name
    for number in range(30):
        FormSubmission.objects.create(page=study, form_data={text: f"Përgjigjja {number}"})
    url = reverse("surveys_answers", args=[study.pk, text])
    first = admin_client.get(url)
    assert first.status_code == 200
    assert "Përgjigjja 29" in first.content.decode()
    assert "Përgjigjja 0<" not in first.content.decode()
    second = admin_client.get(url, {"p": "2"})
    assert "Përgjigjja 0<" in second.content.decode()
    assert admin_client.get(reverse("surveys_answers", args=[study.pk, "nope"])).status_code == 404


def test_the_summary_is_linked_from_wagtails_list_of_answers(admin_client, annual, locales):
    serbian = annual.get_translation(locales["sr-latn"])
    response = admin_client.get(reverse("wagtailforms:list_submissions", args=[serbian.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("surveys_summary", args=[serbian.pk]) in html
    # Every language's answers are listed on every translation.
    assert "Bilten bi trebalo da stiže i u Mogilu." in html
    explore = admin_client.get(reverse("wagtailadmin_explore", args=[annual.get_parent().pk]))
    assert reverse("surveys_summary", args=[annual.pk]) in explore.content.decode()


def test_only_those_who_may_see_the_answers_see_the_summary(client, annual):
    url = reverse("surveys_summary", args=[annual.pk])
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/admin/login/")
    # Translators enter the admin but may not see a survey's answers: Wagtail's own answer to
    # a refused permission (PermissionDenied) is a redirect to the dashboard with a message.
    client.force_login(UserFactory(groups=["Translators"]))
    refused = client.get(url)
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    name = question(annual, "multiline").clean_name
    refused = client.get(reverse("surveys_answers", args=[annual.pk, name]))
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    client.force_login(UserFactory(groups=["Information Office"]))
    assert client.get(url).status_code == 200


def test_the_summary_of_a_page_that_is_no_survey_is_a_404(admin_client, home):
    assert admin_client.get(reverse("surveys_summary", args=[home.pk])).status_code == 404


def test_the_editor_opens_a_survey_and_a_new_question_takes_the_pages_language(
    admin_client, annual, locales
):
    from surveys.models import SurveyField

    serbian = annual.get_translation(locales["sr-latn"])
    for page in (annual, serbian):
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
    index = annual.get_parent()
    add = reverse("wagtailadmin_pages:add", args=["surveys", "surveypage", index.pk])
    assert admin_client.get(add).status_code == 200
    question = SurveyField.objects.create(
        page=serbian, label="Novo pitanje", field_type="singleline"
    )
    assert question.locale == locales["sr-latn"]
    assert question.clean_name == "novo_pitanje"


def test_the_summary_of_a_translation_is_labelled_in_its_language(admin_client, annual, locales):
    serbian = annual.get_translation(locales["sr-latn"])
    source = admin_client.get(reverse("surveys_summary", args=[annual.pk])).context["questions"]
    response = admin_client.get(reverse("surveys_summary", args=[serbian.pk]))
    translated = response.context["questions"]
    assert translated[0].label == "Odakle najčešće dobijate informacije o radu opštine?"
    assert [row["label"] for row in translated[0].rows][:2] == [
        "Veb-sajt opštine",
        "Informativni bilten",
    ]
    # The same counts, whichever language labels them.
    assert [row["count"] for row in translated[0].rows] == [row["count"] for row in source[0].rows]
    html = response.content.decode()
    assert reverse("surveys_summary", args=[annual.pk]) in html
