"""Links in subscription e-mails: encrypted, expiring, and nothing stored before confirmation.

The confirmation link carries the whole request (address, language, topics) and is valid for a
week; the links in every e-mail (unsubscribe, see or delete my data) carry the subscriber's id
and address and are valid for a year (each new e-mail brings fresh ones). Both are encrypted
(Fernet: AES with an HMAC, keyed from ``SECRET_KEY``), not only signed: a signed link shows its
content to anyone who decodes it, and these pass through browsers' histories, logs and
referrers with an e-mail address in them.

Links signed by the earlier scheme (readable, never expiring) are still honoured for
unsubscribing and seeing one's data, so that e-mails already sent keep working; new e-mails
carry only the new links.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.core import signing

CONFIRM_SALT = "subscriptions.confirm"
MANAGE_SALT = "subscriptions.manage"
CONFIRM_MAX_AGE = 7 * 24 * 3600
MANAGE_MAX_AGE = 366 * 24 * 3600


class LinkExpired(Exception):
    pass


class LinkInvalid(Exception):
    pass


def _fernet(salt: str) -> Fernet:
    key = hashlib.sha256(f"{salt}:{settings.SECRET_KEY}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def _seal(data: dict[str, Any], salt: str) -> str:
    token = _fernet(salt).encrypt(json.dumps(data, separators=(",", ":")).encode())
    # URL-safe already; the padding is dropped (and restored) to keep links tidy.
    return token.decode().rstrip("=")


def _open(token: str, salt: str, max_age: int) -> dict[str, Any]:
    fernet = _fernet(salt)
    raw = (token + "=" * (-len(token) % 4)).encode()
    try:
        issued = fernet.extract_timestamp(raw)
    except (InvalidToken, ValueError, TypeError):
        raise LinkInvalid from None
    if time.time() - issued > max_age:
        raise LinkExpired
    try:
        data: dict[str, Any] = json.loads(fernet.decrypt(raw))
    except (InvalidToken, ValueError):
        raise LinkInvalid from None
    return data


def confirmation_token(email: str, language: str, topics: list[str]) -> str:
    return _seal({"e": email, "l": language, "t": sorted(topics)}, CONFIRM_SALT)


def read_confirmation(token: str) -> dict[str, Any]:
    return _open(token, CONFIRM_SALT, CONFIRM_MAX_AGE)


def manage_token(subscriber: Any) -> str:
    return _seal({"i": subscriber.pk, "e": subscriber.email}, MANAGE_SALT)


def read_manage(token: str, allow_expired: bool = False) -> dict[str, Any]:
    """``allow_expired``: for unsubscribing, which an authentic link may always do (it only
    takes the address away); seeing one's data needs a link less than a year old."""
    try:
        return _open(token, MANAGE_SALT, 10**12 if allow_expired else MANAGE_MAX_AGE)
    except LinkInvalid:
        pass
    # A link from an e-mail sent before the links were encrypted.
    try:
        legacy: dict[str, Any] = signing.loads(token, salt=MANAGE_SALT)
    except signing.BadSignature:
        raise LinkInvalid from None
    return legacy
