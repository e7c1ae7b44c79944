"""The monthly bulletin: numbering, the review workflow, the archive and the feed."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from bulletin.models import BulletinIndexPage, BulletinIssuePage
from home.official import HeldPublication
from tests.factories import BulletinIssuePageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(locales) -> BulletinIndexPage:
    return BulletinIndexPage.objects.get(locale=locales["sq"])


def issue_form(archive, **overrides):
    data = {
        "title": "Tetor 2019",
        "slug": "2019-10",
        "year": 2019,
        "month": 10,
        "number": 7,
        "intro": "Hyrje",
        "editorial": rich_text("<p>Fjala e redaksisë.</p>"),
        "sections": streamfield(
            [
                (
                    "article",
                    {
                        "title": "Rruga e re",
                        "text": rich_text("<p>U asfaltua rruga.</p>"),
                        "image": "",
                        "alt_text": "",
                        "caption": "",
                        "credit": "",
                    },
                ),
                (
                    "event",
                    {
                        "title": "Seanca e Kuvendit",
                        "date": "2019-10-30",
                        "place": "Kllokot",
                        "description": "",
                    },
                ),
            ]
        ),
        **overrides,
    }
    return nested_form_data(data)


def test_the_next_issue_and_number_are_suggested(client, archive, admin_user):
    client.force_login(admin_user)
    response = client.get(f"/admin/pages/add/bulletin/bulletinissuepage/{archive.pk}/")
    form = response.context["form"]
    assert (form.initial["year"], form.initial["month"], form.initial["number"]) == (2019, 8, 5)


def test_an_abandoned_draft_does_not_move_the_suggestion_but_its_month_is_still_taken(
    client, archive, admin_user
):
    # What the editor's autosave leaves of an "Add issue" closed without saving.
    draft = BulletinIssuePageFactory.build(title="Gusht", year=2019, month=8, number=5, live=False)
    archive.add_child(instance=draft)
    client.force_login(admin_user)
    url = f"/admin/pages/add/bulletin/bulletinissuepage/{archive.pk}/"
    form = client.get(url).context["form"]
    assert (form.initial["month"], form.initial["number"]) == (8, 5)
    response = client.post(url, issue_form(archive, month=8, number=5))
    assert {"month", "number"} <= set(response.context["form"].errors)


@pytest.mark.parametrize("clash, field", [({"month": 7}, "month"), ({"number": 2}, "number")])
def test_one_issue_per_month_and_unique_numbers(client, archive, admin_user, clash, field):
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/add/bulletin/bulletinissuepage/{archive.pk}/", issue_form(archive, **clash)
    )
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not BulletinIssuePage.objects.filter(slug="2019-10").exists()


def test_the_archive_uses_the_bulletin_review_workflow(archive):
    assert archive.get_workflow().name == "Bulletin review"


def test_an_editor_submits_and_cannot_publish_the_approver_confirms_neutrality(client, archive):
    editor = UserFactory(username="redaktori", groups=["Editors"])
    approver = UserFactory(username="shefi", groups=["Information Office"])
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/add/bulletin/bulletinissuepage/{archive.pk}/",
        issue_form(archive) | {"action-submit": "Submit"},
    )
    assert response.status_code == 302
    issue = BulletinIssuePage.objects.get(slug="2019-10")
    assert not issue.live
    assert issue.current_workflow_state.status == "in_progress"

    client.force_login(approver)
    task_state = issue.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{issue.pk}/approve/{task_state.pk}/"
    client.post(url, {"comment": ""})
    issue.refresh_from_db()
    task_state.refresh_from_db()
    assert not issue.live
    assert task_state.status == "in_progress"
    client.post(url, {"comment": "", "neutral": "on"})
    issue.refresh_from_db()
    # Approved: it goes live together with its Serbian version (tests/translations/
    # test_official_together.py), which does not exist yet.
    assert not issue.live
    assert HeldPublication.objects.get(page=issue).revision == issue.get_latest_revision()


def test_scheduled_publishing(archive):
    """An approved issue with a go-live date (e.g. the first of the month) waits for it."""
    import time

    issue = BulletinIssuePage(
        title="Nëntor 2019",
        slug="2019-11",
        year=2019,
        month=11,
        number=9,
        go_live_at=timezone.now() + timedelta(seconds=2),
    )
    archive.add_child(instance=issue)
    issue.save_revision().publish()
    issue.refresh_from_db()
    assert not issue.live
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
    issue.refresh_from_db()
    assert not issue.live
    time.sleep(2.1)
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
    issue.refresh_from_db()
    assert issue.live


@pytest.mark.parametrize(
    "language, title",
    [
        ("sq", "Buletini informativ"),
        ("sr-latn", "Informativni bilten"),
        ("en", "Information bulletin"),
    ],
)
def test_the_archive_lists_issues_by_year_in_each_language(client, locales, language, title):
    archive = BulletinIndexPage.objects.get(locale=locales[language])
    html = client.get(archive.url).content.decode()
    assert title in html
    assert '<h2 id="year-2019">2019</h2>' in html
    assert html.count('class="card"') == 4


def test_the_atom_feed_per_language(client, locales):
    archive = BulletinIndexPage.objects.get(locale=locales["sr-latn"])
    response = client.get(archive.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "Jul 2019: Partneri i dijaspora" in body
    assert "/sr-latn/bilten/2019-07/" in body


def test_the_issue_is_served_in_three_languages_and_the_api_has_its_sections(client, locales):
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=4)
    for code, heading in [
        ("sq", "Dita e Shën Pjetrit"),
        ("sr-latn", "Petrovdan"),
        ("en", "St. Peter&#x27;s Day"),
    ]:
        html = client.get(issue.get_translation(locales[code]).url).content.decode()
        assert heading in html
    data = client.get(f"/api/v3/pages/{issue.get_translation(locales['en']).pk}/").json()
    assert (data["year"], data["month"], data["number"]) == (2019, 7, 4)
    assert [section["type"] for section in data["sections"]] == ["article", "event", "contacts"]


def test_translating_an_issue_is_in_the_translators_queue(locales):
    from wagtail_localize.models import Translation, TranslationSource

    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=1)
    source = TranslationSource.objects.get_for_instance(issue)
    assert Translation.objects.filter(source=source).count() == 2
    assert re.search(
        r"534/2",
        issue.get_translation(locales["sr-latn"]).specific.sections[0].value["text"].source,
    )


def test_the_review_workflow_exists_with_the_information_office():
    workflow = Workflow.objects.get(name="Bulletin review")
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Information Office"]
    assert Page.objects.type(BulletinIndexPage).count() == 3


def test_after_an_edit_the_translators_sync_shows_only_the_changed_segment(locales):
    from wagtail_localize.models import Translation, TranslationSource

    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=1)
    issue.intro = "Hyrje e ndryshuar e numrit."
    issue.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(issue)
    source.update_from_db()
    for translation in Translation.objects.filter(source=source):
        total, translated = translation.get_progress()
        assert translated == total - 1


def test_an_articles_text_in_the_api_is_rendered_like_every_other_rich_text(
    client, locales, strategy
):
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    issue = BulletinIssuePageFactory(
        parent=archive,
        sections=[
            (
                "article",
                {
                    "title": "Strategjia",
                    "text": f'<p>Lexoni <a linktype="page" id="{strategy.pk}">strategjinë</a>.</p>',
                    "image": None,
                    "alt_text": "",
                    "caption": "",
                    "credit": "",
                },
            )
        ],
    )
    issue.save_revision().publish()
    (article,) = client.get(f"/api/v3/pages/{issue.pk}/").json()["sections"]
    text = article["value"]["text"]
    # The stored form (linktype, page ids) never reaches a front end: a real address does.
    assert "linktype" not in text
    assert f'href="{strategy.url}"' in text or f'href="{strategy.full_url}"' in text
