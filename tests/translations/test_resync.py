"""Restarting a stopped synced translation keeps the translator's hand edits, by choice."""

import pytest
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def stopped(strategy, locales):
    """The strategy's Serbian translation with sync stopped and two fields edited by hand."""
    source = TranslationSource.objects.get_for_instance(strategy)
    translation = Translation.objects.get(source=source, target_locale=locales["sr-latn"])
    translation.enabled = False
    translation.save()
    serbian = strategy.get_translation(locales["sr-latn"])
    serbian.title = "Strategija (ručno)"
    serbian.intro = "Uvod napisan ručno."
    serbian.save_revision()
    return translation, serbian


def test_restarting_shows_what_was_edited_by_hand_and_keeps_what_is_chosen(
    client, stopped, strategy
):
    translation, serbian = stopped
    client.force_login(UserFactory(username="prevodilac", groups=["Translators: Srpski"]))
    response = client.post(
        f"/admin/pages/{serbian.pk}/edit/", {"localize-restart-translation": "restart"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Strategija (ručno)" in html and "Uvod napisan ručno." in html
    assert strategy.intro in html  # the source beside them
    translation.refresh_from_db()
    assert not translation.enabled  # nothing changed yet

    rows = {d.edited: d for d in response.context["divergences"]}
    assert set(rows) == {"Strategija (ručno)", "Uvod napisan ručno."}
    title = rows["Strategija (ručno)"].segment
    response = client.post(
        f"/admin/translations/resync/{translation.pk}/", {f"choice-{title.pk}": "synced"}
    )
    assert response.status_code == 302
    translation.refresh_from_db()
    assert translation.enabled
    translation.save_target(publish=False)
    serbian.refresh_from_db()
    latest = serbian.get_latest_revision_as_object()
    assert latest.intro == "Uvod napisan ručno."  # kept by choice
    assert latest.title != "Strategija (ručno)"  # the synced translation, as chosen
    kept = StringTranslation.objects.get(data="Uvod napisan ručno.")
    assert kept.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL


def test_without_hand_edits_sync_restarts_at_once(client, strategy, locales):
    source = TranslationSource.objects.get_for_instance(strategy)
    translation = Translation.objects.get(source=source, target_locale=locales["sr-latn"])
    translation.enabled = False
    translation.save()
    serbian = strategy.get_translation(locales["sr-latn"])
    client.force_login(UserFactory(username="prevodilac", groups=["Translators: Srpski"]))
    response = client.post(
        f"/admin/pages/{serbian.pk}/edit/", {"localize-restart-translation": "restart"}
    )
    assert response.status_code == 302
    translation.refresh_from_db()
    assert translation.enabled


def test_a_translator_of_another_language_cannot_resync(client, stopped):
    translation, _serbian = stopped
    client.force_login(UserFactory(username="translator", groups=["Translators: English"]))
    response = client.post(f"/admin/translations/resync/{translation.pk}/")
    assert response.status_code == 403 or response["Location"] == "/admin/"
    translation.refresh_from_db()
    assert not translation.enabled
