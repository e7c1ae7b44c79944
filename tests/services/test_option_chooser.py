"""A plugin can offer a chooser for its widget's options (DESIGN.md, "The plugin contract").

These tests register a plugin of their own whose chooser picks a complaints department (a
translatable snippet), so they need no particular plugin; tests/e2e covers the polls plugin.
"""

import json
import re
from collections.abc import Iterator
from html import unescape
from types import SimpleNamespace
from typing import Any

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.utils.html import format_html
from django.utils.translation import override
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import StandardPage
from services.blocks import MIGRATED_HELP_TEXT, ServiceWidgetBlock
from services.checks import option_chooser_models
from services.registry import OptionChooser, ServicePlugin, registry
from tests.factories import DepartmentFactory, StandardPageFactory, UserFactory

SLUG = "departments-test"


def render_department(request, value) -> str:
    return format_html('<p class="chosen-department">{}</p>', value["options"])


@pytest.fixture
def chooser_plugin() -> Iterator[ServicePlugin]:
    plugin = ServicePlugin(
        slug=SLUG,
        label="Departments",
        render_widget=render_department,
        option_chooser=OptionChooser(model="complaints.Department", label="Choose a department"),
    )
    registry.register(plugin)
    yield plugin
    registry.unregister(SLUG)


@pytest.fixture
def text_plugin() -> Iterator[ServicePlugin]:
    plugin = ServicePlugin(
        slug="typed-test",
        label="Typed",
        render_widget=lambda request, value: f"<p>typed {value['options']}</p>",
    )
    registry.register(plugin)
    yield plugin
    registry.unregister("typed-test")


def block_value(service: str, options: str):
    block = ServiceWidgetBlock()
    return block, block.to_python({"service": service, "title": "", "options": options})


# --- the stored shape does not change -----------------------------------------------------


def test_the_options_child_still_deconstructs_as_the_migrations_recorded_it():
    options = ServiceWidgetBlock().child_blocks["options"]
    path, args, kwargs = options.deconstruct()
    assert path == "wagtail.blocks.CharBlock" and args == ()
    with override("en"):
        assert kwargs == {"label": "Options", "required": False, "help_text": MIGRATED_HELP_TEXT}


@pytest.mark.django_db
def test_no_page_migration_changes():
    # makemigrations --check exits with status 1 on a change.
    call_command(
        "makemigrations",
        "home",
        "bulletin",
        "partners",
        "diaspora",
        "transparency",
        check=True,
        dry_run=True,
        verbosity=0,
    )


# --- validation ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_chosen_object_is_accepted_and_an_unknown_one_is_a_clear_error(chooser_plugin):
    department = DepartmentFactory(name="Urbanizmi")
    block, value = block_value(SLUG, str(department.pk))
    assert block.clean(value)["options"] == str(department.pk)
    for wrong in (str(department.pk + 1000), "abc", "1.5"):
        block, value = block_value(SLUG, wrong)
        with pytest.raises(StructBlockValidationError) as refused, override("en"):
            block.clean(value)
        (message,) = refused.value.block_errors["options"].messages
        assert f"“{wrong}” is not one of the choices" in message


@pytest.mark.django_db
def test_the_error_is_translated(chooser_plugin):
    block, value = block_value(SLUG, "abc")
    with override("sq"), pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    (message,) = refused.value.block_errors["options"].messages
    assert message.startswith("„abc“ nuk është ndër zgjedhjet")


@pytest.mark.django_db
def test_without_a_chooser_any_text_and_an_empty_choice_are_accepted(chooser_plugin, text_plugin):
    block, value = block_value("typed-test", "anything at all")
    assert block.clean(value)["options"] == "anything at all"
    block, value = block_value(SLUG, "")
    assert block.clean(value)["options"] == ""


# --- the editor ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_editor_state_of_a_chosen_object_is_the_choosers(chooser_plugin):
    department = DepartmentFactory(name="Urbanizmi")
    block, value = block_value(SLUG, str(department.pk))
    state = block.get_form_state(value)["options"]
    assert state["id"] == department.pk and state["string"] == "Urbanizmi"
    assert state["edit_url"].endswith(f"/{department.pk}/")
    # Typed text, and a service without a chooser, stay plain strings.
    assert block.get_form_state(block_value(SLUG, "abc")[1])["options"] == "abc"
    assert block.get_form_state(block_value("nowhere", "7")[1])["options"] == "7"


def editor_data(html: str, attribute: str = "data") -> Any:
    """The StreamField's telepath data in the page editor: its block definitions ("data") or
    its value and errors ("arguments")."""
    match = re.search(rf'data-w-block-{attribute}-value="([^"]+)"', html)
    assert match, "no StreamField in the editor"
    return json.loads(unescape(match.group(1)))


def find(packed, constructor: str) -> list:
    """Every telepath object built by ``constructor`` in ``packed``, however deep."""
    found = []
    if isinstance(packed, dict):
        if packed.get("_type") == constructor:
            found.append(packed)
        for item in packed.values():
            found.extend(find(item, constructor))
    elif isinstance(packed, list):
        for item in packed:
            found.extend(find(item, constructor))
    return found


@pytest.mark.django_db
def test_the_page_editor_offers_the_services_chooser(client, home, chooser_plugin, text_plugin):
    department = DepartmentFactory(name="Urbanizmi")
    page = StandardPageFactory(
        parent=home,
        body=[("service", {"service": SLUG, "title": "", "options": str(department.pk)})],
    )
    client.force_login(UserFactory(username="root", is_superuser=True))
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "services/js/service-options.js" in html
    assert finders.find("services/js/service-options.js")  # shipped, not from a CDN
    assert "wagtailsnippets/js/snippet-chooser-telepath.js" in html
    (widget,) = find(editor_data(html), "services.blocks.ServiceOptionsInput")
    text_input, choosers, service_field = widget["_args"]
    assert service_field == "service" and text_input["_type"] == "wagtail.widgets.Widget"
    # Only the services with a chooser have one: its snippet chooser, with its modal URL.
    assert SLUG in choosers and "typed-test" not in choosers
    chooser = choosers[SLUG]
    assert chooser["_type"] == "wagtail.snippets.widgets.SnippetChooser"
    assert "/admin/snippets/choose/complaints/department/" in json.dumps(chooser)
    assert "Choose a department" in json.dumps(chooser)
    # The stored pk is shown as the chosen department.
    ((child,), _errors) = editor_data(html, "arguments")
    assert child["value"]["options"]["id"] == department.pk
    assert child["value"]["options"]["string"] == "Urbanizmi"


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(username="root", is_superuser=True))
    return client


def post_page(client, page, options: str):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield(
                [("service", {"service": SLUG, "title": "Zgjidhni", "options": options})]
            ),
            "action-publish": "publish",
        }
    )
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


@pytest.mark.django_db
def test_publishing_an_unknown_choice_is_refused_in_the_editor_with_nothing_lost(
    editor, home, chooser_plugin
):
    page = StandardPageFactory(parent=home)
    response = post_page(editor, page, "9999")
    assert response.status_code == 200  # the form again, not a 500 and not saved
    page.refresh_from_db()
    assert not list(page.body)
    # What was sent comes back to the editor, with the error on the options.
    ((child,), errors) = editor_data(response.content.decode(), "arguments")
    assert child["value"] == {"service": [SLUG], "title": "Zgjidhni", "options": "9999"}
    assert "„9999“ nuk është ndër zgjedhjet" in json.dumps(errors, ensure_ascii=False)


@pytest.mark.django_db
def test_publishing_a_chosen_object_shows_the_widget(editor, client, home, chooser_plugin):
    department = DepartmentFactory(name="Urbanizmi")
    page = StandardPageFactory(parent=home)
    response = post_page(editor, page, str(department.pk))
    assert response.status_code == 302
    page = StandardPage.objects.get(pk=page.pk)
    assert page.body[0].value["options"] == str(department.pk)
    client.logout()
    html = client.get(page.url).content.decode()
    assert f'<p class="chosen-department">{department.pk}</p>' in html


# --- visitors, preview and the API --------------------------------------------------------


@pytest.mark.django_db
def test_a_deleted_choice_renders_nothing_and_says_so_in_preview(chooser_plugin):
    department = DepartmentFactory(name="Urbanizmi")
    block, value = block_value(SLUG, str(department.pk))
    assert "chosen-department" in block.render(value, {"request": None})
    department.delete()
    assert block.render(value, {"request": SimpleNamespace(is_preview=False)}) == ""
    with override("en"):
        notice = block.render(value, {"request": SimpleNamespace(is_preview=True)})
    assert "no longer exists" in notice and "Departments" in notice


@pytest.mark.django_db
def test_a_page_whose_choice_was_deleted_still_serves(client, home, chooser_plugin):
    department = DepartmentFactory(name="Urbanizmi")
    page = StandardPageFactory(
        parent=home,
        body=[("service", {"service": SLUG, "title": "", "options": str(department.pk)})],
    )
    department.delete()
    response = client.get(page.url)
    assert response.status_code == 200 and "chosen-department" not in response.content.decode()
    api = client.get(f"/api/v3/pages/{page.pk}/")
    assert api.status_code == 200
    (service,) = [child for child in api.json()["body"] if child["type"] == "service"]
    assert service["value"]["chosen"] is None


@pytest.mark.django_db
def test_the_api_names_the_chosen_object(chooser_plugin, text_plugin):
    department = DepartmentFactory(name="Urbanizmi")
    block, value = block_value(SLUG, str(department.pk))
    shown = block.get_api_representation(value)
    assert shown["chosen"] == {"model": "complaints.department", "id": department.pk}
    assert shown["options"] == str(department.pk) and shown["installed"] is True
    block, value = block_value("typed-test", "7")
    assert block.get_api_representation(value)["chosen"] is None


@pytest.mark.django_db
def test_a_missing_plugin_behaves_as_before():
    block, value = block_value("gone", "12")
    assert block.render(value, {"request": SimpleNamespace(is_preview=False)}) == ""
    shown = block.get_api_representation(value)
    assert shown["installed"] is False and shown["chosen"] is None


# --- start-up -----------------------------------------------------------------------------


def test_a_chooser_of_a_model_that_is_missing_or_no_snippet_stops_start_up():
    plugins = [
        ServicePlugin(
            slug="typo-test",
            label="Typo",
            render_widget=render_department,
            option_chooser=OptionChooser(model="complaints.Departmnet", label="Choose"),
        ),
        ServicePlugin(
            slug="nosnippet-test",
            label="No snippet",
            render_widget=render_department,
            option_chooser=OptionChooser(model="complaints.Complaint", label="Choose"),
        ),
    ]
    for plugin in plugins:
        registry.register(plugin)
    try:
        assert {error.id for error in option_chooser_models(None)} == {
            "services.E002",
            "services.E003",
        }
    finally:
        for plugin in plugins:
            registry.unregister(plugin.slug)
    assert option_chooser_models(None) == []


# --- translation --------------------------------------------------------------------------


@pytest.mark.django_db
def test_translators_get_the_texts_but_not_a_chosen_objects_key(
    home, locales, chooser_plugin, text_plugin
):
    from wagtail_localize.models import Translation, TranslationSource

    from services.demo import translate

    department = DepartmentFactory(name="Urbanizmi")
    page = StandardPageFactory(
        parent=home,
        body=[
            ("service", {"service": SLUG, "title": "Zgjidhni", "options": str(department.pk)}),
            ("service", {"service": "typed-test", "title": "", "options": "e shkruar"}),
        ],
    )
    source, _ = TranslationSource.update_or_create_from_instance(page)
    serbian = locales["sr-latn"]
    msgids = [
        entry.msgid for entry in Translation(source=source, target_locale=serbian).export_po()
    ]
    assert "Zgjidhni" in msgids and "e shkruar" in msgids  # as before the choosers
    assert str(department.pk) not in msgids
    translated = translate(page, serbian, {**{m: m for m in msgids}, "Zgjidhni": "Izaberite"})
    chosen, typed = (child.value for child in translated.body)
    assert chosen["title"] == "Izaberite" and chosen["options"] == str(department.pk)
    assert typed["options"] == "e shkruar"
