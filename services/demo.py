"""Helpers for demo content: real wagtail-localize translations from parallel texts.

Used by ``load_demo``, by each section's demo (registered with :func:`register_section_demo`)
and by each plugin's (``ServicePlugin.load_demo``).
"""

import datetime
import html
import tomllib
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.management.base import CommandError
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import Translation, TranslationSource

SOURCE = "sq"
TARGETS = ("sr-latn", "en")
LANGUAGES = (SOURCE, *TARGETS)


def read_data(module_file: str, name: str) -> dict[str, Any]:
    """The TOML file ``name`` of the ``demo_data`` folder beside ``module_file`` (an app's
    ``__file__``): demo content lives in data files, not in Python."""
    path = Path(module_file).resolve().parent / "demo_data" / name
    with path.open("rb") as file:
        return tomllib.load(file)


def read_languages(module_file: str, stem: str) -> dict[str, dict[str, Any]]:
    """``<stem>.<language>.toml`` for every demo language, by language code."""
    return {code: read_data(module_file, f"{stem}.{code}.toml") for code in LANGUAGES}


def _strings(value: Any) -> list[str]:
    """Every leaf string of a demo content value, in order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key in sorted(value) for s in _strings(value[key])]
    if isinstance(value, list | tuple):
        return [s for item in value for s in _strings(item)]
    return []


def translation_map(source: dict[str, Any], target: dict[str, Any]) -> dict[str, str]:
    """Source string -> target string, by walking both languages' content in parallel."""
    source_strings, target_strings = _strings(source), _strings(target)
    if len(source_strings) != len(target_strings):
        raise CommandError("Demo content: the languages do not have the same shape.")
    mapping: dict[str, str] = {}
    for src, tgt in zip(source_strings, target_strings, strict=True):
        mapping.setdefault(src, tgt)
        # Rich text segments come back HTML-escaped.
        mapping.setdefault(html.escape(src, quote=False), html.escape(tgt, quote=False))
    return mapping


def translate(instance: TranslatableMixin, locale: Locale, mapping: dict[str, str]) -> Any:
    """Translate ``instance`` into ``locale`` through wagtail-localize and publish it."""
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    missing = []
    for entry in po:
        target = mapping.get(entry.msgid) or mapping.get(html.unescape(entry.msgid))
        if target is None:
            missing.append(entry.msgid)
            continue
        entry.msgstr = target
    if missing:
        raise CommandError(
            f"No {locale.language_code} translation for: " + "; ".join(m[:60] for m in missing)
        )
    translation.import_po(po, tool_name="load_demo")
    translation.save_target(publish=True)
    return instance.get_translation(locale)


def translate_all(
    instance: TranslatableMixin, texts: dict[str, dict[str, Any]], locales: dict[str, Locale]
) -> None:
    """Translate ``instance`` into every target language it is missing in; ``texts`` holds each
    language's strings in the same shape as the source's (so a rerun completes a partial demo)."""
    for code in TARGETS:
        if not instance.has_translation(locales[code]):
            translate(instance, locales[code], translation_map(texts[SOURCE], texts[code]))


def _page_path(page: Page) -> str:
    """``/<language>/<path>/`` of a page below its language's home page, as the site serves it
    (the default Site only points at the demo at the end of ``load_demo``)."""
    home = page.get_ancestors(inclusive=True).get(depth=2)
    return f"/{page.locale.language_code}/{page.url_path[len(home.url_path) :]}"


def keep_old_address(page: Page, old_slug: str) -> None:
    """The address ``page`` (and every page below it) had when its slug was ``old_slug``
    leads to it: a permanent redirect (wagtail.contrib.redirects), so links to an address the
    demo once had keep working after a glossary rename."""
    path = _page_path(page)
    old = path.rstrip("/").rsplit("/", 1)[0] + f"/{old_slug}/"
    for target in [page, *page.get_descendants()]:
        old_path = Redirect.normalise_path(old + _page_path(target)[len(path) :])
        Redirect.objects.update_or_create(
            old_path=old_path,
            site=None,
            defaults={"redirect_page": target, "is_permanent": True},
        )


def date_published(page: Page, day: datetime.date) -> None:
    """``page`` and its translations carry ``day`` (the document's own date, at noon in the
    site's time zone) as their publication dates, not the day the demo was loaded. Once set it
    is kept: a page already dated is left as an editor may have republished it. The revisions
    keep the time they were saved: the translation queue compares them with the segments'."""
    moment = datetime.datetime.combine(day, datetime.time(12), tzinfo=ZoneInfo(settings.TIME_ZONE))
    Page.objects.filter(translation_key=page.translation_key).exclude(
        first_published_at=moment
    ).update(
        first_published_at=moment,
        last_published_at=moment,
        latest_revision_created_at=moment,
        go_live_at=moment,
    )


#: Sections' demo loaders (``load_demo(home, locales)``), in registration order; plugins give
#: theirs as ``ServicePlugin.load_demo``.
_section_loaders: list[tuple[str, Callable[[Page, dict[str, Locale]], None]]] = []


def register_section_demo(name: str, loader: Callable[[Page, dict[str, Locale]], None]) -> None:
    """Called from a section's ``AppConfig.ready()``: ``load_demo`` then builds its part."""
    for existing, registered in _section_loaders:
        if existing == name:
            if registered is not loader:
                raise ValueError(f"A demo for the section {name!r} is already registered.")
            return
    _section_loaders.append((name, loader))


def section_loaders() -> list[tuple[str, Callable[[Page, dict[str, Locale]], None]]]:
    return list(_section_loaders)


def child_page(
    parent: Page,
    model: type[Page],
    slug: str,
    build: Callable[[], Page],
    texts: dict[str, dict[str, Any]],
) -> Any:
    """The child of ``parent`` with ``slug``, built by ``build`` and published if missing, then
    translated into every language it lacks (``texts``: each language's strings, same shape)."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = build()
        parent.add_child(instance=page)
        page.save_revision().publish()
    translate_all(page, texts, {locale.language_code: locale for locale in Locale.objects.all()})
    return page


def _pdf_text(text: str) -> str:
    # The PDF's built-in font knows Western European letters only: the stand-in keeps the
    # others' base letter (č -> c); the document's title on the site keeps every letter.
    folded = "".join(
        "-"
        if char == "\u2013"
        else char
        if ord(char) < 256
        else unicodedata.normalize("NFKD", char)[0]
        for char in text
    )
    return folded.replace("đ", "dj").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def stand_in_pdf(lines: list[str], title_size: int = 16, line_gap: int = 24) -> bytes:
    """A one-page PDF holding ``lines`` (the first as its title): a demo's stand-in for a real
    document (a brochure, a draft, a signed original), valid for every PDF reader."""
    commands = ["BT", f"/F1 {title_size} Tf", "72 770 Td", f"({_pdf_text(lines[0])}) Tj"]
    commands.append("/F1 12 Tf")
    for line in lines[1:]:
        commands += [f"0 -{line_gap} Td", f"({_pdf_text(line)}) Tj"]
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1", errors="replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
