"""Machine translation through a self-hosted LibreTranslate, off unless configured
(``MACHINE_TRANSLATION_URL``; see ``cms/settings/base.py``).

wagtail-localize's own LibreTranslate backend, with what this site needs besides:

- **language codes**: our locales are ``sq``, ``sr-latn`` and ``en``; LibreTranslate knows
  ``sq``, ``sr`` and ``en``. Other pairs are not offered (no button in the editor).
- **Serbian in Latin script**: LibreTranslate's Serbian may come back in Cyrillic, which must
  never reach a Latin-script Serbian page. Serbian output is transliterated to Latin, letter by
  letter (the Cyrillic-to-Latin direction is unambiguous; the reverse is not); a Latin answer
  passes unchanged.
- **a service that is down or answers nonsense** costs the translator a message, not a server
  error: ``machine_translate`` (in front of wagtail-localize's view) reports it, and nothing is
  saved (wagtail-localize stores the answers only after the call succeeded).

What the machine produced stays marked as such: wagtail-localize saves it with
``translation_type="machine"`` and the tool's name, its editor shows "Translated with
LibreTranslate on <date>" under each such segment, and a translator's edit (or a plain "Save"
of the segment to confirm it) turns it into a manual translation.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

import requests
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale
from wagtail_localize.machine_translators.libretranslate import (
    LibreTranslator as LocalizeLibreTranslator,
)
from wagtail_localize.strings import StringValue
from wagtail_localize.views import edit_translation

logger = logging.getLogger(__name__)

#: Our content locales -> LibreTranslate's language codes.
LANGUAGE_CODES = {"sq": "sq", "sr-latn": "sr", "en": "en"}

_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š",
}  # fmt: skip
_CYRILLIC = re.compile("[\u0400-\u04ff]")


class MachineTranslationError(Exception):
    """The service could not be reached or gave an answer we cannot use."""


def _latin_letter(letter: str, following: str) -> str:
    lower = letter.lower()
    latin = _CYRILLIC_TO_LATIN.get(lower)
    if latin is None:
        return letter
    if letter == lower:
        return latin
    # A capital digraph is "Lj" in a capitalised word and "LJ" in an all-capitals one.
    if len(latin) > 1 and following.isupper():
        return latin.upper()
    return latin.capitalize()


def serbian_latin(text: str) -> str:
    """Serbian text in Latin script: Cyrillic letters transliterated, everything else kept
    (markup, Latin words, numbers)."""
    if not _CYRILLIC.search(text):
        return text
    return "".join(
        _latin_letter(letter, text[index + 1 : index + 2]) for index, letter in enumerate(text)
    )


class LibreTranslator(LocalizeLibreTranslator):
    display_name = "LibreTranslate"

    def language_code(self, code: str) -> str:
        return LANGUAGE_CODES.get(code.lower(), "")

    def can_translate(self, source_locale: Locale, target_locale: Locale) -> bool:
        source = self.language_code(source_locale.language_code)
        target = self.language_code(target_locale.language_code)
        return bool(source and target and source != target)

    def translate(
        self, source_locale: Locale, target_locale: Locale, strings: Iterable[StringValue]
    ) -> dict[StringValue, StringValue]:
        strings = list(strings)
        try:
            translations: dict[StringValue, StringValue] = super().translate(
                source_locale, target_locale, strings
            )
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            # ValueError: not JSON, or not one answer per string; KeyError/TypeError: JSON of
            # another shape.
            raise MachineTranslationError(str(error)) from error
        if self.language_code(target_locale.language_code) == "sr":
            return {
                string: StringValue(serbian_latin(str(value.data)))
                for string, value in translations.items()
            }
        return translations


@require_POST
def machine_translate(request: HttpRequest, translation_id: int) -> HttpResponse:
    """wagtail-localize's "Translate with LibreTranslate", with the service's failures reported
    to the translator (404, as wagtail-localize answers, when machine translation is off)."""
    try:
        response: HttpResponse = edit_translation.machine_translate(request, translation_id)
    except MachineTranslationError as error:
        logger.warning("Machine translation of translation %s failed: %s", translation_id, error)
        messages.error(
            request,
            _(
                "The machine translation service did not answer, so nothing was translated. "
                "Try again later, or translate the text yourself."
            ),
        )
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
    return response
