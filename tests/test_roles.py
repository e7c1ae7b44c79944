"""The groups people work in can do what their job needs, and no more."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_product_groups_exist():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Information Office", "Translators", "Administrators"} <= names
    assert "Moderators" not in names


@pytest.mark.parametrize(
    "group, can_edit, can_publish",
    [
        ("Editors", True, False),
        ("Translators", False, False),
        ("Information Office", True, True),
        ("Administrators", True, True),
    ],
)
def test_page_permissions_per_group(strategy, group, can_edit, can_publish):
    user = UserFactory(groups=[group])
    permissions = strategy.permissions_for_user(user)
    assert permissions.can_edit() is can_edit
    assert permissions.can_publish() is can_publish


def test_every_group_can_enter_the_admin_but_only_administrators_manage_users():
    for group in ["Editors", "Translators", "Information Office", "Administrators"]:
        user = UserFactory(groups=[group])
        assert user.has_perm("wagtailadmin.access_admin")
        assert user.has_perm("auth.change_user") is (group == "Administrators")


def test_the_information_office_approves_in_the_default_workflow(strategy):
    workflow = strategy.get_workflow()
    assert workflow is not None
    task = workflow.tasks.first().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Information Office"]


def test_translators_may_submit_translations():
    user = UserFactory(groups=["Translators"])
    assert user.has_perm("wagtail_localize.submit_translation")


def test_an_editors_publish_attempt_does_not_change_the_live_page(client, strategy):
    editor = UserFactory(groups=["Editors"])
    client.force_login(editor)
    live_title, live_revision = strategy.title, strategy.live_revision_id
    response = client.post(
        f"/admin/pages/{strategy.pk}/edit/", {"action-publish": "publish"} | _edit_form(strategy)
    )
    assert response.status_code in (200, 302)
    strategy.refresh_from_db()
    assert strategy.title == live_title
    assert strategy.live_revision_id == live_revision


def test_the_information_office_can_publish_an_edit(client, strategy):
    officer = UserFactory(groups=["Information Office"])
    client.force_login(officer)
    response = client.post(
        f"/admin/pages/{strategy.pk}/edit/", {"action-publish": "publish"} | _edit_form(strategy)
    )
    assert response.status_code == 302
    strategy.refresh_from_db()
    assert strategy.title.endswith("(ndryshuar)")


def _edit_form(page):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    return nested_form_data(
        {
            "title": page.title + " (ndryshuar)",
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([]),
        }
    )


@pytest.mark.parametrize("language", ["sr-latn", "en"])
def test_translators_edit_translated_pages_but_cannot_publish_them(strategy, locales, language):
    user = UserFactory(groups=["Translators"])
    translated = strategy.get_translation(locales[language])
    permissions = translated.permissions_for_user(user)
    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_a_new_language_tree_opens_to_translators(home, locales):
    from wagtail.models import Locale

    from home.models import HomePage

    german = Locale.objects.create(language_code="de")
    root_de = home.copy_for_translation(german)
    user = UserFactory(groups=["Translators"])
    assert HomePage.objects.get(pk=root_de.pk).permissions_for_user(user).can_edit()
