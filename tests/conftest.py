import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.db import connections
from django.utils import translation
from wagtail.models import Locale, Page

from home import demo_images
from home.models import HomePage
from tests import demo_db


def pytest_sessionfinish(session: pytest.Session) -> None:
    # The run's PostgreSQL template goes with the run (the main process, after the workers).
    url = os.environ.get("DATABASE_URL", "")
    if demo_db.is_postgres(url) and not hasattr(session.config, "workerinput"):
        shared = session.config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]
        demo_db.postgres_drop(url, demo_db.template_name(shared, url))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Tests sharing a served site or a probe run in one xdist worker (--dist loadgroup), so
    # the server or the probe starts once.
    for item in items:
        if item.get_closest_marker("e2e"):
            item.add_marker(pytest.mark.xdist_group("e2e"))
        elif item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.xdist_group(item.module.__name__))


@pytest.fixture(scope="session")
def shared_tmp(tmp_path_factory, worker_id: str) -> Path:
    """A folder shared by every xdist worker of this run (and by the run without xdist)."""
    base = tmp_path_factory.getbasetemp()
    return base if worker_id == "master" else base.parent


@pytest.fixture(scope="session")
def django_db_setup(django_db_blocker, shared_tmp: Path, worker_id: str) -> Iterator[None]:
    """Every test starts from the demo site, rolled back after each test. The demo is built
    once per run (``tests/demo_db.py``) and each worker gets its own copy of it."""
    url = os.environ.get("DATABASE_URL", "")
    database = settings.DATABASES["default"]
    if demo_db.is_postgres(url):
        name = f"test_{database['NAME']}_{worker_id}"
        demo_db.postgres_copy(shared_tmp, url, name)
    else:
        name = str(demo_db.sqlite_copy(shared_tmp, shared_tmp / f"test-{worker_id}.sqlite3"))
    for alias in connections:
        connections[alias].close()
    database["NAME"] = name
    connections["default"].settings_dict["NAME"] = name
    # The demo's pictures were drawn into the builder's in-memory storage: draw them into ours.
    with django_db_blocker.unblock():
        demo_images.restore_files()
    yield
    for alias in connections:
        connections[alias].close()
    with django_db_blocker.unblock():
        if demo_db.is_postgres(url):
            demo_db.postgres_drop(url, name)
        else:
            Path(name).unlink(missing_ok=True)


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    translation.activate("sq")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters live in the cache (Redis in CI): each test starts from zero. Only
    this process's keys go (each xdist worker has its own prefix; FLUSHDB would reset the
    other workers' counters in the middle of their tests)."""
    if hasattr(cache, "delete_pattern"):
        cache.delete_pattern("*")
    else:
        cache.clear()
    # What rate limits counted in this process while a test's Redis was down.
    caches["ratelimit"].clear()


@pytest.fixture
def locales(db) -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home(db) -> HomePage:
    return HomePage.objects.get(locale__language_code="sq")


@pytest.fixture
def strategy(db) -> Page:
    """The demo's strategy page in Albanian (the source)."""
    return Page.objects.get(locale__language_code="sq", slug__startswith="strategjia").specific
