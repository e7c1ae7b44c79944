"""Amounts in euro as each language writes them (LANGUAGE.md): sq and sr "1.234,56 €", en
"€1,234.56"."""

from decimal import Decimal

from django.utils import numberformat
from django.utils.formats import get_format
from django.utils.translation import get_language

NBSP = "\u00a0"


def euro(amount: Decimal | None, language: str | None = None) -> str:
    """``amount`` with two decimals, grouped by thousands, and the euro sign where the language
    puts it; empty for no amount."""
    if amount is None:
        return ""
    language = language or get_language() or "en"
    # Grouping is given here, not taken from the locale: Django's Albanian formats have none.
    number = numberformat.format(
        amount,
        get_format("DECIMAL_SEPARATOR", language),
        decimal_pos=2,
        grouping=3,
        thousand_sep=get_format("THOUSAND_SEPARATOR", language),
        force_grouping=True,
    )
    if language.startswith("en"):
        return f"€{number}"
    return f"{number}{NBSP}€"
