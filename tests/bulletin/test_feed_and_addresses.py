"""The Atom feed dates each issue by its month and links its PDF; pages advertise the feed;
every issue's address is its year and month, in every language; the month is picked by name."""

import xml.etree.ElementTree as ET

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from bulletin.models import BulletinIndexPage, BulletinIssuePage, IssuePDF
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def feed_entries(client, archive) -> dict[str, ET.Element]:
    """The feed's entries by the address of the issue each links."""
    response = client.get(archive.url + "feed/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    return {
        link.get("href"): entry
        for entry in root.iter(f"{ATOM}entry")
        for link in entry.iter(f"{ATOM}link")
        if link.get("rel") == "alternate"
    }


def test_each_entry_is_dated_by_its_issues_month(client, locales):
    archive = BulletinIndexPage.objects.get(locale=locales["en"])
    entries = feed_entries(client, archive)
    issue = BulletinIssuePage.objects.get(locale=locales["en"], year=2019, month=4)
    entry = entries[issue.full_url]
    assert entry.findtext(f"{ATOM}published").startswith("2019-04-01T00:00:00")
    assert entry.findtext(f"{ATOM}updated").startswith("2019-04-01T00:00:00")
    root = ET.fromstring(client.get(archive.url + "feed/").content)  # noqa: S314
    # The feed is as new as its newest issue (July 2019 in the demo).
    assert root.findtext(f"{ATOM}updated").startswith("2019-07-01")


def test_an_entry_links_its_pdf_as_an_enclosure_when_there_is_one(client, locales):
    issue = BulletinIssuePage.objects.get(locale=locales["sr-latn"], year=2019, month=5)
    IssuePDF.objects.filter(page__locale=locales["sr-latn"]).delete()
    document = Document(title="Bilten 2019-05")
    document.file.save("bilten-2019-05.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 1000), save=False)
    document.file_size = document.file.size
    document.save()
    IssuePDF.objects.create(page=issue, document=document)
    archive = BulletinIndexPage.objects.get(locale=locales["sr-latn"])
    entries = feed_entries(client, archive)
    enclosures = {
        title: [link for link in entry.iter(f"{ATOM}link") if link.get("rel") == "enclosure"]
        for title, entry in entries.items()
    }
    (pdf,) = enclosures[issue.full_url]
    assert pdf.get("type") == "application/pdf"
    assert pdf.get("href") == issue.pdf["url"]
    assert pdf.get("length") == str(document.file_size) == "1009"
    assert sum(len(found) for found in enclosures.values()) == 1


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_the_archive_and_each_issue_advertise_the_feed(client, locales, language):
    archive = BulletinIndexPage.objects.get(locale=locales[language])
    issue = BulletinIssuePage.objects.child_of(archive).live().first()
    for url in (archive.url, issue.url):
        html = client.get(url).content.decode()
        head = html[: html.index("</head>")]
        assert f'<link rel="alternate" type="application/atom+xml" title="{archive.title}: ' in head
        assert f'href="{archive.url}feed/"' in head


@pytest.fixture
def office(db):
    user = UserFactory(username="office", groups=["Information Office"])
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language="sq"
    )
    return user


def new_issue_form(**overrides) -> dict:
    return nested_form_data(
        {
            "title": "Tetor 2019: Buxheti i ri i Komunës",
            "slug": "tetor-2019-buxheti-i-ri-i-komunes",
            "year": 2019,
            "month": 10,
            "number": 9,
            "intro": "Buxheti.",
            "editorial": rich_text(""),
            "sections": streamfield([]),
            "action-submit": "submit",
            **overrides,
        }
    )


def test_a_new_issues_address_is_its_year_and_month_whatever_is_typed(client, locales, office):
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    client.force_login(office)
    response = client.post(
        f"/admin/pages/add/bulletin/bulletinissuepage/{archive.pk}/", new_issue_form()
    )
    assert response.status_code == 302
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], year=2019, month=10)
    assert issue.slug == "2019-10"
    # Nor can an edit give it another one.
    client.post(
        f"/admin/pages/{issue.pk}/edit/", new_issue_form(slug="buxheti", **{"action-submit": ""})
    )
    issue.refresh_from_db()
    assert issue.slug == "2019-10"
    assert issue.get_latest_revision_as_object().slug == "2019-10"


def test_a_month_that_has_an_issue_is_said_on_the_month(client, locales, office):
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    client.force_login(office)
    response = client.post(
        f"/admin/pages/add/bulletin/bulletinissuepage/{archive.pk}/",
        new_issue_form(month=4),
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "month" in form.errors and "slug" not in form.errors


def test_a_translation_keeps_the_year_and_month_address(locales):
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], year=2019, month=6)
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    new = BulletinIssuePage(title="Tetor 2019", slug="x", year=2019, month=10, number=9)
    archive.add_child(instance=new)
    assert new.slug == "2019-10"
    source, _ = TranslationSource.get_or_create_from_instance(new)
    # Translators are not asked for it: it is copied with the year and month.
    paths = source.stringsegment_set.values_list("context__path", flat=True)
    assert "slug" not in paths and "title" in paths
    translation = Translation.objects.create(
        source=source, target_locale=locales["sr-latn"], enabled=True
    )
    for segment in source.stringsegment_set.select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locales["sr-latn"],
            context=segment.context,
            data=f"SR {segment.string.data}",
        )
    translation.save_target(publish=False)
    serbian = new.get_translation(locales["sr-latn"])
    assert serbian.slug == "2019-10"
    assert serbian.get_latest_revision_as_object().slug == "2019-10"
    assert Page.objects.get(pk=issue.get_translation(locales["sr-latn"]).pk).slug == "2019-06"


@pytest.mark.parametrize(
    "language, april", [("sq", "prill"), ("sr-latn", "april"), ("en", "April")]
)
def test_the_month_is_picked_by_its_name(client, locales, office, language, april):
    UserProfile.objects.filter(user=office).update(preferred_language=language)
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    client.force_login(office)
    html = client.get(f"/admin/pages/add/bulletin/bulletinissuepage/{archive.pk}/").content
    html = html.decode()
    select = html[html.index('name="month"') : html.index("</select>", html.index('name="month"'))]
    assert f'<option value="4">{april}</option>' in select
    assert select.count("<option") == 13  # the twelve months and "---------"


def test_copying_an_issue_into_an_archive_that_has_its_month_is_refused(client, locales, office):
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], year=2019, month=4)
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    count = BulletinIssuePage.objects.count()
    client.force_login(office)
    response = client.post(
        f"/admin/pages/{issue.pk}/copy/",
        {"new_title": "Kopje", "new_slug": "kopje", "new_parent_page": archive.pk},
        follow=True,
    )
    assert response.status_code == 200
    assert BulletinIssuePage.objects.count() == count
    assert "Ekziston tashmë një numër për prill 2019 atje" in response.content.decode()


def test_the_feed_names_its_author_and_each_entry_its_number_and_month(client, locales):
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    response = client.get(archive.url + "feed/", HTTP_ACCEPT_LANGUAGE="en")
    atom = ATOM
    feed = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    # Atom requires an author; a reader listing many feeds needs to know whose it is.
    assert feed.find(f"{atom}author/{atom}name").text == "Komuna e Kllokotit"
    assert feed.find(f"{atom}title").text.endswith("– Komuna e Kllokotit")
    titles = [entry.find(f"{atom}title").text for entry in feed.iter(f"{atom}entry")]
    # The number is said (in the archive's language, whatever the browser asks for).
    assert any(title.endswith(" (Nr. 1)") for title in titles), titles
