"""Another front end can render a survey from the page API: its questions with their labels,
types, choices and whether they are required, in the page's language."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_survey_in_the_page_api_carries_its_questions(client, annual, locales):
    serbian = annual.get_translation(locales["sr-latn"])
    response = client.get(f"/api/v3/pages/{serbian.pk}/")
    assert response.status_code == 200
    body = response.json()
    questions = body["form_fields"]
    assert questions[0]["label"] == "Odakle najčešće dobijate informacije o radu opštine?"
    assert questions[0]["field_type"] == "radio" and questions[0]["required"] is True
    assert questions[0]["options"][:2] == ["Veb-sajt opštine", "Informativni bilten"]
    assert [q["clean_name"] for q in questions] == [q.clean_name for q in annual.get_form_fields()]
    assert body["one_per_respondent"] is True
    assert "Hvala Vam" in body["thank_you_text"]
