"""The section's index pages in the demo (``demo_data/sections.toml``): the news, the events,
the calendar and the public debates, in the source language, then translated."""

from __future__ import annotations

from typing import Any

from wagtail.models import Locale, Page

from services.demo import LANGUAGES, SOURCE, read_data, translate_all

SECTIONS = read_data(__file__, "sections.toml")


def section_index(parent: Page, model: type[Page], key: str) -> Any:
    """The section's index page of type ``model`` below ``parent`` (the home page, or the
    events for the public debates; ``key`` in sections.toml), created, published and
    translated if missing."""
    texts = {code: SECTIONS[key][code] for code in LANGUAGES}
    sq = texts[SOURCE]
    index = model.objects.child_of(parent).filter(locale=parent.locale).first()
    if index is None:
        index = model(
            title=sq["title"],
            slug=sq["slug"],
            intro=sq["intro"],
            show_in_menus=True,
            locale=parent.locale,
        )
        parent.add_child(instance=index)
        index.save_revision().publish()
    translate_all(index, texts, {locale.language_code: locale for locale in Locale.objects.all()})
    return index
