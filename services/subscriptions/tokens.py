"""Signed links: nothing is stored for an address until its owner clicks the confirmation.

The confirmation link carries the whole request (address, language, topics), signed and
valid for a week; the links in every e-mail (unsubscribe, see or delete my data) carry the
subscriber's id and address, signed, and do not expire.
"""

from django.core import signing

CONFIRM_SALT = "subscriptions.confirm"
MANAGE_SALT = "subscriptions.manage"
CONFIRM_MAX_AGE = 7 * 24 * 3600


class LinkExpired(Exception):
    pass


class LinkInvalid(Exception):
    pass


def confirmation_token(email: str, language: str, topics: list[str]) -> str:
    return signing.dumps(
        {"e": email, "l": language, "t": sorted(topics)}, salt=CONFIRM_SALT, compress=True
    )


def read_confirmation(token: str) -> dict:
    try:
        return signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired:
        raise LinkExpired from None
    except signing.BadSignature:
        raise LinkInvalid from None


def manage_token(subscriber) -> str:
    return signing.dumps({"i": subscriber.pk, "e": subscriber.email}, salt=MANAGE_SALT)


def read_manage(token: str) -> dict:
    try:
        return signing.loads(token, salt=MANAGE_SALT)
    except signing.BadSignature:
        raise LinkInvalid from None
