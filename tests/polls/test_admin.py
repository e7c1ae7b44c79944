"""The office's side: each poll's results as a chart and a CSV file, and no answer with votes
deleted by accident."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission

from services.polls.models import Poll, Vote
from tests.factories import UserFactory
from tests.polls.conftest import make_poll
from tests.polls.test_voting import api_vote

pytestmark = pytest.mark.django_db

CLOSED = "Cilat tema dëshironi t'i gjeni në buletinin informativ?"


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(is_superuser=True))
    return client


def test_the_results_screen_shows_the_tally_of_every_language_with_how_it_was_collected(
    editor, locales
):
    poll = Poll.objects.get(locale=locales["sq"], question=CLOSED)
    page = editor.get(f"/admin/snippets/polls/poll/tally/{poll.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    # The demo's illustrative votes: 59 + 34 + 49 + 12, in three languages.
    assert "154 votues" in html
    assert "shqip: 102" in html and "serbisht: 38" in html and "anglisht: 14" in html
    assert 'class="results-chart"' in html
    assert "nuk është mostër përfaqësuese" in html
    listing = editor.get("/admin/snippets/polls/poll/").content.decode()
    assert f"/admin/snippets/polls/poll/tally/{poll.pk}/" in listing


def test_the_tally_downloads_as_csv_that_spreadsheets_read_in_albanian(editor, locales):
    poll = Poll.objects.get(locale=locales["sq"], question=CLOSED)
    response = editor.get(f"/admin/snippets/polls/poll/tally/{poll.pk}/csv/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows[0] == ["Përgjigjja", "Vota", "Pjesa e votuesve (%)"]
    assert rows[1][:2] == ["Vendimet e Kuvendit Komunal", "59"]
    assert rows[-1][:2] == ["Votuesit", "154"]


def test_someone_without_the_polls_permissions_cannot_read_the_results(client, locales):
    poll = Poll.objects.get(locale=locales["sq"], question=CLOSED)
    user = UserFactory()
    group = Group.objects.create(name="Vetëm admin")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    response = client.get(f"/admin/snippets/polls/poll/tally/{poll.pk}/")
    assert response.status_code in (302, 403)
    assert client.get(f"/admin/snippets/polls/poll/tally/{poll.pk}/csv/").status_code in (302, 403)


def _edit_data(poll: Poll, delete_first: bool, confirm: bool) -> dict[str, str]:
    choices = list(poll.choices.all())
    data = {
        "question": poll.question,
        "description": poll.description,
        "opens_at": poll.opens_at.strftime("%Y-%m-%d %H:%M"),
        "closes_at": poll.closes_at.strftime("%Y-%m-%d %H:%M") if poll.closes_at else "",
        "results_shown": poll.results_shown,
        "choices-TOTAL_FORMS": str(len(choices)),
        "choices-INITIAL_FORMS": str(len(choices)),
        "choices-MIN_NUM_FORMS": "2",
        "choices-MAX_NUM_FORMS": "1000",
    }
    for index, choice in enumerate(choices):
        data[f"choices-{index}-id"] = str(choice.pk)
        data[f"choices-{index}-text"] = choice.text
        data[f"choices-{index}-ORDER"] = str(index + 1)
        data[f"choices-{index}-DELETE"] = "1" if delete_first and index == 0 else ""
    if confirm:
        data["delete_answers_with_votes"] = "on"
    return data


def test_deleting_an_answer_that_has_votes_asks_for_confirmation_first(editor, locales):
    poll = make_poll(locales, translated=False)
    from django.test import Client

    first = list(poll.choices.all())[0]
    assert api_vote(Client(), poll, first.pk).status_code == 201
    url = f"/admin/snippets/polls/poll/edit/{poll.pk}/"
    refused = editor.post(url, _edit_data(poll, delete_first=True, confirm=False))
    assert refused.status_code == 200
    assert "Përgjigjja „Po“ ka 1 votë." in refused.content.decode()
    assert poll.choices.count() == 3
    confirmed = editor.post(url, _edit_data(poll, delete_first=True, confirm=True))
    assert confirmed.status_code == 302
    assert [choice.text for choice in poll.choices.all()] == ["Jo", "Nuk e di"]
    # The ballot stays (the voter voted); the deleted answer no longer shows in the results.
    assert Vote.objects.filter(poll_key=poll.translation_key).count() == 1


def test_an_answer_without_votes_is_deleted_without_asking(editor, locales):
    poll = make_poll(locales, translated=False)
    url = f"/admin/snippets/polls/poll/edit/{poll.pk}/"
    response = editor.post(url, _edit_data(poll, delete_first=True, confirm=False))
    assert response.status_code == 302
    assert poll.choices.count() == 2
