"""Editors' documents have a size cap: a file over it is refused with a message, not stored."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_document_over_the_cap_is_refused(client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 2048
    client.force_login(UserFactory(username="root", is_superuser=True))
    big = SimpleUploadedFile("vendimi.pdf", b"%PDF-1.4\n" + b"0" * 4096, "application/pdf")
    response = client.post("/admin/documents/add/", {"title": "Vendimi", "file": big})
    assert response.status_code == 200  # the form again, with the error
    assert not Document.objects.filter(title="Vendimi").exists()
    small = SimpleUploadedFile("vendimi.pdf", b"%PDF-1.4\n" + b"0" * 100, "application/pdf")
    response = client.post("/admin/documents/add/", {"title": "Vendimi", "file": small})
    assert Document.objects.filter(title="Vendimi").exists()


def test_the_admin_refuses_a_body_larger_than_its_largest_upload(client, settings):
    client.force_login(UserFactory(username="root", is_superuser=True))
    response = client.post(
        "/admin/documents/add/", {"title": "x"}, CONTENT_LENGTH=str(settings.ADMIN_MAX_BODY + 1)
    )
    assert response.status_code == 413
