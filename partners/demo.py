"""The partners section of the Klokot demo (texts in ``partners/demo_data/``): the partner
municipality in Poland as the seed names it, the section's news and the directory of
international partners, in Albanian and translated through wagtail-localize.

Idempotent: what exists (found by its source-language slug or name) is left as it is, and
only missing translations are made.
"""

from __future__ import annotations

import html
from decimal import Decimal
from typing import Any

from wagtail.models import Locale, Page

from home.demo_images import demo_image
from partners.twinning import (
    InternationalPartner,
    InternationalPartnersPage,
    PartnerIndexPage,
    PartnerMunicipalityPage,
    PartnerNewsPage,
)
from services.demo import LANGUAGES, SOURCE, date_published, read_data, translate_all

_DATA = read_data(__file__, "partners.toml")
ORGANISATIONS: list[dict[str, Any]] = read_data(__file__, "partners_organisations.toml")[
    "organisation"
]


def _languages(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {code: spec[code] for code in LANGUAGES}


def _paragraph(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def _index(home: Page, locales: dict[str, Locale]) -> PartnerIndexPage:
    texts = _DATA["index"]
    index: PartnerIndexPage | None = PartnerIndexPage.objects.child_of(home).first()
    if index is None:
        index = PartnerIndexPage(
            title=texts[SOURCE]["title"],
            slug=texts[SOURCE]["slug"],
            intro=texts[SOURCE]["intro"],
            show_in_menus=True,
            locale=locales[SOURCE],
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    translate_all(index, texts, locales)
    return index


def _municipality(index: PartnerIndexPage, locales: dict[str, Locale]) -> None:
    spec = _DATA["municipality"]
    texts = spec[SOURCE]
    page = PartnerMunicipalityPage.objects.child_of(index).filter(slug=texts["slug"]).first()
    if page is None:
        page = PartnerMunicipalityPage(
            title=texts["title"],
            slug=texts["slug"],
            intro=texts["intro"],
            name=texts["name"],
            country=spec["country"],
            kind=spec["kind"],
            areas=[("area", area) for area in texts["areas"]],
            projects=[
                (
                    "project",
                    {
                        "title": texts["donation_title"],
                        "year": None,
                        "value_eur": None,
                        "funder": texts["donation_funder"],
                        "description": texts["donation_text"],
                    },
                ),
                (
                    "project",
                    {
                        "title": texts["courses_title"],
                        "year": None,
                        "value_eur": Decimal(spec["courses_value"]),
                        "funder": texts["courses_funder"],
                        "description": texts["courses_text"],
                    },
                ),
            ],
            contact=texts["contact"],
            gallery=[
                (
                    "photo",
                    {
                        "image": demo_image(spec["gallery_photo"]),
                        "alt_text": texts["photo_alt"],
                        "decorative": False,
                        "caption": texts["photo_caption"],
                        "credit": "",
                    },
                )
            ],
            locale=locales[SOURCE],
        )
        index.add_child(instance=page)
        page.save_revision().publish()
    translate_all(page, _languages(spec), locales)


def _news(index: PartnerIndexPage, locales: dict[str, Locale]) -> None:
    for spec in _DATA["news"]:
        texts = spec[SOURCE]
        page = PartnerNewsPage.objects.child_of(index).filter(slug=texts["slug"]).first()
        if page is None:
            page = PartnerNewsPage(
                title=texts["title"],
                slug=texts["slug"],
                intro=texts["intro"],
                date=spec["date"],
                body=[("paragraph", _paragraph(texts["body"]))],
                locale=locales[SOURCE],
            )
            index.add_child(instance=page)
            page.save_revision().publish()
        translate_all(page, _languages(spec), locales)
        date_published(page, spec["date"])


def _directory(index: PartnerIndexPage, locales: dict[str, Locale]) -> None:
    texts = _DATA["directory"]
    page = InternationalPartnersPage.objects.child_of(index).first()
    if page is None:
        page = InternationalPartnersPage(
            title=texts[SOURCE]["title"],
            slug=texts[SOURCE]["slug"],
            intro=texts[SOURCE]["intro"],
            locale=locales[SOURCE],
        )
        index.add_child(instance=page)
        page.save_revision().publish()
    translate_all(page, texts, locales)
    for spec in ORGANISATIONS:
        source = spec[SOURCE]
        entry = InternationalPartner.objects.filter(
            locale=locales[SOURCE], name=source["name"]
        ).first()
        if entry is None:
            entry = InternationalPartner.objects.create(
                locale=locales[SOURCE],
                name=source["name"],
                kind=spec["kind"],
                country=spec["country"],
                contact_person=source["contact_person"],
                website=spec["website"],
                projects=source["projects"],
            )
        translate_all(entry, _languages(spec), locales)


def load_demo(home: Page, locales: dict[str, Locale]) -> None:
    index = _index(home, locales)
    _municipality(index, locales)
    _news(index, locales)
    _directory(index, locales)
