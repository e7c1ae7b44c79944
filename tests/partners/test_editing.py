"""What the editor is offered: one partners section per home page, its three page types below
it, and a partner municipality created through the admin's form with its projects."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from partners.twinning import (
    InternationalPartnersPage,
    PartnerIndexPage,
    PartnerMunicipalityPage,
    PartnerNewsPage,
)

pytestmark = pytest.mark.django_db


def test_one_section_per_home_page_with_its_three_page_types(home, section):
    assert not PartnerIndexPage.can_create_at(home)  # the demo has it already
    assert set(PartnerIndexPage.allowed_subpage_models()) == {
        PartnerMunicipalityPage,
        PartnerNewsPage,
        InternationalPartnersPage,
    }
    assert not InternationalPartnersPage.can_create_at(section["sq"])  # one directory
    assert PartnerMunicipalityPage.can_create_at(section["sq"])
    assert not PartnerMunicipalityPage.can_create_at(home)


def test_an_editor_adds_a_partner_with_a_joint_project(client, admin_user, section):
    client.force_login(admin_user)
    index = section["sq"]
    data = nested_form_data(
        {
            "title": "Komuna partnere në Mal të Zi",
            "slug": "mali-i-zi",
            "intro": "",
            "name": "Kotor",
            "country": "ME",
            "kind": "cooperation",
            "since_year": "2021",
            "since_date": "",
            "contact": "",
            "areas": streamfield([("area", "Turizmi")]),
            "projects": streamfield(
                [
                    (
                        "project",
                        {
                            "title": "Shtigjet turistike",
                            "year": "2022",
                            "value_eur": "15000",
                            "funder": "BE",
                            "description": "",
                        },
                    )
                ]
            ),
            "exchanges": streamfield([]),
            "gallery": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/partners/partnermunicipalitypage/{index.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    page = PartnerMunicipalityPage.objects.get(slug="mali-i-zi")
    assert page.live and page.country == "ME" and page.since == 2021
    assert str(page.projects[0].value["value_eur"]) == "15000"
    html = client.get(page.url).content.decode()
    assert "Mali i Zi" in html and "Shtigjet turistike" in html
