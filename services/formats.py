"""Amounts, dates and language names as each language writes them (docs/LANGUAGE.md).

The patterns live in the project's format modules (``cms/formats/<language>/formats.py``,
``FORMAT_MODULE_PATH``); month names in the project catalog. Templates use these through
``{% load local_formats %}`` (``|money``, ``|month_year``, ``|language_name``), code calls them
directly: the shared core, so plugins and sections alike can.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation

from django.utils import formats
from django.utils.functional import lazy
from django.utils.translation import get_language, pgettext_lazy

#: Where the euro sign goes when a format module does not say (CURRENCY_PATTERN).
DEFAULT_CURRENCY_PATTERN = "{amount}\u00a0€"

#: A language's name as it is written inside a sentence of the active language ("në serbisht",
#: "na srpski", "into Serbian"), never the switcher's own name ("Srpski") mid-sentence.
_LANGUAGE_NAMES = {
    "sq": pgettext_lazy("language name in a sentence", "Albanian"),
    "sr-latn": pgettext_lazy("language name in a sentence", "Serbian"),
    "sr-cyrl": pgettext_lazy("language name in a sentence", "Serbian (Cyrillic)"),
    "en": pgettext_lazy("language name in a sentence", "English"),
}


def _currency_pattern() -> str:
    for module in formats.get_format_modules(get_language()):
        pattern = getattr(module, "CURRENCY_PATTERN", None)
        if isinstance(pattern, str):
            return pattern
    return DEFAULT_CURRENCY_PATTERN


def money(value: object, decimal_pos: int = 2) -> str:
    """An amount in euro: "1.234,56 €" in Albanian and Serbian, "€1,234.56" in English.

    Anything that is not a number (None, "", text) gives "" rather than an error on a page.
    """
    if value is None or value == "" or isinstance(value, bool):
        return ""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return ""
    if not amount.is_finite():
        return ""
    number = formats.number_format(
        abs(amount), decimal_pos=decimal_pos, use_l10n=True, force_grouping=True
    )
    text = _currency_pattern().format(amount=number)
    return f"-{text}" if amount < 0 else text


def month_year(year: int, month: int) -> str:
    """ "prill 2019", "april 2019.", "April 2019" (YEAR_MONTH_FORMAT)."""
    return formats.date_format(datetime.date(year, month, 1), "YEAR_MONTH_FORMAT")


def _language_name(code: str) -> str:
    name = _LANGUAGE_NAMES.get(code.lower())
    return str(name) if name is not None else code


#: Lazy, so module-level messages can hold it and it follows the active language.
language_name = lazy(_language_name, str)


#: Letters that are letters of their own in Albanian or Serbian (Latin), each sorted right after
#: its base letter, as the alphabets have them (c, č, ć, d, đ; e, ë; s, š; z, ž).
_OWN_LETTERS = {"ç": ("c", 1), "č": ("c", 2), "ć": ("c", 3), "đ": ("d", 1), "ë": ("e", 1)}
_OWN_LETTERS.update({"š": ("s", 1), "ž": ("z", 1)})


def alphabetical(text: str) -> tuple[tuple[str, int], ...]:
    """A sort key for names in Albanian, Serbian (Latin) or English: Python's own order puts
    "Švedska" after "Ukrajina" and "Češka" after "Crna Gora" is right only by accident; here
    Č follows C and Š follows S, as in the alphabets (digraphs such as "dž" or "sh" sort as
    their letters, a small difference in a list of names)."""
    key: list[tuple[str, int]] = []
    for char in text.casefold():
        key.append(_OWN_LETTERS.get(char, (char, 0)))
    return tuple(key)
