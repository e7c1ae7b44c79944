"""The shared cache (Redis), and what the site does while it cannot be reached.

The site keeps serving from the database while Redis is down: every cache read misses and every
write is dropped (django-redis' ``IGNORE_EXCEPTIONS``). Three things make that safe and cheap:

- :class:`CircuitBreakerConnectionPool` stops trying Redis for ``retry_after`` seconds after a
  failure, so a Redis that hangs costs one short timeout per process in that window, not one per
  cache call, and the log has one warning per outage instead of one traceback per call.
- When Redis answers again, the pool deletes this site's keys (``clear_pattern``) before the first
  command goes through: an invalidation dropped during the outage (a page published, a setting
  changed) must not leave a stale entry to be served after it.
- Rate limits count in :class:`LocalFallbackCache`: in Redis while it answers, and in the
  process's own memory while it does not, so citizens can still send complaints and the limits
  still hold (per worker) instead of refusing everyone or no one.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django_redis.client.default import glob_escape
from django_redis.exceptions import ConnectionInterrupted
from redis import ConnectionPool, Redis
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

logger = logging.getLogger("cms.cache")

#: Errors that mean "Redis cannot be reached" (as opposed to a bad command).
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
TIMEOUTS = (RedisTimeoutError, socket.timeout)


class CircuitBreakerConnectionPool(ConnectionPool):
    """A Redis connection pool that fails at once for a while after Redis could not be
    reached, and clears this site's keys when it can be reached again."""

    def __init__(
        self, *args: Any, retry_after: float = 5.0, key_prefix: str = "", **kwargs: Any
    ) -> None:
        # One immediate retry on a new connection when an open one turns out to be dead.
        kwargs.setdefault("retry", Retry(NoBackoff(), 1))
        kwargs.setdefault("retry_on_error", [RedisConnectionError])
        super().__init__(*args, **kwargs)
        self.retry_after = retry_after
        # django-redis keys are "<prefix>:<version>:<key>"; nothing else may match.
        self.clear_pattern = f"{glob_escape(key_prefix)}:[0-9]*:*" if key_prefix else ""
        self._down_until = 0.0
        self._down_since: float | None = None
        #: Failures seen: a recovery that saw another failure meanwhile is not one.
        self._failures = 0
        self._state = threading.Lock()
        # Threads that need the cache while one clears it wait for the clear (they would
        # read the entries it has not reached yet).
        self._recovery = threading.Lock()
        self._thread = threading.local()

    @property
    def unreachable(self) -> bool:
        """Whether the last attempt failed and the pool is not trying again yet."""
        return time.monotonic() < self._down_until

    def get_connection(self, *args: Any, **kwargs: Any) -> Any:
        if self.unreachable:
            raise RedisConnectionError("The cache is unreachable (not retried yet).")
        try:
            connection = super().get_connection(*args, **kwargs)
        except UNREACHABLE:
            self._mark_down()
            raise
        if self._down_since is not None and not getattr(self._thread, "clearing", False):
            try:
                self._recover()
            except BaseException:
                self.release(connection)
                raise
        return connection

    def make_connection(self) -> Any:
        connection: Any = super().make_connection()
        # Failing to connect (or to reconnect: redis-py reconnects a dead socket through
        # connect_check_health) means Redis is unreachable; a command that times out means
        # it hangs. A command failing on a stale socket is retried once on a new one.
        connection.connect_check_health = self._guarded(
            connection.connect_check_health, UNREACHABLE
        )
        connection.read_response = self._guarded(connection.read_response, TIMEOUTS)
        return connection

    def _guarded(
        self, method: Callable[..., Any], errors: tuple[type[BaseException], ...]
    ) -> Callable[..., Any]:
        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                return method(*args, **kwargs)
            except errors:
                self._mark_down()
                raise

        return guarded

    def _mark_down(self) -> None:
        with self._state:
            self._failures += 1
            self._down_until = time.monotonic() + self.retry_after
            if self._down_since is not None:
                return
            self._down_since = time.monotonic()
        logger.warning(
            "The cache (Redis) is unreachable: pages are served without it and rate "
            "limits count in each process until it answers again."
        )

    def _recover(self) -> None:
        with self._recovery:
            down_since = self._down_since
            if down_since is None:  # another thread has just done it
                return
            failures = self._failures
            self._thread.clearing = True
            try:
                removed: int | None = self._clear()
            except UNREACHABLE:
                self._mark_down()
                raise
            except RedisError as error:
                # Redis answers but refuses the clear (a read-only replica, an ACL without
                # SCAN or UNLINK): serve on rather than retry it on every call.
                logger.error(
                    "The cache (Redis) answers again but its entries could not be cleared "
                    "(%s): entries written before the outage are served until they expire.",
                    type(error).__name__,
                )
                removed = None
            finally:
                self._thread.clearing = False
            with self._state:
                if self._failures != failures:
                    return  # it failed again meanwhile: not recovered yet
                self._down_since = None
        if removed is not None:
            logger.warning(
                "The cache (Redis) answers again after %.0f s; %d entries written before the "
                "outage were cleared.",
                time.monotonic() - down_since,
                removed,
            )

    def _clear(self) -> int:
        if not self.clear_pattern:
            return 0
        client = Redis(connection_pool=self)
        removed = 0
        batch: list[bytes] = []
        for key in client.scan_iter(match=self.clear_pattern, count=500):
            batch.append(key)
            if len(batch) == 500:
                removed += int(client.unlink(*batch))
                batch = []
        if batch:
            removed += int(client.unlink(*batch))
        return removed


def pool_of(cache: BaseCache) -> CircuitBreakerConnectionPool | None:
    """The circuit-breaking pool behind a django-redis cache (None for other caches)."""
    client = getattr(cache, "client", None)
    if client is None:
        return None
    pool = client.get_client(write=True).connection_pool
    return pool if isinstance(pool, CircuitBreakerConnectionPool) else None


def cache_status() -> str:
    """``ok`` when the shared cache answers, ``unreachable`` when it does not, ``local`` when
    the site runs on a per-process cache (development)."""
    cache = caches["default"]
    client = getattr(cache, "client", None)
    if client is None:
        return "local"
    try:
        client.get_client(write=True).ping()
    except (ConnectionInterrupted, RedisError, *UNREACHABLE):
        return "unreachable"
    return "ok"


class LocalFallbackCache(BaseCache):
    """The counters of rate limits: in the shared cache named by ``LOCATION`` while it answers,
    in this process's memory while it does not.

    Only what django-ratelimit uses (``add``, ``incr``, ``get``) is offered. A count made
    locally stays local: when Redis answers again, counting goes on there.
    """

    def __init__(self, location: str, params: dict[str, Any]) -> None:
        super().__init__(params)
        self.shared_alias = location or "default"
        # One counter per client and scope: room for many more than LocMemCache's 300.
        self.local = LocMemCache(
            f"fallback-{self.shared_alias}", {"OPTIONS": {"MAX_ENTRIES": 100_000}}
        )

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        shared = caches[self.shared_alias]
        # django-redis' client raises what its cache object would swallow.
        client = getattr(shared, "client", None)
        if client is None:
            return getattr(shared, name)(*args, **kwargs)
        method: Callable[..., Any] = getattr(client, name)
        try:
            return method(*args, **kwargs)
        except ConnectionInterrupted:
            if name == "incr":
                return self._local_incr(*args, **kwargs)
            return getattr(self.local, name)(*args, **kwargs)

    def _local_incr(self, key: str, delta: int = 1, version: Any = None) -> int:
        try:
            return self.local.incr(key, delta, version=version)
        except ValueError:
            # Redis took the ``add`` and was lost before the ``incr``: count from here.
            self.local.add(key, delta, timeout=3600, version=version)
            return delta

    def add(
        self, key: str, value: Any, timeout: float | None = DEFAULT_TIMEOUT, version: Any = None
    ) -> bool:
        return bool(self._call("add", key, value, timeout=timeout, version=version))

    def get(self, key: str, default: Any = None, version: Any = None) -> Any:
        return self._call("get", key, default=default, version=version)

    def incr(self, key: str, delta: int = 1, version: Any = None) -> int:
        return int(self._call("incr", key, delta=delta, version=version))

    def clear(self) -> None:
        self.local.clear()
