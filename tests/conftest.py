import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale, Page

from home.models import HomePage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site, built once per session (and rolled back after
    each test)."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    translation.activate("sq")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters live in the cache (Redis in CI): each test starts from zero."""
    cache.clear()


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
