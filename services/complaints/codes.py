"""Tracking codes: unguessable, not sequential, short enough to read over the phone.

12 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), shown in groups of
four: ``K7QA-M2XR-9PHT``. 29^12 ≈ 3.5·10^17 codes; with wrong guesses rate limited, guessing one
is hopeless.
"""

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
LENGTH = 12
_GROUP = 4


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i : i + _GROUP] for i in range(0, LENGTH, _GROUP))


def normalise(typed: str) -> str | None:
    """The code as stored, from what a person typed (any case, spaces or dashes), or None when
    it cannot be a code at all."""
    raw = re.sub(r"[\s\-]", "", typed or "").upper()
    if len(raw) != LENGTH or any(char not in ALPHABET for char in raw):
        return None
    return "-".join(raw[i : i + _GROUP] for i in range(0, LENGTH, _GROUP))
