"""The states of the section's pages the demo's own pages do not show pass the HTML checker:
the directory filtered and refused, a partner with every field filled, and the e-mail."""

import datetime

import pytest

from tests.factories import DocumentFactory, ImageFactory
from tests.html import vnu
from tests.partners.factories import PartnerMunicipalityPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_partner(section):
    """A partner with an emblem, dates, agreement, exchanges and a decorative photo."""
    image = ImageFactory(title="Stema")
    page = PartnerMunicipalityPageFactory(
        parent=section["sq"],
        emblem=image,
        since_date=datetime.date(2018, 5, 4),
        agreement=DocumentFactory(title="Marrëveshja"),
        areas=[("area", "Kultura")],
        projects=[
            (
                "project",
                {
                    "title": "Shkolla",
                    "year": 2020,
                    "value_eur": "25000.50",
                    "funder": "BE",
                    "description": "Rinovimi.",
                },
            )
        ],
        exchanges=[
            ("exchange", {"date": datetime.date(2019, 6, 1), "title": "Vizitë", "description": ""})
        ],
        contact="Kabineti i Kryetarit\n+383 38 000 000",
        gallery=[
            (
                "photo",
                {"image": image, "alt_text": "", "decorative": True, "caption": "", "credit": ""},
            )
        ],
    )
    page.save_revision().publish()
    return page


def test_the_sections_other_states_pass_the_html_checker(client, directory, full_partner, news):
    assert vnu.command()
    documents = {}
    for language, page in directory.items():
        filtered = client.get(page.url, {"kind": "embassy", "country": "PL"})
        refused = client.get(page.url, {"kind": "spy"})
        assert (filtered.status_code, refused.status_code) == (200, 400)
        documents[f"{language}: filtered"] = filtered.content.decode()
        documents[f"{language}: refused"] = refused.content.decode()
    partner = client.get(full_partner.url)
    assert "25.000,50" in partner.content.decode()
    documents["sq: partner with every field"] = partner.content.decode()
    email = news["sr-latn"].render_email({"unsubscribe_url": "#", "my_data_url": "#"})
    documents["sr-latn: e-mail"] = email.html
    problems = vnu.check(documents)
    assert not problems, problems
