"""A form re-rendered with errors tells a screen reader, at each field, what is wrong: every
control marked invalid is described by an element that exists and holds the message."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation

from services.complaints.pages import ComplaintFormPage

pytestmark = pytest.mark.django_db


class Controls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.invalid: list[dict[str, str]] = []
        self.texts: dict[str, str] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if found.get("aria-invalid") == "true":
            self.invalid.append(found)
        if "id" in found:
            self.texts.setdefault(found["id"], "")
            self._open.append(found["id"])

    def handle_data(self, data: str) -> None:
        for element in self._open:
            self.texts[element] += data

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag in ("span", "p", "div"):
            self._open.pop()


def problems(html: str, only: set[str] | None = None) -> list[str]:
    controls = Controls()
    controls.feed(html)
    assert controls.invalid, "the form shows no invalid field"
    found = []
    for control in controls.invalid:
        if only is not None and control.get("name") not in only:
            continue
        ids = control.get("aria-describedby", "").split()
        if not any(controls.texts.get(element, "").strip() for element in ids):
            found.append(control.get("name", "?"))
    return found


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_each_invalid_field_is_described_by_its_error(client, language):
    form = ComplaintFormPage.objects.get(locale__language_code=language).url
    with translation.override(language):
        subscribe = reverse("subscriptions:subscribe")
    complaint = client.post(form, {"kind": "complaint", "email": "x", "latitude": "north"})
    assert problems(complaint.content.decode()) == []
    # The topics and language are Django's own widgets: their errors are in the summary only.
    subscription = client.post(subscribe, {"email": "not an address"})
    assert problems(subscription.content.decode(), only={"email"}) == []
