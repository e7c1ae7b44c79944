"""The bulletin's issues in the Klokot demo (texts in ``bulletin/demo_data/``), from the
strategy's own content: its adoption, the partner municipality in Poland and the diaspora's
St. Peter's Day."""

import html
from datetime import date
from decimal import Decimal
from typing import Any

from wagtail.models import Locale, Page

from bulletin.models import BulletinIndexPage, BulletinIssuePage
from home.demo_images import demo_image
from services.demo import (
    SOURCE,
    date_published,
    keep_old_address,
    read_data,
    translate_all,
)

_DATA = read_data(__file__, "issues.toml")
ARCHIVE: dict[str, dict[str, str]] = read_data(__file__, "archive.toml")
ISSUES: list[dict[str, Any]] = _DATA["issue"]
#: Addresses the archive had before (Albanian "bilten" became the glossary's "buletini").
OLD_SLUGS = {"sq": ["bilteni"]}


def _check_numbering(issues: list[dict[str, Any]]) -> None:
    """Issue numbers follow the months without a gap: a typo in the data fails the load."""
    first = issues[0]
    for spec in issues:
        months = (spec["year"] - first["year"]) * 12 + spec["month"] - first["month"]
        if spec["number"] != first["number"] + months:
            raise ValueError(
                f"Bulletin issue {spec['year']}-{spec['month']:02} is not number "
                f"{first['number'] + months}."
            )


_check_numbering(ISSUES)


def _p(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def _project(spec: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """A realised project with its photo, described in the page's language (the alt text is
    one of the page's strings, translated with it)."""
    photo = demo_image(spec["project_photo"])
    # Wagtail's ImageBlock value: the image carrying the text of this use of it.
    photo.contextual_alt_text = texts["photo_alt"]
    photo.decorative = False
    return {
        "name": texts["project_name"],
        "place": texts["project_place"],
        "value_eur": Decimal(spec["project_value"]),
        "funder": texts["project_funder"],
        "started": spec["project_started"],
        "finished": spec["project_finished"],
        "description": texts["project_description"],
        "photos": [photo],
    }


def load_demo(home: Page, locales: dict[str, Locale]) -> None:
    source = locales[SOURCE]
    archive = BulletinIndexPage.objects.filter(locale=source).first()
    if archive is None:
        texts = ARCHIVE[SOURCE]
        archive = BulletinIndexPage(
            title=texts["title"],
            slug=texts["slug"],
            intro=texts["intro"],
            show_in_menus=True,
            locale=source,
        )
        home.add_child(instance=archive)
        archive.save_revision().publish()
    translate_all(archive, ARCHIVE, locales)

    decision = Page.objects.filter(locale=source, slug="vendimi-nr-534-2").first()
    for spec in ISSUES:
        texts = spec[SOURCE]
        issue = BulletinIssuePage.objects.child_of(archive).filter(number=spec["number"]).first()
        if issue is None:
            sections = [
                (
                    "article",
                    {
                        "title": texts["article_title"],
                        "text": _p(texts["article_text"]),
                        "image": None,
                        "alt_text": "",
                        "caption": "",
                        "credit": "",
                    },
                ),
            ]
            if "decision_title" in texts:
                sections.append(
                    (
                        "decision",
                        {"title": texts["decision_title"], "document": None, "page": decision},
                    )
                )
            if "project_name" in texts:
                sections.append(("project", _project(spec, texts)))
            if "event_title" in texts:
                sections.append(
                    (
                        "event",
                        {
                            "title": texts["event_title"],
                            "date": spec["event_date"],
                            "place": texts["event_place"],
                            "description": texts["event_text"],
                        },
                    )
                )
            sections.append(("contacts", {"heading": texts["contacts"]}))
            issue = BulletinIssuePage(
                title=texts["title"],
                slug=texts["slug"],
                intro=texts["intro"],
                editorial=_p(texts["editorial"]),
                year=spec["year"],
                month=spec["month"],
                number=spec["number"],
                sections=sections,
                # A drawn illustration of the municipality's building, on every issue's cover.
                cover_image=demo_image("building"),
                locale=source,
            )
            archive.add_child(instance=issue)
            issue.save_revision().publish()
        translate_all(issue, {code: spec[code] for code in ("sq", "sr-latn", "en")}, locales)
        # Dated the first day of its month (before the Office's correction below, which is
        # published today).
        date_published(issue, date(spec["year"], spec["month"], 1))
    _correct_after_translation(archive, source)
    for code, slugs in OLD_SLUGS.items():
        translation = archive.get_translation_or_none(locales[code])
        for slug in slugs if translation is not None else ():
            keep_old_address(translation, slug)


#: A correction the Office made to the latest issue after it was translated: the demo leaves it
#: in the translators' queue (two changed segments in Serbian and English).
CORRECTION: dict[str, str] = _DATA["correction"]


def _correct_after_translation(archive: BulletinIndexPage, source: Locale) -> None:
    latest = (
        BulletinIssuePage.objects.child_of(archive)
        .filter(locale=source)
        .order_by("-year", "-month")
        .first()
    )
    if latest is None or latest.intro == CORRECTION["intro"]:
        return
    latest.intro = CORRECTION["intro"]
    latest.editorial = _p(CORRECTION["editorial"])
    latest.save_revision().publish()
