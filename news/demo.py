"""The news section in the Klokot demo: its index pages (``news.demo_sections``), the news and
press office (``news.demo_articles``), the events and calendar (``news.demo_events``) and the
public debates (``news.demo_debates``). Albanian is the source; Serbian and English are
wagtail-localize translations. Running it again adds only what is missing."""

from __future__ import annotations

from wagtail.models import Locale, Page

from news import demo_articles, demo_debates, demo_events


def load_demo(home: Page, locales: dict[str, Locale]) -> None:
    demo_articles.load(home, locales)
    demo_events.load(home, locales)
    demo_debates.load(home, locales)
