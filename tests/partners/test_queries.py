"""Listing the directory (on the site and in the API) and the section's index costs the same
number of queries for 10 entries as for 100."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners.twinning import InternationalPartner, PartnerMunicipalityPage
from tests.factories import ImageFactory
from tests.partners.factories import InternationalPartnerFactory, PartnerMunicipalityPageFactory

pytestmark = pytest.mark.django_db


def queries(client, url: str, params: dict | None = None) -> int:
    client.get(url, params)  # warm: renditions made once, caches filled
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(context.captured_queries)


def fill_directory(locale, total: int) -> None:
    missing = total - InternationalPartner.objects.filter(locale=locale).count()
    InternationalPartnerFactory.create_batch(missing, locale=locale, country="DE")


@pytest.mark.parametrize(
    "url, params",
    [
        ("directory", None),
        ("/api/v3/partners/organisations/", {"locale": "en", "limit": 100}),
    ],
)
def test_the_directory_costs_the_same_queries_for_10_and_100_entries(
    client, locales, directory, url, params
):
    url = directory["en"].url if url == "directory" else url
    fill_directory(locales["en"], 10)
    ten = queries(client, url, params)
    fill_directory(locales["en"], 100)
    hundred = queries(client, url, params)
    listed = client.get(url, params).content.decode()
    assert "100 organisations" in listed if url == directory["en"].url else '"count": 100' in listed
    print(f"queries: {ten} for 10 entries, {hundred} for 100")
    assert hundred == ten, (ten, hundred)


def test_the_sections_index_costs_the_same_queries_for_10_and_100_partners(client, section):
    index = section["sq"]
    emblem = ImageFactory()

    def fill(total: int) -> None:
        missing = total - PartnerMunicipalityPage.objects.child_of(index).count()
        for _n in range(missing):
            page = PartnerMunicipalityPageFactory(parent=index, emblem=emblem)
            page.save_revision().publish()

    fill(10)
    ten = queries(client, index.url)
    fill(100)
    hundred = queries(client, index.url)
    assert PartnerMunicipalityPage.objects.child_of(index).live().count() == 100
    print(f"queries: {ten} for 10 entries, {hundred} for 100")
    assert hundred == ten, (ten, hundred)
