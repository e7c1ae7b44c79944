"""The captcha's question in words: for people who cannot see the image, in their language,
with the image's single use and expiry."""

import re
from datetime import timedelta

import pytest
from captcha.models import CaptchaStore
from django.utils import timezone, translation

from services.captcha import verify
from services.captcha_question import NUMBERS, as_number, question_key

pytestmark = pytest.mark.django_db

QUESTION = {
    "sq": re.compile(r"^Sa bëjnë (\w+) plus (\w+)\?$"),
    "sr-latn": re.compile(r"^Koliko je (\w+) plus (\w+)\?$"),
    "en": re.compile(r"^What is (\w+) plus (\w+)\?$"),
}


def words_to_sum(language: str, question: str) -> int:
    """What a person reads in the question, worked out as they would."""
    match = QUESTION[language].match(question)
    assert match, question
    with translation.override(language):
        words = [str(word) for word in NUMBERS]
    return sum(words.index(word) for word in match.groups())


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_the_api_challenge_has_a_question_in_the_language_asked_for(client, language):
    data = client.get("/api/v3/captcha/", HTTP_ACCEPT_LANGUAGE=language).json()
    assert set(data) == {"key", "image_url", "question"}
    total = words_to_sum(language, data["question"])
    assert verify(data["key"], str(total)) is True


def test_the_question_can_be_answered_in_words_of_any_language_and_without_diacritics():
    assert as_number(" 9 ") == "9"
    for word in ["nine", "Nine.", "nëntë", "NENTE", "devet", "tri", "tre", "četiri", "cetiri"]:
        assert as_number(word).isdigit(), word
    assert as_number("nëntë") == as_number("devet") == as_number("nine") == "9"
    assert as_number("katërmbëdhjetë") == as_number("četrnaest") == "14"
    # The Cyrillic edition shows the question in Cyrillic: its readers answer in it.
    assert as_number("девет") == "9"
    assert as_number("четири") == "4" and as_number("шеснаест") == "16"
    assert as_number("abcde") == "abcde"


def test_one_answer_uses_up_the_image_and_the_question_together(client):
    key = client.get("/api/v3/captcha/").json()["key"]
    question = CaptchaStore.objects.get(hashkey=question_key(key))
    image_answer = CaptchaStore.objects.get(hashkey=key).response
    assert verify(key, question.response) is True
    # Neither way works a second time.
    assert verify(key, image_answer) is False
    assert not CaptchaStore.objects.filter(hashkey__in=[key, question_key(key)]).exists()


def test_a_wrong_answer_burns_the_question_too(client):
    key = client.get("/api/v3/captcha/").json()["key"]
    right = CaptchaStore.objects.get(hashkey=question_key(key)).response
    assert verify(key, "wrong") is False
    assert verify(key, right) is False


def test_the_question_expires_with_the_image(client):
    key = client.get("/api/v3/captcha/").json()["key"]
    rows = CaptchaStore.objects.filter(hashkey__in=[key, question_key(key)])
    assert len({row.expiration for row in rows}) == 1
    right = CaptchaStore.objects.get(hashkey=question_key(key)).response
    rows.update(expiration=timezone.now() - timedelta(seconds=1))
    assert verify(key, right) is False


def test_the_question_row_cannot_be_used_as_a_challenge_of_its_own(client):
    """Its key is derived with the site's secret: a client only ever knows the image's key,
    so it cannot spend the question and the image separately."""
    key = client.get("/api/v3/captcha/").json()["key"]
    assert question_key(key) != key and len(question_key(key)) == 40
    assert question_key(key) not in client.get("/api/v3/captcha/").content.decode()


def test_the_openapi_document_describes_the_question(client):
    document = client.get("/api/v3/openapi.json").json()
    schema = document["components"]["schemas"]["CaptchaChallenge"]
    assert "question" in schema["required"]
    assert "cannot see the image" in schema["properties"]["question"]["description"]
    operation = document["paths"]["/api/v3/captcha/"]["get"]
    assert "question" in operation["description"]


@pytest.mark.parametrize(
    "url, language",
    [("/sq/abonime/", "sq"), ("/sr-latn/pretplate/", "sr-latn"), ("/en/subscriptions/", "en")],
)
def test_the_subscription_form_offers_the_question_beside_the_image(client, url, language):
    html = client.get(url).content.decode()
    question = re.search(
        r'<p class="captcha-question" id="id_captcha_answer_question">.*?<strong>(.*?)</strong>',
        html,
        re.S,
    )
    assert question, html
    # Read with the answer field (its description), so a screen reader says it there.
    assert 'aria-describedby="id_captcha_answer_question"' in html
    assert words_to_sum(language, question.group(1)) >= 2


def test_a_subscription_with_the_answer_to_the_question_is_accepted(
    client, django_capture_on_commit_callbacks
):
    from django.core import mail

    form = client.get("/en/subscriptions/")
    key = form.context["subscribe_form"]["captcha_key"].value()
    answer = CaptchaStore.objects.get(hashkey=question_key(key)).response
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/subscriptions/",
            {
                "email": "blind.reader@example.org",
                "topics": ["bulletin"],
                "language": "en",
                "captcha_key": key,
                "captcha_answer": answer,
            },
        )
    assert response.status_code == 200
    assert "Check your inbox" in response.content.decode()
    assert len(mail.outbox) == 1


CYRILLIC = "нула један два три четири пет шест седам осам девет десет једанаест дванаест"
CYRILLIC += " тринаест четрнаест петнаест шеснаест седамнаест осамнаест деветнаест двадесет"


def test_the_cyrillic_edition_asks_in_cyrillic_and_takes_a_cyrillic_answer(
    client, django_capture_on_commit_callbacks
):
    from django.core import mail

    form = client.get("/sr-cyrl/pretplate/")
    assert form.status_code == 200
    html = form.content.decode()
    question = re.search(r"Колико је (\w+) плус (\w+)\?", html)
    assert question, html
    words = CYRILLIC.split()
    answer = words[words.index(question.group(1)) + words.index(question.group(2))]
    key = re.search(r'name="captcha_key" value="([0-9a-f]+)"', html).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/sr-cyrl/pretplate/",
            {
                "email": "citalac@example.org",
                "topics": ["bulletin"],
                "language": "sr-latn",
                "captcha_key": key,
                "captcha_answer": answer,
            },
        )
    assert response.status_code == 200, response.content.decode()
    assert len(mail.outbox) == 1
