"""Official content goes live in Albanian and Serbian together: a first publication in one
official language waits, held, for the other's, and the editor is told which language holds it."""

import pytest
from django.contrib.messages import get_messages
from django.test import override_settings
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from bulletin.models import BulletinIndexPage, BulletinIssuePage
from home.official import HeldPublication
from tests.factories import BulletinIssuePageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(db):
    user = UserFactory(username="office", groups=["Information Office"])
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language="en"
    )
    return user


@pytest.fixture
def draft_issue(locales) -> BulletinIssuePage:
    """A new issue, written in Albanian and never published."""
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    issue = BulletinIssuePageFactory(
        parent=archive, title="Shtator 2019", year=2019, month=9, number=4, live=False
    )
    issue.save_revision()
    return issue


def serbian_draft(issue: BulletinIssuePage, locales, translated: bool = True) -> Page:
    """Start the Serbian translation (a draft), translated in full or not at all."""
    source, _ = TranslationSource.get_or_create_from_instance(issue)
    translation = Translation.objects.create(
        source=source, target_locale=locales["sr-latn"], enabled=True
    )
    if translated:
        for segment in source.stringsegment_set.select_related("string"):
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locales["sr-latn"],
                context=segment.context,
                data=f"SR {segment.string.data}",
            )
    translation.save_target(publish=False)
    return issue.get_translation(locales["sr-latn"])


def live(page: Page) -> bool:
    return Page.objects.get(pk=page.pk).live


def test_albanian_alone_is_held_until_serbian_is_approved(draft_issue, locales, client):
    draft_issue.get_latest_revision().publish()
    assert not live(draft_issue)
    held = HeldPublication.objects.get(page=draft_issue)
    assert held.revision == draft_issue.get_latest_revision()
    assert client.get(draft_issue.get_parent().url).content.decode().count("Shtator 2019") == 0

    serbian = serbian_draft(draft_issue, locales)
    assert not live(serbian)
    serbian.get_latest_revision().publish()

    # Both official versions went live together, each with its own approved text.
    assert live(draft_issue) and live(serbian)
    assert not HeldPublication.objects.exists()
    assert BulletinIssuePage.objects.get(pk=serbian.pk).title == "SR Shtator 2019"
    assert client.get(serbian.get_url()).status_code == 200


def test_serbian_first_waits_for_albanian(draft_issue, locales):
    serbian = serbian_draft(draft_issue, locales)
    serbian.get_latest_revision().publish()
    assert not live(serbian)
    assert HeldPublication.objects.filter(page=serbian).exists()
    draft_issue.get_latest_revision().publish()
    assert live(draft_issue) and live(serbian)


def test_english_neither_waits_nor_holds(draft_issue, locales, django_capture_on_commit_callbacks):
    draft_issue.get_latest_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(draft_issue)
    translation = Translation.objects.create(
        source=source, target_locale=locales["en"], enabled=True
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert live(draft_issue.get_translation(locales["en"]))
    assert not live(draft_issue)


def test_a_correction_to_a_live_issue_is_not_held(locales):
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=2)
    issue.intro = "Hyrje e korrigjuar."
    issue.save_revision().publish()
    assert BulletinIssuePage.objects.get(pk=issue.pk).intro == "Hyrje e korrigjuar."


@override_settings(PUBLISH_OFFICIAL_TOGETHER=[])
def test_the_rule_is_set_per_page_type(draft_issue):
    draft_issue.get_latest_revision().publish()
    assert live(draft_issue)


def test_the_editor_is_told_which_language_holds_it_back(client, office, draft_issue, locales):
    client.force_login(office)
    response = client.post(
        f"/admin/pages/{draft_issue.pk}/edit/",
        nested_form_data(
            {
                "title": draft_issue.title,
                "slug": draft_issue.slug,
                "year": 2019,
                "month": 9,
                "number": 4,
                "intro": draft_issue.intro,
                "editorial": rich_text(""),
                "sections": streamfield([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] == f"/admin/pages/{draft_issue.pk}/edit/"
    text = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "not published yet" in text and "Srpski: it has no translation yet" in text
    assert "has been published" not in text
    assert not live(draft_issue)
    assert HeldPublication.objects.filter(page=draft_issue).exists()

    # Opening it again says the same; opening the Serbian version says the Albanian waits.
    page = client.get(f"/admin/pages/{draft_issue.pk}/edit/").content.decode()
    assert "Srpski: it has no translation yet" in page
    serbian = serbian_draft(draft_issue, locales)
    page = client.get(f"/admin/pages/{serbian.pk}/edit/").content.decode()
    assert "waits for this one" in page


def test_the_admin_api_holds_too(client, office, draft_issue):
    client.force_login(office)
    response = client.post(
        f"/admin/api/main/pages/{draft_issue.pk}/action/publish/",
        content_type="application/json",
        data={},
    )
    assert response.status_code == 400
    assert "Srpski" in response.json()["detail"]
    assert not live(draft_issue)
