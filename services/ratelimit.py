"""Rate limits for citizen endpoints, counted per client without storing raw addresses."""

import hashlib
import hmac

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit.core import get_usage, is_ratelimited


class RateLimited(Exception):
    """Raised by citizen endpoints when a client has sent too much, too fast: the API answers
    429 with a translated problem document."""


def client_address(request: HttpRequest) -> str:
    """The client's address; behind ``NUM_PROXIES`` trusted proxies, the entry they added to
    X-Forwarded-For (entries further left are whatever the client claimed)."""
    proxies = getattr(settings, "NUM_PROXIES", 0)
    if proxies:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return str(forwarded[-proxies])
    return str(request.META.get("REMOTE_ADDR", ""))


def client_fingerprint(request: HttpRequest) -> str:
    """A salted hash of the client's address: enough to count, useless to identify."""
    salt = (settings.RATELIMIT_SALT or settings.SECRET_KEY).encode()
    return hmac.new(salt, client_address(request).encode(), hashlib.sha256).hexdigest()


def _key(group: str, request: HttpRequest) -> str:
    return client_fingerprint(request)


def limit_reached(request: HttpRequest, scope: str, rate: str, *, increment: bool = True) -> bool:
    """Count one hit for this client in ``scope`` and say whether ``rate`` (e.g. "5/h") is
    exceeded."""
    return bool(is_ratelimited(request, group=scope, key=_key, rate=rate, increment=increment))


def limit_exhausted(request: HttpRequest, scope: str, rate: str) -> bool:
    """Whether this client has already used up ``rate`` in ``scope`` (counts nothing).

    For limits counted after the fact (accepted submissions, wrong codes): check before the
    work, count after it succeeds or misses.
    """
    usage = get_usage(request, group=scope, key=_key, rate=rate, increment=False)
    return usage is not None and usage["count"] >= usage["limit"]
