"""(being built)"""

from __future__ import annotations

from wagtail.models import Locale, Page


def load(home: Page, locales: dict[str, Locale]) -> None:
    return None
