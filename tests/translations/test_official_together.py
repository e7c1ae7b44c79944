"""Official content goes live in Albanian and Serbian together: a first publication in one
official language waits, held, for the other's, and the editor is told which language holds it."""

import pytest
from django.test import override_settings
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from bulletin.models import BulletinIndexPage, BulletinIssuePage
from home.official import HeldPublication
from tests.factories import BulletinIssuePageFactory, StandardPageFactory, UserFactory

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
        parent=archive, title="Shtator 2019", year=2019, month=9, number=6, live=False
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
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=4)
    issue.intro = "Hyrje e korrigjuar."
    issue.save_revision().publish()
    assert BulletinIssuePage.objects.get(pk=issue.pk).intro == "Hyrje e korrigjuar."


@override_settings(PUBLISH_OFFICIAL_TOGETHER=[])
def test_the_rule_is_set_per_page_type(draft_issue):
    draft_issue.get_latest_revision().publish()
    assert live(draft_issue)


@override_settings(WAGTAIL_WORKFLOW_ENABLED=False)
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
                "number": 6,
                "intro": draft_issue.intro,
                "editorial": rich_text(""),
                "sections": streamfield([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] == f"/admin/pages/{draft_issue.pk}/edit/"
    text = client.get(response["Location"]).content.decode()
    assert "not live yet" in text and "Serbian: it has no translation yet" in text
    assert "has been published" not in text
    assert not live(draft_issue)
    assert HeldPublication.objects.filter(page=draft_issue).exists()

    # Opening the Serbian version says the Albanian waits for it.
    serbian = serbian_draft(draft_issue, locales)
    page = client.get(f"/admin/pages/{serbian.pk}/edit/").content.decode()
    assert "waits for this one" in page


def test_the_admin_api_refuses_past_the_review_and_holds_without_one(client, office, draft_issue):
    client.force_login(office)
    url = f"/admin/api/main/pages/{draft_issue.pk}/action/publish/"
    response = client.post(url, content_type="application/json", data={})
    assert response.status_code == 400
    assert "Bulletin review" in response.json()["detail"]
    with override_settings(WAGTAIL_WORKFLOW_ENABLED=False):
        response = client.post(url, content_type="application/json", data={})
    assert response.status_code == 400
    assert "Serbian: it has no translation yet" in response.json()["detail"]
    assert not live(draft_issue)


def test_official_content_is_not_published_past_its_review(client, office, draft_issue):
    """The Office's own "Publish" on an issue would skip the Bulletin review's neutrality
    confirmation: the version is saved as a draft, to be submitted."""
    client.force_login(office)
    form = nested_form_data(
        {
            "title": draft_issue.title,
            "slug": draft_issue.slug,
            "year": 2019,
            "month": 9,
            "number": 6,
            "intro": "Hyrje e re.",
            "editorial": rich_text(""),
            "sections": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/{draft_issue.pk}/edit/", form, follow=True)
    assert "Awaiting your review" in response.content.decode()
    assert not live(draft_issue)
    assert not HeldPublication.objects.exists()
    saved = BulletinIssuePage.objects.get(pk=draft_issue.pk).get_latest_revision_as_object()
    assert saved.intro == "Hyrje e re."
    bulk = client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={draft_issue.pk}",
        {"include_descendants": ""},
        follow=True,
    )
    assert bulk.status_code == 200 and not live(draft_issue)


@pytest.fixture
def serbian_translator(db):
    return UserFactory(username="prevodilac", groups=["Translators: Srpski"])


def test_a_translator_sends_for_review_and_the_office_approval_publishes_both(
    client, office, serbian_translator, draft_issue, locales
):
    # The Office approved the Albanian issue: it waits for the Serbian one.
    draft_issue.get_latest_revision().publish(user=office)
    serbian = serbian_draft(draft_issue, locales)
    translation = Translation.objects.get(
        source__object_id=draft_issue.translation_key, target_locale=locales["sr-latn"]
    )

    client.force_login(serbian_translator)
    editor = client.get(f"/admin/pages/{serbian.pk}/edit/").content.decode()
    assert "Send for review" in editor or "Dërgoje për shqyrtim" in editor
    assert 'action="/admin/translations/review/' in editor
    response = client.post(f"/admin/translations/review/{translation.pk}/")
    assert response.status_code == 302
    serbian = BulletinIssuePage.objects.get(pk=serbian.pk)
    assert not serbian.live
    state = serbian.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert state.workflow.name == "Bulletin review"

    # A translator cannot approve; the Office approves with the neutrality confirmation.
    task_state = serbian.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{serbian.pk}/approve/{task_state.pk}/"
    client.post(url, {"comment": "", "neutral": "on"})
    assert not live(serbian)
    client.force_login(office)
    client.post(url, {"comment": "", "neutral": "on"})
    assert live(serbian) and live(draft_issue)
    assert client.get(serbian.get_url()).status_code == 200


def test_an_unfinished_translation_is_not_sent(client, serbian_translator, draft_issue, locales):
    serbian = serbian_draft(draft_issue, locales, translated=False)
    translation = Translation.objects.get(
        source__object_id=draft_issue.translation_key, target_locale=locales["sr-latn"]
    )
    profile = UserProfile.get_for_user(serbian_translator)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(serbian_translator)
    response = client.post(f"/admin/translations/review/{translation.pk}/", follow=True)
    assert response.status_code == 200
    assert BulletinIssuePage.objects.get(pk=serbian.pk).current_workflow_state is None
    assert any("not translated yet" in str(m).lower() for m in response.context["messages"])


def test_a_translator_of_english_cannot_send_a_serbian_translation(client, draft_issue, locales):
    serbian_draft(draft_issue, locales)
    translation = Translation.objects.get(
        source__object_id=draft_issue.translation_key, target_locale=locales["sr-latn"]
    )
    client.force_login(UserFactory(username="translator", groups=["Translators: English"]))
    response = client.post(f"/admin/translations/review/{translation.pk}/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith("/admin/login") or response["Location"] == "/admin/"
    assert (
        Page.objects.get(
            translation_key=draft_issue.translation_key, locale=locales["sr-latn"]
        ).specific.current_workflow_state
        is None
    )


@override_settings(PUBLISH_OFFICIAL_TOGETHER=["home.StandardPage"], WAGTAIL_WORKFLOW_ENABLED=False)
def test_publishing_from_the_translation_editor_is_held_and_says_why(
    client, office, home, locales, django_capture_on_commit_callbacks
):
    """Official content without a workflow (a standard page, workflows off): wagtail-localize's
    "Publish in Srpski" holds it while the Albanian version is not approved."""
    page = StandardPageFactory(parent=home, title="Njoftim zyrtar", live=False)
    page.save_revision()
    serbian = serbian_draft(page, locales)
    client.force_login(office)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{serbian.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    assert not live(serbian)
    assert HeldPublication.objects.filter(page=serbian).exists()
    html = client.get(response["Location"]).content.decode()
    assert "Shqip: it has no translation yet" not in html  # Albanian exists: it is not approved
    assert "Shqip: its translation is not approved and published yet" in html


def test_a_live_translation_sent_for_review_keeps_serving_its_published_text(
    client, serbian_translator, locales
):
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=1)
    serbian = issue.get_translation(locales["sr-latn"])
    published = serbian.intro
    source = TranslationSource.objects.get_for_instance(issue)
    translation = Translation.objects.get(source=source, target_locale=locales["sr-latn"])
    segment = source.stringsegment_set.get(context__path="intro")
    StringTranslation.objects.filter(
        translation_of=segment.string, locale=locales["sr-latn"], context=segment.context
    ).update(data="Ispravljen uvod, još u pregledu.")

    client.force_login(serbian_translator)
    client.post(f"/admin/translations/review/{translation.pk}/")
    serbian = BulletinIssuePage.objects.get(pk=serbian.pk)
    assert serbian.intro == published
    assert serbian.get_latest_revision_as_object().intro == "Ispravljen uvod, još u pregledu."
    assert serbian.current_workflow_state.status == "in_progress"
    client.logout()
    html = client.get(serbian.get_url()).content.decode()
    assert "još u pregledu" not in html


def test_a_new_issue_published_by_the_office_stays_private(client, office, locales):
    """Wagtail's create view adds a page live before it asks whether it may be published."""
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    client.force_login(office)
    form = nested_form_data(
        {
            "title": "Tetor 2019: Buxheti i ri",
            "slug": "2019-10",
            "year": 2019,
            "month": 10,
            "number": 9,
            "intro": "Buxheti.",
            "editorial": rich_text(""),
            "sections": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = client.post(
        f"/admin/pages/add/bulletin/bulletinissuepage/{archive.pk}/", form, follow=True
    )
    assert response.status_code == 200
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], slug="2019-10")
    assert not issue.live
    client.logout()
    assert client.get("/sq/buletini/2019-10/").status_code == 404
    assert "Tetor 2019" not in client.get("/sq/buletini/").content.decode()
