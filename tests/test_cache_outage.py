"""A Redis outage: the site keeps serving from the database, citizens can still write (rate
limits count in each process meanwhile), nothing internal leaks, readiness says so, and the
site recovers without a restart, never serving an entry whose invalidation it missed.

Each test runs its own Redis server (``tests.faults``), never the shared one.
"""

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from captcha.models import CaptchaStore
from django.core.cache import cache, caches
from django.test import override_settings
from django_redis.pool import ConnectionFactory

from cms.cache import pool_of
from cms.settings.base import redis_caches
from services.complaints.models import Category, Complaint
from services.complaints.pages import ComplaintFormPage
from tests.faults import RedisServer, TcpProxy

pytestmark = pytest.mark.django_db

RETRY = 0.3
TIMEOUT = 0.3


@pytest.fixture
def redis_server(tmp_path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@contextmanager
def _caches_at(url: str) -> Iterator[None]:
    caches_setting = redis_caches(url, "outage", timeout=TIMEOUT, retry_after=RETRY)
    with override_settings(CACHES=caches_setting):
        try:
            yield
        finally:
            # django-redis keeps one pool per URL for the process: a later test that gets the
            # same port must not inherit this one's breaker.
            pool = ConnectionFactory._pools.pop(url, None)
            if pool is not None:
                pool.disconnect()


@pytest.fixture
def shared_cache(redis_server) -> Iterator[RedisServer]:
    """The site's cache on the test's Redis, which the test may stop and start."""
    with _caches_at(redis_server.url):
        yield redis_server


def _solved(client) -> dict[str, str]:
    key = client.get("/api/v3/captcha/").json()["key"]
    return {"captcha_key": key, "captcha_answer": CaptchaStore.objects.get(hashkey=key).response}


def _complaint(client, **extra) -> dict:
    category = Category.objects.get(locale__language_code="sq", name="Rrugët dhe ndriçimi publik")
    return {
        "kind": "complaint",
        "category": category.pk,
        "subject": "Ndriçimi në rrugën kryesore",
        "text": "Llambat në rrugën kryesore nuk ndizen që dy javë.",
        "consent": "true",
        "anonymous": "true",
        **_solved(client),
        **extra,
    }


def _no_internals(body: str, server: RedisServer) -> None:
    for secret in (str(server.port), "ConnectionError", "Redis", "Traceback"):
        assert secret not in body


def test_pages_the_api_and_the_captcha_are_served_while_the_cache_is_down(
    client, shared_cache, strategy
):
    assert client.get("/sq/").status_code == 200  # fills the cache first
    shared_cache.stop()

    for path in ("/sq/", "/sr-latn/", "/en/", strategy.url):
        response = client.get(path)
        assert response.status_code == 200, path
    for path in ("/api/v3/pages/?locale=sr-latn", f"/api/v3/pages/{strategy.pk}/"):
        response = client.get(path)
        assert response.status_code == 200, path
        _no_internals(response.content.decode(), shared_cache)
        assert response.json()["meta" if "pages/?" not in path else "items"]
    captcha = client.get("/api/v3/captcha/")
    assert captcha.status_code == 200
    assert (
        client.get(captcha.json()["image_url"].replace("http://testserver", "")).status_code == 200
    )
    category = Category.objects.get(locale__language_code="sq", name="Shkollat")
    complaint = Complaint.objects.create(
        subject="S", text="T", category=category, department=category.default_department
    )
    tracking = client.get("/sr-latn/prituzbe/pracenje/", {"code": complaint.tracking_code})
    assert tracking.status_code == 200 and complaint.tracking_code in tracking.content.decode()
    missing = client.get("/sr-latn/prituzbe/pracenje/", {"code": "AAAA-BBBB-CCCC"})
    assert missing.status_code == 404  # the page's own answer to an unknown code, not an error


def test_health_reports_a_degraded_cache_and_readiness_refuses(client, shared_cache):
    assert client.get("/readyz").json() == {"status": "ok", "database": "ok", "cache": "ok"}
    shared_cache.stop()

    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {"status": "degraded", "database": "ok", "cache": "unreachable"}
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.json() == {"status": "unavailable", "database": "ok", "cache": "unreachable"}

    shared_cache.start()  # recovery needs no restart of the site
    time.sleep(RETRY * 1.5)
    assert client.get("/readyz").status_code == 200
    assert client.get("/healthz").json()["status"] == "ok"


def test_citizens_can_still_send_complaints_while_the_cache_is_down(client, shared_cache):
    shared_cache.stop()

    api = client.post("/api/v3/complaints/", _complaint(client))
    assert api.status_code == 201, api.content
    code = api.json()["tracking_code"]
    assert Complaint.objects.filter(tracking_code=code).exists()

    page = ComplaintFormPage.objects.get(locale__language_code="sr-latn")
    form = client.get(page.url)
    key = form.context["form"]["captcha_key"].value()
    data = {
        **_complaint(client, anonymous="on", consent="on"),
        "captcha_key": key,
        "captcha_answer": CaptchaStore.objects.get(hashkey=key).response,
    }
    sent = client.post(page.url, data)
    assert sent.status_code == 302
    assert Complaint.objects.count() == 2
    tracking = client.get("/sr-latn/prituzbe/pracenje/", {"code": code})
    assert tracking.status_code == 200 and code in tracking.content.decode()


@override_settings(COMPLAINTS_ATTEMPT_RATE="3/h")
def test_rate_limits_still_hold_while_the_cache_is_down_counted_in_the_process(
    client, shared_cache
):
    shared_cache.stop()
    answers = [
        client.post("/api/v3/complaints/", {"subject": "x", "captcha_key": "k"}).status_code
        for _ in range(4)
    ]
    assert answers == [400, 400, 400, 429]


@override_settings(COMPLAINTS_ATTEMPT_RATE="3/h")
def test_after_the_outage_counting_goes_on_in_redis(client, shared_cache):
    shared_cache.stop()
    assert client.post("/api/v3/complaints/", {"subject": "x"}).status_code == 400
    shared_cache.start()
    time.sleep(RETRY * 1.5)
    assert client.post("/api/v3/complaints/", {"subject": "x"}).status_code == 400
    # django-ratelimit's counters ("rl:<hash>") are in Redis again.
    assert any(b":rl:" in key for key in _redis_keys(shared_cache))


def _redis_keys(server: RedisServer) -> list[bytes]:
    from redis import Redis

    return list(Redis(port=server.port).scan_iter("*"))


def test_an_invalidation_dropped_during_an_outage_is_never_served_after_it(
    redis_server,
):
    # The site reaches Redis through a proxy, so Redis keeps its data while the site loses it.
    proxy = TcpProxy(redis_server.port).start()
    try:
        with _caches_at(f"redis://127.0.0.1:{proxy.port}/0"):
            cache.set("site-root-paths", "before the change")
            proxy.cut()
            cache.delete("site-root-paths")  # e.g. a site changed: dropped, Redis is away
            assert cache.get("site-root-paths") is None  # a miss meanwhile, not an error
            proxy.restore()
            time.sleep(RETRY * 1.5)
            assert cache.get("site-root-paths") is None
            cache.set("after", "kept")
            assert cache.get("after") == "kept"
    finally:
        proxy.cut()


def test_a_hanging_cache_is_tried_once_per_retry_period_not_on_every_call(redis_server):
    proxy = TcpProxy(redis_server.port).start()
    try:
        with _caches_at(f"redis://127.0.0.1:{proxy.port}/0"):
            cache.set("warm", 1)
            proxy.hang()
            before = proxy.connections
            started = time.monotonic()
            for number in range(20):
                assert cache.get(f"key-{number}") is None
            elapsed = time.monotonic() - started
            # One attempt (redis-py retries a connection once) timed out; the other calls
            # did not wait for Redis.
            assert proxy.connections - before <= 2
            assert elapsed < 20 * TIMEOUT / 2
            assert pool_of(caches["default"]).unreachable
            proxy.restore()
            time.sleep(RETRY * 1.5)
            cache.set("back", 2)
            assert cache.get("back") == 2
    finally:
        proxy.cut()


def test_a_redis_that_refuses_the_clear_is_served_on_and_cleared_once(tmp_path, client, caplog):
    # A Redis that answers but refuses UNLINK (as an ACL or a read-only replica would).
    server = RedisServer(tmp_path, "--rename-command", "UNLINK", "")
    server.start()
    proxy = TcpProxy(server.port).start()
    url = f"redis://127.0.0.1:{proxy.port}/0"
    try:
        with _caches_at(url), caplog.at_level(logging.WARNING, logger="cms.cache"):
            cache.set("entry", "before")
            proxy.cut()
            cache.delete("entry")
            proxy.restore()
            time.sleep(RETRY * 1.5)
            for _ in range(5):
                assert cache.get("entry") == "before"  # served on, as the log says
            assert client.get("/healthz").json()["cache"] == "ok"
            pool = pool_of(caches["default"])
            assert pool is not None and not pool.unreachable
            assert len(pool._in_use_connections) == 0  # nothing leaked by the refused clear
            refused = [r for r in caplog.records if "could not be cleared" in r.getMessage()]
            assert len(refused) == 1
    finally:
        proxy.cut()
        server.stop()


def test_a_counter_lost_between_add_and_incr_counts_on_locally(shared_cache):
    limits = caches["ratelimit"]
    assert limits.add("counter", 1, 60)
    shared_cache.stop()
    assert limits.incr("counter") == 1  # not a ValueError, which django-ratelimit reads as 429
    assert limits.incr("counter") == 2
