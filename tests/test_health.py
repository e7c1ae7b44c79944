from unittest import mock

import pytest
from django.db import OperationalError

pytestmark = pytest.mark.django_db


def test_healthz_is_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["database"]) == ("ok", "ok")
    assert body["cache"] in {"ok", "local"}  # Redis in CI's PostgreSQL pass


def test_healthz_is_503_with_a_short_json_body_when_the_database_does_not(client):
    with mock.patch("cms.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert (body["status"], body["database"]) == ("unavailable", "unreachable")
    assert "no-cache" in response["Cache-Control"]


def test_readyz_is_503_when_the_database_does_not_answer(client):
    assert client.get("/readyz").status_code == 200
    with mock.patch("cms.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
