"""Answering a survey on the site: in the respondent's language, through the one gate with the
captcha last, one answer per respondent when the editor asks for it, nothing typed lost and
never a 500."""

import json

import pytest
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from surveys.respond import LANGUAGE_KEY
from tests.surveys.conftest import answers, captcha_from, question

pytestmark = pytest.mark.django_db


def test_the_serbian_survey_shows_serbian_questions_and_choices(client, annual, locales):
    serbian = annual.get_translation(locales["sr-latn"])
    html = client.get(serbian.url).content.decode()
    assert "Odakle najčešće dobijate informacije o radu opštine?" in html
    assert "Veb-sajt opštine" in html and "Oglasne table" in html
    assert "Izaberite jedan odgovor." in html
    assert "Nga i merrni më shpesh" not in html and "Tabelat e njoftimeve" not in html
    # The questions keep their keys in every language: answers of both land together.
    assert [q.clean_name for q in serbian.get_form_fields()] == [
        q.clean_name for q in annual.get_form_fields()
    ]


@pytest.mark.parametrize(
    "language, thanks",
    [
        ("sq", "Ju faleminderit që morët pjesë."),
        ("sr-latn", "Hvala Vam što ste učestvovali."),
    ],
)
def test_an_answer_is_stored_on_the_source_in_its_wording_and_thanked_in_the_language(
    client, annual, locales, language, thanks
):
    page = annual.get_translation(locales[language])
    before = FormSubmission.objects.filter(page=annual).count()
    form = client.get(page.url)
    data = {**answers(page, position=2, text="Tekst"), **captcha_from(form)}
    response = client.post(page.url, data)
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}?thanks"
    assert FormSubmission.objects.filter(page=annual).count() == before + 1
    assert not FormSubmission.objects.filter(page=page).exclude(page=annual).exists()
    stored = FormSubmission.objects.filter(page=annual).latest("pk").form_data
    channel, topics = question(annual, "radio"), question(annual, "checkboxes")
    assert stored[channel.clean_name] == "Tabelat e njoftimeve"
    assert stored[topics.clean_name] == ["Projektet dhe investimet"]
    assert stored[question(annual, "checkbox").clean_name] is True
    assert stored[question(annual, "multiline").clean_name] == "Tekst"
    assert stored[LANGUAGE_KEY] == language
    # Nothing about the respondent: no address, no captcha.
    assert set(stored) == {LANGUAGE_KEY, *(q.clean_name for q in annual.get_form_fields())}
    assert "127.0.0.1" not in json.dumps(stored)
    landing = client.get(response["Location"])
    assert landing.status_code == 200
    assert thanks in landing.content.decode()
    assert landing["Cache-Control"] == "no-store"


def test_one_answer_per_respondent_in_every_language(client, annual, locales):
    serbian = annual.get_translation(locales["sr-latn"])
    form = client.get(annual.url)
    assert client.post(annual.url, {**answers(annual), **captcha_from(form)}).status_code == 302
    count = FormSubmission.objects.filter(page=annual).count()
    again = client.get(serbian.url)
    assert "Već ste odgovorili na ovaj upitnik. Hvala!" in again.content.decode()
    assert 'name="captcha_answer"' not in again.content.decode()
    repeat = client.post(serbian.url, answers(serbian))
    assert repeat.status_code == 409
    assert "Već ste odgovorili na ovaj upitnik. Hvala!" in repeat.content.decode()
    assert FormSubmission.objects.filter(page=annual).count() == count


def test_a_forged_cookie_does_not_count_as_answered(client, annual):
    from surveys.respond import cookie_name

    client.cookies[cookie_name(annual)] = "1"
    assert 'name="captcha_answer"' in client.get(annual.url).content.decode()


def test_answers_per_address_are_limited_as_configured(settings, annual, locales):
    settings.SURVEY_ANSWERS_PER_ADDRESS = "2/d"
    english = annual.get_translation(locales["en"])
    for _ in range(2):
        browser = Client()  # a new browser: no cookie, the same address
        form = browser.get(english.url)
        response = browser.post(english.url, {**answers(english), **captcha_from(form)})
        assert response.status_code == 302
    browser = Client()
    form = browser.get(english.url)
    response = browser.post(english.url, {**answers(english), **captcha_from(form)})
    assert response.status_code == 409
    assert "already been answered from your connection" in response.content.decode()
    # From another address the survey still takes answers.
    other = Client(REMOTE_ADDR="192.0.2.7")
    form = other.get(english.url)
    assert other.post(english.url, {**answers(english), **captcha_from(form)}).status_code == 302


def test_a_survey_without_the_limit_takes_several_answers_from_one_browser(client, study):
    before = study.get_submissions().count()
    for _ in range(2):
        form = client.get(study.url)
        assert client.post(study.url, {**answers(study), **captcha_from(form)}).status_code == 302
    assert study.get_submissions().count() == before + 2


def test_a_wrong_captcha_keeps_every_answer_and_says_why(client, annual, locales):
    serbian = annual.get_translation(locales["sr-latn"])
    form = client.get(serbian.url)
    data = {**answers(serbian, position=1, text="Moj odgovor ostaje"), **captcha_from(form)}
    data["captcha_answer"] = "wrong"
    before = FormSubmission.objects.count()
    response = client.post(serbian.url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Odgovor se ne slaže" in html
    assert "Moj odgovor ostaje" in html
    assert 'value="Informativni bilten" id="id_' in html
    assert html.count("checked") >= 2
    assert FormSubmission.objects.count() == before
    # A new challenge is shown for the next try.
    assert response.context["form"]["captcha_key"].value() != data["captcha_key"]


def test_missing_required_answers_are_named_in_the_language_and_the_rest_kept(
    client, annual, locales
):
    serbian = annual.get_translation(locales["sr-latn"])
    form = client.get(serbian.url)
    data = {**answers(serbian, text="Ostaje"), **captcha_from(form)}
    channel = question(serbian, "radio").clean_name
    del data[channel]
    response = client.post(serbian.url, data)
    assert response.status_code == 400
    assert response.context["form"].errors[channel] == ["Ovo polje je obavezno."]
    html = response.content.decode()
    assert "Molimo Vas da ispravite" in html or "Ovo polje je obavezno." in html
    assert "Ostaje" in html
    # The captcha was not used up by a mistake elsewhere: the same challenge is shown again.
    assert response.context["form"]["captcha_key"].value() == data["captcha_key"]


@pytest.mark.parametrize(
    "body, content_type, status",
    [
        (b"\x00\xff garbage \xfe", "application/x-www-form-urlencoded", 400),
        (b'{"a": 1}', "application/json", 415),
        (b"--x\r\nnot really multipart", "multipart/form-data; boundary=x", 400),
        (b"", "text/plain", 415),
    ],
)
def test_garbage_is_refused_with_a_4xx(client, annual, body, content_type, status):
    response = client.generic("POST", annual.url, body, content_type=content_type)
    assert response.status_code == status


def test_wrong_choice_values_are_refused_in_the_language(client, annual, locales):
    serbian = annual.get_translation(locales["sr-latn"])
    form = client.get(serbian.url)
    data = {**answers(serbian), **captcha_from(form)}
    channel = question(serbian, "radio").clean_name
    topics = question(serbian, "checkboxes").clean_name
    place = question(serbian, "dropdown").clean_name
    data[channel] = "Tabelat e njoftimeve"  # the Albanian choice is not a Serbian one
    data[topics] = ["Budžet i rashodi", "<script>"]
    data[place] = ["Klokot", "Vrbovac"]
    response = client.post(serbian.url, data)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "nije među ponuđenim vrednostima" in errors[channel][0]
    assert "nije među ponuđenim vrednostima" in errors[topics][0]
    assert "<script>" not in response.content.decode().split("<form")[0]


def test_an_overlong_answer_and_an_oversized_body_are_refused(client, annual, settings):
    form = client.get(annual.url)
    data = {**answers(annual, text="x" * 5001), **captcha_from(form)}
    response = client.post(annual.url, data)
    assert response.status_code == 400
    assert "x" * 5001 in response.content.decode()
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    big = client.post(annual.url, {**answers(annual, text="y" * 2000)})
    assert big.status_code == 413
    assert "Ajo që dërguat është shumë e madhe." in big.content.decode()


def test_the_honeypot_refuses_quietly(client, study):
    before = study.get_submissions().count()
    form = client.get(study.url)
    response = client.post(study.url, {**answers(study), **captcha_from(form), "website": "x"})
    assert response.status_code == 400
    assert study.get_submissions().count() == before


def test_a_new_captcha_keeps_the_answers(client, study):
    form = client.get(study.url)
    data = {**answers(study, text="E mbaj"), **captcha_from(form), "new_captcha": "1"}
    response = client.post(study.url, data)
    assert response.status_code == 200
    assert "E mbaj" in response.content.decode()
    assert response.context["form"]["captcha_key"].value() != data["captcha_key"]


def test_a_question_labelled_like_the_honeypot_gets_a_key_of_its_own(client, study):
    from surveys.models import SurveyField

    field = SurveyField.objects.create(
        page=study, label="Website", field_type="singleline", required=True, sort_order=50
    )
    assert field.clean_name == "website_question"
    form = client.get(study.url)
    data = {**answers(study), **captcha_from(form)}
    assert data["website_question"] == "Një përgjigje"
    assert client.post(study.url, data).status_code == 302
    assert study.get_submissions().latest("pk").form_data["website_question"] == "Një përgjigje"


def test_too_many_answers_from_one_client_are_refused_and_kept(client, study, settings):
    settings.SURVEY_RATE = "1/h"
    form = client.get(study.url)
    assert client.post(study.url, {**answers(study), **captcha_from(form)}).status_code == 302
    form = client.get(study.url)
    response = client.post(study.url, {**answers(study, text="Ruhet"), **captcha_from(form)})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Shumë kërkesa. Ju lutemi prisni pak dhe provoni përsëri." in html
    assert "Ruhet" in html


def test_the_editor_previews_the_form_and_the_thank_you_page(annual):
    form = annual.make_preview_request(preview_mode="form")
    assert form.status_code == 200
    assert "Nga i merrni më shpesh informatat" in form.render().content.decode()
    landing = annual.make_preview_request(preview_mode="landing")
    assert "Ju faleminderit që morët pjesë." in landing.render().content.decode()


def test_a_required_drop_down_left_on_no_answer_is_refused(client, annual, locales):
    form = client.get(annual.url)
    place = question(annual, "dropdown")
    assert '<option value="" selected>—</option>' in form.content.decode()
    data = {**answers(annual), **captcha_from(form), place.clean_name: ""}
    response = client.post(annual.url, data)
    if place.required:
        assert response.status_code == 400
        assert place.clean_name in response.context["form"].errors
    else:
        assert response.status_code == 302


def test_a_translation_that_lost_a_choice_stores_the_answer_as_given(client, annual, locales):
    from surveys.choices import to_source

    source = ["Po", "Jo", "Nuk e di"]
    assert to_source("Ne", ["Da", "Ne", "Ne znam"], source) == "Jo"
    # The translator dropped a choice: "Ne" is no longer the second of three.
    assert to_source("Ne", ["Da, lako", "Ne"], source) == "Ne"
    assert to_source("Ne", ["Da", "Ne", "Ne znam", "Možda"], source) == "Ne"
