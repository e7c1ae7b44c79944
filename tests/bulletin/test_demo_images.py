"""The demo shows pictures where the bulletin has room for them, each one an honest drawing with
its description in the reader's language, and loading the demo again draws none twice."""

from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model

from bulletin.models import BulletinIssuePage

pytestmark = pytest.mark.django_db

ALT = {
    "sq": "Ilustrim i vizatuar: tabelë e re e njoftimeve me disa shpallje",
    "sr-latn": "Crtež: nova oglasna tabla sa nekoliko obaveštenja",
    "en": "Drawn illustration: a new notice board with several notices",
}


class _Images(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.alts: list[str] = []
        self._in_project = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and "project" in (attrs.get("class") or "").split():
            self._in_project = True
        if tag == "img" and self._in_project:
            self.alts.append(attrs.get("alt") or "")

    def handle_endtag(self, tag):
        if tag == "section":
            self._in_project = False


def _issue(code: str, locales) -> BulletinIssuePage:
    source = BulletinIssuePage.objects.get(locale__language_code="sq", number=3)
    return source.get_translation(locales[code])


@pytest.mark.parametrize("code", ["sq", "sr-latn", "en"])
def test_the_realised_projects_photo_is_described_in_the_pages_language(client, locales, code):
    issue = _issue(code, locales)
    response = client.get(issue.url)
    assert response.status_code == 200
    parser = _Images()
    parser.feed(response.content.decode())
    (alt,) = parser.alts
    assert alt.startswith(ALT[code])


@pytest.mark.parametrize("code", ["sr-latn", "en"])
def test_the_api_gives_the_translated_alt_text_and_a_decorative_cover(client, locales, code):
    issue = _issue(code, locales)
    data = client.get(f"/api/v3/pages/{issue.pk}/").json()
    project = next(section for section in data["sections"] if section["type"] == "project")
    (photo,) = project["value"]["photos"]
    assert photo["alt"].startswith(ALT[code])
    assert photo["alt_language"] is None and photo["decorative"] is False
    assert photo["renditions"]["medium"]["url"]
    cover = data["cover"]
    assert cover is not None and cover["decorative"] is True and cover["alt"] == ""


def test_the_pictures_are_titled_as_illustrations():
    titles = list(get_image_model().objects.values_list("title", flat=True))
    assert titles and all(title.startswith("Ilustrim:") for title in titles)


def test_loading_the_demo_again_adds_no_picture_and_keeps_the_photo():
    images = list(get_image_model().objects.order_by("pk").values_list("pk", "file"))
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(get_image_model().objects.order_by("pk").values_list("pk", "file")) == images
    issue = BulletinIssuePage.objects.get(locale__language_code="sq", number=3)
    project = next(block for block in issue.sections if block.block_type == "project")
    assert project.value["photos"][0].contextual_alt_text.startswith(ALT["sq"])
