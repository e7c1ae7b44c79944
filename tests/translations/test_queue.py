"""The translation queue: what needs work, in which state, most urgent first."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from bulletin.models import BulletinIndexPage, BulletinIssuePage
from services.complaints.models import Department
from tests.factories import BulletinIssuePageFactory, StandardPageFactory, UserFactory
from translations.queue import IN_PROGRESS, MISSING, READY, STALE, queue

pytestmark = pytest.mark.django_db


@pytest.fixture
def serbian_translator(db):
    return UserFactory(username="prevodilac", groups=["Translators: Srpski"])


def listed(html: str, title: str) -> bool:
    """Whether the queue screen has a row for ``title`` (its title links to the work)."""
    return re.search(r'<th scope="row">(<a [^>]*>)?' + re.escape(title), html) is not None


def rows(user, **match):
    return [
        item
        for item in queue(user)
        if all(getattr(item, key) == value for key, value in match.items())
    ]


def test_the_demo_leaves_work_for_translators(serbian_translator):
    items = queue(serbian_translator)
    # A page published in Albanian only, and a correction to the latest bulletin issue made
    # after it was translated (its introduction and editorial).
    assert {(item.title, item.state, item.changed) for item in items} == {
        ("Orari i pritjes së qytetarëve", MISSING, 0),
        ("Korrik 2019: Partnerët dhe diaspora", STALE, 2),
    }
    # A translator of Serbian sees no English work.
    assert all(item.locale.language_code == "sr-latn" for item in items)


def test_a_new_page_is_missing_in_every_language_it_is_not_in(home):
    page = StandardPageFactory(parent=home, title="Orari i ri")
    admin = UserFactory(username="root", is_superuser=True)
    missing = rows(admin, state=MISSING, title="Orari i ri")
    assert sorted(item.locale.language_code for item in missing) == ["en", "sr-latn"]
    assert missing[0].url.startswith(f"/admin/localize/submit/page/{page.pk}/")


def test_a_source_edit_makes_the_translation_stale_with_the_changed_segments(
    serbian_translator, strategy
):
    strategy.intro = "Hyrje e re e strategjisë."
    strategy.save_revision()  # a draft is enough: the translator works ahead of publishing
    (item,) = rows(serbian_translator, state=STALE, title=strategy.title)
    assert item.changed == 1
    source = TranslationSource.objects.get_for_instance(strategy)
    assert item.url == f"/admin/localize/update/{source.pk}/"


def test_a_started_translation_is_in_progress_then_ready(
    client, serbian_translator, home, locales, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=home, title="Njoftim")
    page.save_revision().publish()
    office = UserFactory(username="office", groups=["Information Office"])
    client.force_login(office)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locales["sr-latn"].pk]})
    (item,) = rows(serbian_translator, title="Njoftim")
    assert item.state == IN_PROGRESS and item.translated == 0 and item.total >= 1
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(page), target_locale=locales["sr-latn"]
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "Obaveštenje" if entry.msgid == "Njoftim" else entry.msgid + " (sr)"
    translation.import_po(po)
    (item,) = rows(serbian_translator, title="Njoftim")
    assert item.state == READY and item.percent == 100


def test_a_changed_snippet_is_stale_too(serbian_translator, locales):
    department = Department.objects.filter(locale=locales["sq"]).first()
    department.name += " (riemërtuar)"
    department.save()
    # Departments are the Information Office's to keep and translate...
    office = UserFactory(username="office", groups=["Information Office"])
    (item,) = rows(office, state=STALE, model="department", locale=locales["sr-latn"])
    assert item.model == "department" and item.changed == 1
    # ...and a translator, who could not open them, does not see them.
    assert rows(serbian_translator, model="department") == []


def test_the_issue_scheduled_soonest_comes_first(locales):
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    old = StandardPageFactory(parent=archive.get_parent(), title="Lajm i vjetër")
    soon = BulletinIssuePageFactory(parent=archive, title="Shtator 2019", year=2019, month=9)
    soon.go_live_at = timezone.now() + timedelta(days=3)
    soon.save()
    admin = UserFactory(username="root", is_superuser=True)
    titles = [item.title for item in queue(admin)]
    assert titles.index("Shtator 2019") < titles.index(old.title)
    assert isinstance(BulletinIssuePage.objects.get(pk=soon.pk), BulletinIssuePage)


def test_the_queue_screen_lists_and_filters(client, serbian_translator, strategy):
    strategy.intro = "Hyrje e re."
    strategy.save_revision()
    client.force_login(serbian_translator)
    html = client.get("/admin/translations/queue/").content.decode()
    assert strategy.title in html and "/admin/localize/update/" in html
    filtered = client.get("/admin/translations/queue/", {"state": "missing"}).content.decode()
    assert strategy.title not in filtered
    # Someone who neither translates nor edits content has no queue.
    client.force_login(UserFactory(username="officer", groups=["Department officers"]))
    assert client.get("/admin/translations/queue/").status_code in (302, 403)


def test_a_translator_takes_an_item_and_others_see_who_has_it(client, serbian_translator, home):
    page = StandardPageFactory(parent=home, title="Orari i ri")
    colleague = UserFactory(username="kolega", groups=["Translators: Srpski"])
    client.force_login(serbian_translator)
    take = {"key": str(page.translation_key), "language": "sr-latn", "action": "take"}
    assert client.post("/admin/translations/queue/", take).status_code == 302
    (item,) = rows(colleague, title="Orari i ri")
    assert item.taken_by == serbian_translator
    mine = client.get("/admin/translations/queue/", {"assignee": "mine"}).content.decode()
    assert "Orari i ri" in mine
    # A colleague cannot take it over...
    client.force_login(colleague)
    client.post("/admin/translations/queue/", take)
    assert rows(colleague, title="Orari i ri")[0].taken_by == serbian_translator
    free = client.get("/admin/translations/queue/", {"assignee": "nobody"}).content.decode()
    assert not listed(free, "Orari i ri")
    # ...until its holder gives it back.
    client.force_login(serbian_translator)
    client.post("/admin/translations/queue/", {**take, "action": "release"})
    assert rows(colleague, title="Orari i ri")[0].taken_by is None


def test_items_of_another_language_cannot_be_taken(client, serbian_translator, home):
    page = StandardPageFactory(parent=home, title="Orari i ri")
    client.force_login(serbian_translator)
    response = client.post(
        "/admin/translations/queue/",
        {"key": str(page.translation_key), "language": "en", "action": "take"},
    )
    assert response.status_code in (302, 403)
    from translations.models import QueueClaim

    assert not QueueClaim.objects.exists()
    assert (
        client.post(
            "/admin/translations/queue/", {"key": "not-a-key", "language": "sr-latn"}
        ).status_code
        == 302
    )


def test_an_editor_marks_an_item_urgent_and_it_comes_first(client, serbian_translator, home):
    first = StandardPageFactory(parent=home, title="A: e zakonshme")
    second = StandardPageFactory(parent=home, title="Z: urgjente")
    editor = UserFactory(username="ed", groups=["Editors"])
    client.force_login(editor)
    page = client.get("/admin/translations/queue/").content.decode()
    assert "Z: urgjente" in page and "/admin/localize/submit/" not in page  # follows, not works
    urgent = {"key": str(second.translation_key), "action": "urgent"}
    assert client.post("/admin/translations/queue/", urgent).status_code == 302
    titles = [item.title for item in queue(serbian_translator)]
    assert titles.index("Z: urgjente") < titles.index(first.title)
    assert rows(serbian_translator, title="Z: urgjente")[0].urgent
    # A translator cannot mark; the editor takes the mark back.
    client.force_login(serbian_translator)
    denied = client.post(
        "/admin/translations/queue/", {**urgent, "key": str(first.translation_key)}
    )
    assert denied.status_code == 403 or denied["Location"] == "/admin/"
    assert not rows(serbian_translator, title=first.title)[0].urgent
    client.force_login(editor)
    client.post("/admin/translations/queue/", {**urgent, "action": "not_urgent"})
    assert not rows(serbian_translator, title="Z: urgjente")[0].urgent


def test_what_holds_back_official_content_comes_first(serbian_translator, locales, home):
    StandardPageFactory(parent=home, title="A: faqe e re")
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    issue = BulletinIssuePageFactory(
        parent=archive, title="Z: Shtator 2019", year=2019, month=9, live=False
    )
    issue.save_revision().publish()  # approved in Albanian: held for Serbian
    items = queue(serbian_translator)
    assert items[0].title == "Z: Shtator 2019" and items[0].holds_back
    assert not rows(serbian_translator, title="A: faqe e re")[0].holds_back


def test_the_queue_filters_by_section(client, serbian_translator, locales, home):
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    BulletinIssuePageFactory(parent=archive, title="Shtator 2019", year=2019, month=9)
    StandardPageFactory(parent=home, title="Orari i ri")
    (issue,) = rows(serbian_translator, title="Shtator 2019")
    assert issue.section == archive.title
    client.force_login(serbian_translator)
    page = client.get("/admin/translations/queue/", {"section": archive.title}).content.decode()
    assert listed(page, "Shtator 2019")
    assert not listed(page, "Orari i ri")


def test_the_dashboard_sums_up_the_queue_per_language_and_section(client, serbian_translator, home):
    StandardPageFactory(parent=home, title="Orari i ri")
    StandardPageFactory(parent=home, title="Orari i vjetër")
    client.force_login(serbian_translator)
    html = client.get("/admin/").content.decode()
    panel = html[html.index("translation-queue-summary") :]
    panel = panel[: panel.index("</section>")]
    assert "Srpski" in panel and "English" not in panel
    missing = len(rows(serbian_translator, state=MISSING))  # the two new ones and the demo's
    assert missing == 3 and f"<strong>{missing}</strong>" in panel


def test_the_source_editor_sees_who_took_the_translation(client, serbian_translator, home):
    page = StandardPageFactory(parent=home, title="Orari i ri")
    client.force_login(serbian_translator)
    client.post(
        "/admin/translations/queue/",
        {"key": str(page.translation_key), "language": "sr-latn", "action": "take"},
    )
    client.force_login(UserFactory(username="ed", groups=["Editors"]))
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Srpski: prevodilac" in html


def test_a_published_translation_leaves_its_taker_free(
    client, serbian_translator, strategy, locales
):
    client.force_login(serbian_translator)
    client.post(
        "/admin/translations/queue/",
        {"key": str(strategy.translation_key), "language": "sr-latn", "action": "take"},
    )
    from translations.models import QueueClaim

    assert QueueClaim.objects.count() == 1
    serbian = strategy.get_translation(locales["sr-latn"])
    serbian.save_revision().publish()
    assert not QueueClaim.objects.exists()


def test_after_syncing_a_translator_goes_on_in_the_editor(client, serbian_translator, locales):
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=4)  # the demo's stale one
    source = TranslationSource.objects.get_for_instance(issue)
    profile = UserProfile.get_for_user(serbian_translator)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(serbian_translator)
    response = client.post(f"/admin/localize/update/{source.pk}/", {})
    serbian = issue.get_translation(locales["sr-latn"])
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{serbian.pk}/edit/"
    (item,) = rows(serbian_translator, title=issue.title)
    assert item.state == IN_PROGRESS
    # The editor then says which fields still wait, by name.
    translation = Translation.objects.get(source=source, target_locale=locales["sr-latn"])
    response = client.post(f"/admin/translations/review/{translation.pk}/", follow=True)
    text = " ".join(str(m) for m in response.context["messages"])
    assert "introduction" in text and "editorial" in text


def test_the_queue_reads_the_same_number_of_queries_for_more_work(
    serbian_translator, home, locales
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def started(count: int, start: int) -> None:
        for n in range(start, start + count):
            page = StandardPageFactory(parent=home, title=f"Njoftimi {n}")
            page.save_revision().publish()
            source, _ = TranslationSource.get_or_create_from_instance(page)
            Translation.objects.create(
                source=source, target_locale=locales["sr-latn"], enabled=True
            ).save_target(publish=False)

    started(2, 0)
    queue(serbian_translator)  # the user's permissions are read once, then cached
    with CaptureQueriesContext(connection) as few:
        assert len(rows(serbian_translator, state=IN_PROGRESS)) == 2
    started(10, 2)
    with CaptureQueriesContext(connection) as many:
        assert len(rows(serbian_translator, state=IN_PROGRESS)) == 12
    assert len(many.captured_queries) == len(few.captured_queries)


def test_segments_edited_after_the_live_version_was_written_wait_to_be_published(
    serbian_translator, locales
):
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=1)
    assert rows(serbian_translator, title=issue.title) == []
    source = TranslationSource.objects.get_for_instance(issue)
    segment = source.stringsegment_set.get(context__path="intro")
    from wagtail_localize.models import StringTranslation

    StringTranslation.objects.filter(
        translation_of=segment.string, locale=locales["sr-latn"], context=segment.context
    ).update(data="Uvod izmenjen tokom pregleda.", updated_at=timezone.now())
    (item,) = rows(serbian_translator, title=issue.title)
    assert item.state == READY
