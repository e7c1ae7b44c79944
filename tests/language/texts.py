"""The texts the language lint reads: the project catalogs and the demo content.

Demo content is found wherever it lives: the data files (``<app>/demo_data/*.toml``,
``services/<plugin>/demo_data/*.toml``) and, while they exist, the Python modules
(``home/demo_content.py``, ``<app>/demo.py``, ``services/<plugin>/demo.py``). Modules are read
as syntax trees, not imported: a dict keyed by language codes gives each string below it
its language.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polib

ROOT = Path(__file__).resolve().parents[2]
#: Catalog folder -> the language code the content uses.
CATALOG_LANGUAGES = {"sq": "sq", "sr_Latn": "sr-latn", "en": "en"}
_LANGUAGE_KEYS = {
    "sq": "sq",
    "sr-latn": "sr-latn",
    "sr_latn": "sr-latn",
    "sr_Latn": "sr-latn",
    "en": "en",
}
# An anchor is an id in the page address (the same in every language), not text.
_SKIP_KEYS = {"slug_fallback", "anchor"}


@dataclass(frozen=True)
class Text:
    language: str
    text: str
    where: str
    #: The English source of a catalog entry (msgid), None for demo content.
    source: str | None = None


def catalog(folder: str) -> polib.POFile:
    return polib.pofile(str(ROOT / "locale" / folder / "LC_MESSAGES" / "django.po"))


def catalog_texts(folder: str) -> Iterator[Text]:
    language = CATALOG_LANGUAGES[folder]
    for entry in catalog(folder):
        where = f"locale/{folder}: {entry.msgctxt + ' | ' if entry.msgctxt else ''}{entry.msgid}"
        if entry.msgid_plural:
            for index, text in sorted(entry.msgstr_plural.items()):
                source = entry.msgid if index == 0 else entry.msgid_plural
                yield Text(language, text, f"{where} [{index}]", source)
        else:
            yield Text(language, entry.msgstr, where, entry.msgid)


def demo_files() -> list[Path]:
    patterns = [
        "*/demo_data/**/*.toml",
        "services/*/demo_data/**/*.toml",
        "home/demo_content.py",
        "*/demo.py",
        "services/*/demo.py",
    ]
    found = {path for pattern in patterns for path in ROOT.glob(pattern)}
    return sorted(path for path in found if ".venv" not in path.parts and "tests" not in path.parts)


def _strings_of_node(node: ast.AST) -> Iterator[str]:
    """The string values below ``node``: not the keys of its dicts ("title", "slug")."""
    keys = {
        id(key) for child in ast.walk(node) if isinstance(child, ast.Dict) for key in child.keys
    }
    for child in ast.walk(node):
        if (
            isinstance(child, ast.Constant)
            and isinstance(child.value, str)
            and id(child) not in keys
        ):
            yield child.value


def _python_texts(path: Path) -> Iterator[Text]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = str(path.relative_to(ROOT))
    seen: set[int] = set()
    for node in ast.walk(tree):
        # Old addresses kept so that their redirects keep working are not text to read.
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id.endswith("OLD_SLUGS")
            for target in node.targets
        ):
            seen.update(id(inner) for inner in ast.walk(node.value))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict) or id(node) in seen:
            continue
        for key, value in zip(node.keys, node.values, strict=True):
            if not (isinstance(key, ast.Constant) and key.value in _LANGUAGE_KEYS):
                continue
            if id(value) in seen:
                continue
            # Adjacent string literals are one constant already; a dict value's strings
            # (and those of dicts nested in it) are that language's.
            for inner in ast.walk(value):
                seen.add(id(inner))
            for text in _strings_of_node(value):
                yield Text(_LANGUAGE_KEYS[key.value], text, where)


_SUFFIX = re.compile(r"(?:^|[_.-])(sq|sr[-_][lL]atn|en)$")


def _key_language(key: str) -> str | None:
    """``sq`` or ``sr-latn`` as a key, or as a key's suffix (``title_sq``, ``intro.sr_latn``)."""
    if key in _LANGUAGE_KEYS:
        return _LANGUAGE_KEYS[key]
    match = _SUFFIX.search(key)
    return (
        _LANGUAGE_KEYS.get(match.group(1).replace("_L", "_l").replace("-L", "-l"))
        if match
        else None
    )


def _walk_data(data: Any, language: str | None, where: str) -> Iterator[Text]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in _SKIP_KEYS:
                continue
            yield from _walk_data(value, _key_language(key) or language, where)
    elif isinstance(data, list):
        for item in data:
            yield from _walk_data(item, language, where)
    elif isinstance(data, str) and language:
        yield Text(language, data, where)


def _language_of_path(path: Path) -> str | None:
    """A data file for one language: ``strategy.sq.toml``, ``sr-latn/strategy.toml``."""
    for part in [*path.stem.split("."), *path.parent.parts[-2:]]:
        if part in _LANGUAGE_KEYS:
            return _LANGUAGE_KEYS[part]
    return None


def toml_texts(path: Path) -> Iterator[Text]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    where = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
    yield from _walk_data(data, _language_of_path(path), where)


def demo_texts() -> list[Text]:
    texts: list[Text] = []
    for path in demo_files():
        texts.extend(toml_texts(path) if path.suffix == ".toml" else _python_texts(path))
    return texts


WORD = re.compile(r"\w+", re.UNICODE)
