"""Demo content for the Municipality of Klokot / Komuna e Kllokotit / Opština Klokot.

The texts are data files in ``home/demo_data/`` (TOML), based on the municipality's
Information and Communication Strategy 2019-2022, the Municipal Assembly's Decision No. 534/2
of 29.03.2019 approving it, and the Ministry of Local Government Administration's confirmation
of legality No. 020-383 of 17.04.2019 (an OCR'd scan; ``home/demo_data/NOTES.md`` records how
doubtful readings were resolved).

The three languages of every page have exactly the same shape, so that the loader can zip
them item by item. A page file holds ``title``, ``slug``, ``intro``, ``search_description``,
optional dates, and ``[[body]]`` items, each one of:

    heading = "..."                  a section heading (plain text); with ``anchor = "c1"``
                                     (the same in every language) it gets that id and a place
                                     in the contents list
    contents = "..."                 the contents list (its heading): links to anchored headings
    paragraph = "..."                one paragraph of plain text (no HTML, no markdown)
    list = ["...", ...]              a bulleted list, plain-text items
    quote = "..." + attribution = "..."
"""

from __future__ import annotations

from typing import Any

from services.demo import LANGUAGES, read_data, read_languages

__all__ = ["HIGHLIGHT_LINKS", "HOME", "LANGUAGES", "LIST_LINKS", "PAGES", "body_items"]

#: Where each of HOME[...]["highlights"] leads, in the same order: the first page of a page type
#: ("app_label.model", so demo slugs can change) or a demo page's key (PAGES[...]["key"]).
#: A page type whose app is not installed falls back to the strategy page.
HIGHLIGHT_LINKS = (
    "bulletin.bulletinindexpage",
    "news.debateindexpage",
    "complaints.complaintformpage",
    "diaspora.diasporaindexpage",
    "partners.partnerindexpage",
    "partners.investindexpage",
)

#: The sections the home page lists the latest of (HOME[...]["lists"] are their headings, in
#: this order), above the "about" list; a section whose app is not installed is left out.
LIST_LINKS = ("news.newsindexpage", "news.eventindexpage")

BODY_KINDS = ("heading", "contents", "paragraph", "list", "quote", "table")


def body_items(body: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    """``[[body]]`` tables as ``(kind, value)`` pairs."""
    items: list[tuple[str, Any]] = []
    for item in body:
        kinds = [kind for kind in BODY_KINDS if kind in item]
        if len(kinds) != 1:
            raise ValueError(f"A body item needs exactly one of {BODY_KINDS}: {item!r}")
        kind = kinds[0]
        if kind == "quote":
            items.append((kind, {"quote": item["quote"], "attribution": item["attribution"]}))
        elif kind == "heading" and "anchor" in item:
            items.append((kind, {"text": item["heading"], "anchor": item["anchor"]}))
        else:
            items.append((kind, item[kind]))
    return items


def _page(spec: dict[str, Any]) -> dict[str, Any]:
    page: dict[str, Any] = dict(spec)
    for code, content in read_languages(__file__, spec["key"]).items():
        page[code] = {**content, "body": body_items(content.get("body", []))}
    return page


HOME: dict[str, dict[str, Any]] = read_data(__file__, "home.toml")
PAGES: list[dict[str, Any]] = [_page(spec) for spec in read_data(__file__, "pages.toml")["page"]]
