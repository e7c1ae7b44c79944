"""Content-Security-Policy and Permissions-Policy on the public site; the admin and the API's
interactive docs, which run inline scripts of their own, keep working."""

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_public_pages_forbid_inline_and_foreign_scripts(client):
    response = client.get("/sq/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
    assert "camera=()" in response["Permissions-Policy"]
    # The site itself has no inline script the policy would block.
    assert "<script>" not in response.content.decode()


def test_the_api_answers_with_the_policy_and_its_docs_work(client):
    assert "default-src 'self'" in client.get("/api/v3/pages/")["Content-Security-Policy"]
    docs = client.get("/api/v3/docs/")
    assert docs.status_code == 200 and "Content-Security-Policy" not in docs


def test_the_admin_is_left_to_wagtail(client):
    client.force_login(UserFactory(username="root", is_superuser=True))
    response = client.get("/admin/")
    assert response.status_code == 200 and "Content-Security-Policy" not in response
