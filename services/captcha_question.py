"""The captcha's alternative for people who cannot see the image: a small sum written out in
words, in the visitor's language ("Sa bëjnë shtatë plus dy?"). A screen reader reads it; it
needs no JavaScript, no audio and nothing from the internet.

Every image challenge gets a question twin in the same ``CaptchaStore``: a second row whose key
is derived from the image's key with the site's secret (``question_key``), so a client holding
the image's key cannot address the question's row on its own. ``services.captcha.verify``
deletes both rows in one statement and accepts an answer to either: one key, one try, the same
expiry, whichever way the person answers.

(Audio would need a speech engine per language, which the site cannot ship offline.)
"""

from __future__ import annotations

import secrets
import unicodedata
from datetime import datetime
from functools import cache

from captcha.models import CaptchaStore
from django.conf import settings
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext, pgettext_lazy

#: Number words from 0 to 20 (sums of two numbers from 1 to 9 stay below), per language.
NUMBERS = (
    pgettext_lazy("captcha number", "zero"),
    pgettext_lazy("captcha number", "one"),
    pgettext_lazy("captcha number", "two"),
    pgettext_lazy("captcha number", "three"),
    pgettext_lazy("captcha number", "four"),
    pgettext_lazy("captcha number", "five"),
    pgettext_lazy("captcha number", "six"),
    pgettext_lazy("captcha number", "seven"),
    pgettext_lazy("captcha number", "eight"),
    pgettext_lazy("captcha number", "nine"),
    pgettext_lazy("captcha number", "ten"),
    pgettext_lazy("captcha number", "eleven"),
    pgettext_lazy("captcha number", "twelve"),
    pgettext_lazy("captcha number", "thirteen"),
    pgettext_lazy("captcha number", "fourteen"),
    pgettext_lazy("captcha number", "fifteen"),
    pgettext_lazy("captcha number", "sixteen"),
    pgettext_lazy("captcha number", "seventeen"),
    pgettext_lazy("captcha number", "eighteen"),
    pgettext_lazy("captcha number", "nineteen"),
    pgettext_lazy("captcha number", "twenty"),
)
#: Other spellings people write for a number (Albanian "tri" beside "tre").
VARIANTS = {"tri": 3}


def question_key(key: str) -> str:
    """The key of the question row twinned with the image challenge ``key`` (40 hex digits,
    like the store's own keys)."""
    return salted_hmac("services.captcha.question", key).hexdigest()[:40]


def add_question(key: str, expiration: datetime | None = None) -> str:
    """Store a question twin for the image challenge ``key``; returns its challenge ("7+2")."""
    first, second = secrets.randbelow(9) + 1, secrets.randbelow(9) + 1
    challenge = f"{first}+{second}"
    CaptchaStore.objects.create(
        hashkey=question_key(key),
        challenge=challenge,
        response=str(first + second),
        expiration=expiration,
    )
    return challenge


def question_text(challenge: str) -> str:
    """The question for a stored challenge ("7+2"), in the active language."""
    first, second = (int(part) for part in challenge.split("+"))
    return gettext("What is %(first)s plus %(second)s?") % {
        "first": NUMBERS[first],
        "second": NUMBERS[second],
    }


def question_for(key: str) -> str | None:
    """The question twinned with the image challenge ``key``, or None when it has none (an
    unknown key, or one issued before questions existed)."""
    challenge = (
        CaptchaStore.objects.filter(hashkey=question_key(key))
        .values_list("challenge", flat=True)
        .first()
    )
    return question_text(challenge) if challenge else None


#: Serbian Cyrillic to Latin: the Cyrillic edition (/sr-cyrl/) shows the question in Cyrillic,
#: and its readers answer in it ("девет").
_CYRILLIC = {
    **dict(zip("абвгдежзијклмнопрстћуфхцчш", "abvgdežzijklmnoprstćufhcčš", strict=True)),
    **{"ђ": "dj", "љ": "lj", "њ": "nj", "џ": "dž"},
}


def _plain(text: str) -> str:
    """Lower case, in Latin script, without diacritics: "Nëntë", "nente", "NËNTË" are the same
    answer, and so are "četiri", "cetiri" and "четири"."""
    text = text.strip().lower().rstrip(".!")
    text = "".join(_CYRILLIC.get(char, char) for char in text).replace("đ", "dj")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def _words(language: str) -> dict[str, int]:
    with translation.override(language):
        return {_plain(str(word)): number for number, word in enumerate(NUMBERS)}


def as_number(answer: str) -> str:
    """The answer as digits: "9", " 9 ", "nine", "nëntë" and "devet" all give "9" (a number
    word is accepted in any of the site's languages). Anything else is given back as typed."""
    plain = _plain(answer)
    if plain.isdigit():
        return str(int(plain))
    if plain in VARIANTS:
        return str(VARIANTS[plain])
    for language, _name in settings.LANGUAGES:
        number = _words(language).get(plain)
        if number is not None:
            return str(number)
    return plain
