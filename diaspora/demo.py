"""The diaspora section in the Klokot demo (texts in ``diaspora/demo_data/``; what is
illustrative is said in its ``NOTES.md``). Albanian is the source; Serbian and English are
wagtail-localize translations. Running it again adds only what is missing."""

from __future__ import annotations

import datetime
import html
from typing import Any

from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from diaspora.models import (
    DiasporaAssociation,
    DiasporaAssociationsPage,
    DiasporaEventPage,
    DiasporaIndexPage,
    DiasporaNewsPage,
    DiasporaServicePage,
)
from services.demo import (
    LANGUAGES,
    SOURCE,
    child_page,
    date_published,
    read_data,
    translate_all,
)

SECTION = read_data(__file__, "section.toml")
ASSOCIATIONS: list[dict[str, Any]] = read_data(__file__, "associations.toml")["association"]
EVENT = read_data(__file__, "event.toml")
NEWS: list[dict[str, Any]] = read_data(__file__, "news.toml")["news"]
SERVICES: list[dict[str, Any]] = read_data(__file__, "services.toml")["service"]


def _paragraphs(texts: list[str]) -> list[tuple[str, RichText]]:
    return [("paragraph", RichText(f"<p>{html.escape(text, quote=False)}</p>")) for text in texts]


def _languages(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {code: spec[code] for code in LANGUAGES}


def gathering_year(today: datetime.date) -> int:
    """The coming St. Peter's Day: this summer's until it is over, next summer's after."""
    month, day = EVENT["end"]
    return today.year if today <= datetime.date(today.year, month, day) else today.year + 1


def load_demo(home: Page, locales: dict[str, Locale]) -> None:
    source = locales[SOURCE]
    texts = _languages(SECTION["index"])
    index = DiasporaIndexPage.objects.child_of(home).filter(locale=source).first()
    if index is None:
        index = DiasporaIndexPage(
            title=texts[SOURCE]["title"],
            slug=texts[SOURCE]["slug"],
            intro=texts[SOURCE]["intro"],
            show_in_menus=True,
            locale=source,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    translate_all(index, texts, locales)

    today = timezone.localdate()
    _load_event(index, today)
    for spec in NEWS:
        _load_news(index, spec, today)
    for spec in SERVICES:
        _load_service(index, spec)
    _load_associations(index, locales)


def _load_event(index: DiasporaIndexPage, today: datetime.date) -> None:
    year = gathering_year(today)
    start = datetime.date(year, *EVENT["start"])
    end = datetime.date(year, *EVENT["end"])
    texts: dict[str, dict[str, Any]] = {
        code: {
            key: value.replace("{year}", str(year)) if isinstance(value, str) else value
            for key, value in EVENT[code].items()
        }
        for code in LANGUAGES
    }
    for language in texts.values():
        language["slug"] = f"{language['slug']}-{year}"
    sq = texts[SOURCE]

    def build() -> DiasporaEventPage:
        programme = [
            (
                "item",
                {
                    "date": start + datetime.timedelta(days=item["day"]),
                    "time": datetime.time.fromisoformat(item["time"]),
                    "kind": item["kind"],
                    "title": title,
                    "place": place,
                },
            )
            for item, (title, place) in zip(EVENT["item"], sq["programme"], strict=True)
        ]
        return DiasporaEventPage(
            title=sq["title"],
            slug=sq["slug"],
            intro=sq["intro"],
            start_date=start,
            end_date=end,
            place=sq["place"],
            programme=programme,
            body=_paragraphs(sq["body"]),
            locale=index.locale,
        )

    child_page(index, DiasporaEventPage, sq["slug"], build, texts)


def _load_news(index: DiasporaIndexPage, spec: dict[str, Any], today: datetime.date) -> None:
    sq = spec[SOURCE]
    day = today - datetime.timedelta(days=spec["days_ago"])

    def build() -> DiasporaNewsPage:
        return DiasporaNewsPage(
            title=sq["title"],
            slug=sq["slug"],
            intro=sq["intro"],
            date=day,
            body=_paragraphs(sq["body"]),
            locale=index.locale,
        )

    page = child_page(index, DiasporaNewsPage, sq["slug"], build, _languages(spec))
    date_published(page, page.date)


def _load_service(index: DiasporaIndexPage, spec: dict[str, Any]) -> None:
    sq = spec[SOURCE]

    def build() -> DiasporaServicePage:
        return DiasporaServicePage(
            title=sq["title"],
            slug=sq["slug"],
            intro=sq["intro"],
            body=_paragraphs(sq["body"]),
            locale=index.locale,
        )

    child_page(index, DiasporaServicePage, sq["slug"], build, _languages(spec))


def _load_associations(index: DiasporaIndexPage, locales: dict[str, Locale]) -> None:
    texts = _languages(SECTION["associations"])
    sq = texts[SOURCE]

    def build() -> DiasporaAssociationsPage:
        return DiasporaAssociationsPage(
            title=sq["title"], slug=sq["slug"], intro=sq["intro"], locale=index.locale
        )

    child_page(index, DiasporaAssociationsPage, sq["slug"], build, texts)
    for spec in ASSOCIATIONS:
        name = spec[SOURCE]["name"]
        association = DiasporaAssociation.objects.filter(locale=index.locale, name=name).first()
        if association is None:
            association = DiasporaAssociation.objects.create(
                name=name,
                city=spec[SOURCE]["city"],
                country=spec["country"],
                email=spec.get("email", ""),
                locale=index.locale,
            )
        translate_all(association, _languages(spec), locales)
