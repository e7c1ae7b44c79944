import io

import pytest
from captcha.models import CaptchaStore
from PIL import Image

from services.complaints.models import Category, Department
from tests.factories import UserFactory


def solved_captcha(client) -> dict[str, str]:
    key = client.get("/api/v3/captcha/").json()["key"]
    return {"captcha_key": key, "captcha_answer": CaptchaStore.objects.get(hashkey=key).response}


@pytest.fixture
def category(db) -> Category:
    """Roads and street lighting (public services), in Albanian."""
    return Category.objects.get(locale__language_code="sq", name="Rrugët dhe ndriçimi publik")


@pytest.fixture
def other_category(db) -> Category:
    return Category.objects.get(locale__language_code="sq", name="Shkollat")


@pytest.fixture
def submission(client, category):
    """A valid submission's fields (with a freshly solved captcha) as a function."""

    def make(**overrides) -> dict:
        data = {
            "kind": "complaint",
            "category": category.pk,
            "subject": "Ndriçimi në rrugën kryesore",
            "text": "Llambat në rrugën kryesore nuk ndizen që dy javë.",
            "place": "Kllokot",
            "consent": "true",
            **solved_captcha(client),
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return make


@pytest.fixture
def officer(category):
    """An officer of the department that handles roads."""
    return UserFactory(
        username="officer-roads",
        email="rruget@kllokot.example",
        groups=[category.default_department.group.name],
    )


@pytest.fixture
def other_officer(other_category):
    return UserFactory(
        username="officer-schools",
        email="arsimi@kllokot.example",
        groups=[other_category.default_department.group.name],
    )


@pytest.fixture
def coordinator(db):
    return UserFactory(username="coordinator", groups=["Information Office"])


def jpeg_with_exif() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x9286] = "Near the house of the complainant"  # UserComment
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (10, 10), (0, 0, 255, 128)).save(out, "PNG")
    return out.getvalue()


__all__ = ["Department", "jpeg_with_exif", "png_bytes", "solved_captcha"]
