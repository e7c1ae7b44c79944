"""The news of a followable section stays reachable on the site once it is older than the first
page: the partners' and the diaspora's indexes are paginated, in the reader's language."""

import datetime

import pytest

from diaspora.models import DiasporaIndexPage, DiasporaNewsPage
from partners.twinning import PartnerIndexPage, PartnerNewsPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "index_model, news_model, per_page",
    [(PartnerIndexPage, PartnerNewsPage, 10), (DiasporaIndexPage, DiasporaNewsPage, 6)],
)
def test_older_news_is_on_the_next_page(client, locales, index_model, news_model, per_page):
    index = index_model.objects.get(locale=locales["sq"])
    oldest = news_model(
        title="Lajmi më i vjetër", slug="lajmi-me-i-vjeter", date=datetime.date(2001, 1, 1)
    )
    index.add_child(instance=oldest)
    oldest.save_revision().publish()
    for number in range(per_page):
        news = news_model(
            title=f"Lajm {number}", slug=f"lajm-{number}", date=datetime.date(2030, 1, 1)
        )
        index.add_child(instance=news)
        news.save_revision().publish()
    first = client.get(index.url).content.decode()
    assert "Lajmi më i vjetër" not in first
    assert 'rel="next"' in first and 'aria-label="Faqet e lajmeve"' in first
    second = client.get(index.url, {"page": 2}).content.decode()
    assert "Lajmi më i vjetër" in second and 'rel="prev"' in second
    # A page number typed by hand that is not one is the last page, not an error.
    assert client.get(index.url, {"page": "x"}).status_code == 200
