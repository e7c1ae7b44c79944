"""Errors raised before any view, or by a database outage, answer API clients in the API's
shape (application/problem+json), translated, and without internal detail."""

import pytest
from django.db import OperationalError

from cms.middleware import ApiQueryValidationMiddleware

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/v3/complaints/", "/api/v3/subscriptions/"])
def test_multipart_without_a_boundary_is_a_problem_not_html(client, path):
    response = client.generic(
        "POST", path, b"--x\r\n", content_type="multipart/form-data", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["detail"] == "The request could not be read."


def test_a_database_outage_is_a_503_problem_on_the_api(client, monkeypatch):
    def outage(self, request):
        raise OperationalError("could not connect to server: 10.0.0.5:5432")

    monkeypatch.setattr(ApiQueryValidationMiddleware, "check", outage)
    client.raise_request_exception = False
    response = client.get("/api/v3/pages/", HTTP_ACCEPT_LANGUAGE="sr-latn")
    assert response.status_code == 503
    assert response["Content-Type"].startswith("application/problem+json")
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert "5432" not in body and "10.0.0.5" not in body
    assert "pokušate" in response.json()["detail"]


def test_a_database_outage_on_the_site_is_a_503_page(client, monkeypatch):
    from wagtail.models import Site

    def outage(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(Site, "find_for_request", outage)
    client.raise_request_exception = False
    response = client.get("/sq/")
    assert response.status_code == 503
    assert "Na vjen keq" in response.content.decode()
