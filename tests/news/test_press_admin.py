"""The press office in the Wagtail admin: the outlets, the coverage log and the categories in
a "Press office" menu, and the report "Media coverage in YEAR" in the reports menu, for the
editors and the Information Office."""

import pytest

from news.press import MediaCoverage, MediaOutlet
from tests.factories import UserFactory
from tests.news.factories import demo_release

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group", ["Editors", "Information Office"])
def test_editors_and_the_office_read_the_coverage_report(client, group):
    client.force_login(UserFactory(username="perdoruesi", groups=[group]))
    response = client.get("/admin/news/coverage/", {"year": "2019"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Media coverage in 2019" in html
    assert "5 reports in the media" in html
    assert 'href="/admin/news/coverage/csv/?year=2019"' in html
    assert client.get("/admin/news/coverage/csv/", {"year": "2019"}).status_code == 200
    dashboard = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Media coverage by year" in dashboard


@pytest.mark.parametrize(
    "language, heading",
    [
        ("sq", "Pasqyrimi në media në vitin 2019"),
        ("sr-latn", "Medijsko izveštavanje u 2019. godini"),
    ],
)
def test_the_report_speaks_the_users_language(client, language, heading):
    client.force_login(UserFactory(username="zyrtari", groups=["Information Office"]))
    html = client.get(
        "/admin/news/coverage/", {"year": "2019"}, HTTP_ACCEPT_LANGUAGE=language
    ).content.decode()
    assert heading in html


def test_the_office_keeps_outlets_and_coverage_as_snippets(client):
    client.force_login(UserFactory(username="zyrtari", groups=["Information Office"]))
    for model in ("mediaoutlet", "mediacoverage", "newscategory"):
        assert client.get(f"/admin/snippets/news/{model}/").status_code == 200, model
    outlet = MediaOutlet.objects.get(name="Radio KIM")
    response = client.post(
        "/admin/snippets/news/mediacoverage/add/",
        {
            "outlet": outlet.pk,
            "date": "2019-09-02",
            "headline": "Opština Klokot o strategiji",
            "url": "https://www.radiokim.net/",
            "release": demo_release("sq").pk,
            "note": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = MediaCoverage.objects.get(headline="Opština Klokot o strategiji")
    assert entry.release.release_number == "1/2019"


def test_a_coverage_entry_needs_a_link_or_a_scan(client):
    client.force_login(UserFactory(username="zyrtari", groups=["Information Office"]))
    response = client.post(
        "/admin/snippets/news/mediacoverage/add/",
        {
            "outlet": MediaOutlet.objects.get(name="RTK").pk,
            "date": "2019-09-02",
            "headline": "Pa lidhje",
            "url": "",
            "note": "",
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "Give a link to the report or upload its scan." in response.content.decode()
    assert not MediaCoverage.objects.filter(headline="Pa lidhje").exists()
