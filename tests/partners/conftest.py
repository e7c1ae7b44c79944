import pytest
from wagtail.models import Locale

from partners.twinning import (
    InternationalPartnersPage,
    PartnerIndexPage,
    PartnerMunicipalityPage,
    PartnerNewsPage,
)

LANGUAGES = ("sq", "sr-latn", "en")


@pytest.fixture
def section(locales: dict[str, Locale]) -> dict[str, PartnerIndexPage]:
    """The demo's partners section, by language."""
    return {code: PartnerIndexPage.objects.get(locale=locales[code]) for code in LANGUAGES}


@pytest.fixture
def partner(locales: dict[str, Locale]) -> dict[str, PartnerMunicipalityPage]:
    """The demo's partner municipality in Poland, by language."""
    return {
        code: PartnerMunicipalityPage.objects.get(locale=locales[code], country="PL")
        for code in LANGUAGES
    }


@pytest.fixture
def news(locales: dict[str, Locale]) -> dict[str, PartnerNewsPage]:
    """The demo's news of the twinning, by language."""
    return {
        code: PartnerNewsPage.objects.get(locale=locales[code], date="2019-07-01")
        for code in LANGUAGES
    }


@pytest.fixture
def directory(locales: dict[str, Locale]) -> dict[str, InternationalPartnersPage]:
    return {code: InternationalPartnersPage.objects.get(locale=locales[code]) for code in LANGUAGES}
