"""The news and the press office in the Klokot demo (``demo_data/news.toml``,
``demo_data/press.toml``; what is illustrative is said in ``demo_data/NOTES.md``): the news
categories, a dozen news items and press releases from the strategy's first months, the media
outlets the releases went to, with a signed original for each, and a few reports of media
coverage. Running it again adds only what is missing."""

from __future__ import annotations

import datetime
import html
from typing import Any

from django.core.files.base import ContentFile
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from home.demo_images import demo_image
from news.articles import NewsCategory, NewsIndexPage, NewsKind, NewsPage
from news.demo_sections import section_index
from news.press import MediaCoverage, MediaOutlet
from services.demo import (
    LANGUAGES,
    SOURCE,
    child_page,
    date_published,
    read_data,
    stand_in_pdf,
    translate_all,
)

PRESS = read_data(__file__, "press.toml")
NEWS: list[dict[str, Any]] = read_data(__file__, "news.toml")["news"]


def _paragraphs(texts: list[str]) -> list[tuple[str, RichText]]:
    return [("paragraph", RichText(f"<p>{html.escape(text, quote=False)}</p>")) for text in texts]


def _languages(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {code: spec[code] for code in LANGUAGES}


def load(home: Page, locales: dict[str, Locale]) -> None:
    categories = _load_categories(home.locale, locales)
    outlets = _load_outlets()
    tags = {
        spec["slug"]: Tag.objects.get_or_create(slug=spec["slug"], defaults={"name": spec["name"]})[
            0
        ]
        for spec in PRESS["tag"]
    }
    index = section_index(home, NewsIndexPage, "news")
    releases: dict[str, NewsPage] = {}
    for spec in NEWS:
        page = _load_news(index, spec, categories, outlets, tags)
        if page.is_press_release:
            releases[page.release_number] = page
    _load_coverage(outlets, releases)


def _load_categories(source: Locale, locales: dict[str, Locale]) -> dict[str, NewsCategory]:
    found = {}
    for spec in PRESS["category"]:
        category = NewsCategory.objects.filter(locale=source, slug=spec["slug"]).first()
        if category is None:
            category = NewsCategory.objects.create(
                name=spec[SOURCE]["name"], slug=spec["slug"], locale=source
            )
        translate_all(category, _languages(spec), locales)
        found[spec["slug"]] = category
    return found


def _load_outlets() -> dict[str, MediaOutlet]:
    return {
        spec["name"]: MediaOutlet.objects.get_or_create(
            name=spec["name"], defaults={"kind": spec["kind"], "website": spec["website"]}
        )[0]
        for spec in PRESS["outlet"]
    }


def _signed_original(spec: dict[str, Any]) -> Any:
    release = spec["release"]
    number = release["number"]
    title = f"Njoftim për shtyp nr. {number}"
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        content = stand_in_pdf(
            [
                "Komuna e Kllokotit / Opstina Klokot",
                title,
                spec[SOURCE]["title"],
                str(release["sent_on"]),
            ]
        )
        document = Document(title=title)
        document.file.save(f"njoftim-{number.replace('/', '-')}.pdf", ContentFile(content))
        document.save()
    return document


def _gallery(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    if "gallery_photo" not in spec:
        return []
    sq = spec[SOURCE]
    image = {
        "image": demo_image(spec["gallery_photo"]),
        "alt_text": sq["photo_alt"],
        "decorative": False,
        "caption": sq["photo_caption"],
        "credit": "",
    }
    return [("image", image)]


def _load_news(
    index: NewsIndexPage,
    spec: dict[str, Any],
    categories: dict[str, NewsCategory],
    outlets: dict[str, MediaOutlet],
    tags: dict[str, Tag],
) -> NewsPage:
    sq = spec[SOURCE]
    release = spec.get("release")

    def build() -> NewsPage:
        page = NewsPage(
            title=sq["title"],
            slug=sq["slug"],
            intro=sq["intro"],
            date=spec["date"],
            kind=spec["kind"],
            category=categories[spec["category"]],
            body=_paragraphs(sq["body"]),
            gallery=_gallery(spec),
            locale=index.locale,
        )
        if release is not None:
            page.kind = NewsKind.PRESS_RELEASE
            page.release_number = release["number"]
            page.sent_on = release["sent_on"]
            page.signed_original = _signed_original(spec)
            page.outlets = [outlets[name] for name in release["outlets"]]
        page.tags.add(*(tags[slug] for slug in spec.get("tags", [])))
        return page

    page: NewsPage = child_page(index, NewsPage, sq["slug"], build, _languages(spec))
    day: datetime.date = spec["date"]
    date_published(page, day)
    return page


def _load_coverage(outlets: dict[str, MediaOutlet], releases: dict[str, NewsPage]) -> None:
    for spec in PRESS["coverage"]:
        outlet = outlets[spec["outlet"]]
        release = releases.get(spec.get("release", ""))
        entry, _created = MediaCoverage.objects.get_or_create(
            outlet=outlet,
            date=spec["date"],
            headline=spec["headline"],
            defaults={"url": outlet.website, "release": release},
        )
        if entry.release_id is None and release is not None:
            # The release was rebuilt (``load_demo --force``): the report follows it again.
            entry.release = release
            entry.save(update_fields=["release"])
