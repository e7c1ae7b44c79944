"""What is kept of a registrant, and for how long: the language the Office answers in, no name
left in the admin's history, the retention the form promises, and ids no column can hold."""

import datetime
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from diaspora.models import DiasporaEventPage, InterestRegistration
from tests.diaspora.conftest import interest_data, solved_captcha

pytestmark = pytest.mark.django_db


def test_an_api_registration_keeps_the_gatherings_language_not_the_clients(client, event, locales):
    serbian = event.get_translation(locales["sr-latn"])
    body = {**interest_data(consent=True), **solved_captcha(client)}
    # No Accept-Language: an app posting for the Serbian page of the gathering.
    response = client.post(
        f"/api/v3/diaspora/events/{serbian.pk}/interest/", body, content_type="application/json"
    )
    assert response.status_code == 201, response.content
    assert InterestRegistration.objects.get().language == "sr-latn"


def test_the_admins_history_of_a_registration_names_nobody_and_is_purged_with_it(event, settings):
    registration = event.interest_registrations.create(
        name="Dragan Petrović", email="dragan@example.org", country="DE", people=4
    )
    log(registration, "wagtail.delete")
    entry = ModelLogEntry.objects.get(object_id=str(registration.pk))
    assert "Dragan" not in entry.label
    DiasporaEventPage.objects.filter(pk=event.pk).update(
        start_date=datetime.date(2020, 7, 10), end_date=datetime.date(2020, 7, 12)
    )
    call_command("purge_interest_registrations", stdout=io.StringIO())
    assert not InterestRegistration.objects.exists()
    kind = ContentType.objects.get_for_model(InterestRegistration)
    assert not ModelLogEntry.objects.filter(content_type=kind).exists()


@pytest.mark.parametrize(
    "language, promise",
    [
        ("sq", "fshihet 90 ditë pas ngjarjes"),
        ("sr-latn", "briše se 90 dana posle događaja"),
        ("en", "it is deleted 90 days after the gathering"),
    ],
)
def test_the_form_says_how_long_a_registration_is_kept(client, event, locales, language, promise):
    page = event.get_translation(locales[language])
    assert promise in client.get(page.url).content.decode()


def test_an_id_no_column_can_hold_is_an_unknown_gathering(client):
    response = client.post(
        "/api/v3/diaspora/events/99999999999999999999999/interest/",
        {},
        content_type="application/json",
    )
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")
