"""``{% load local_formats %}``: amounts, months and language names per language.

``{{ value|money }}`` → "1.234,56 €" / "€1,234.56"; ``{{ page|month_year }}`` for anything with
``year`` and ``month`` → "prill 2019" / "april 2019." / "April 2019";
``{{ locale.language_code|language_name }}`` → "serbisht" / "srpski" / "Serbian".
Dates themselves use Django's filter with the format names: ``|date:"SHORT_DATE_FORMAT"``.
"""

from __future__ import annotations

from django import template

from services import formats

register = template.Library()


@register.filter
def money(value: object) -> str:
    return formats.money(value)


@register.filter
def month_year(value: object) -> str:
    year, month = getattr(value, "year", None), getattr(value, "month", None)
    if not isinstance(year, int) or not isinstance(month, int) or not 1 <= month <= 12:
        return ""
    return formats.month_year(year, month)


@register.filter
def language_name(code: object) -> str:
    return str(formats.language_name(str(code))) if code else ""
