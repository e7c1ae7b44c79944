"""The municipality's identity texts (name, address, office hours) are translatable content:
on each language's home page, carried by wagtail-localize, published through the workflow."""

from importlib import import_module
from types import SimpleNamespace

import pytest
from django.apps import apps
from wagtail.models import Site
from wagtail_localize.models import StringSegment, TranslationSource

from home.models import HomePage, MunicipalityIdentity
from tests.factories import UserFactory
from translations.queue import STALE, queue

pytestmark = pytest.mark.django_db


def test_the_texts_are_segments_of_the_home_page(home):
    source = TranslationSource.objects.get_for_instance(home)
    paths = set(StringSegment.objects.filter(source=source).values_list("context__path", flat=True))
    assert {"municipality_name", "address", "office_hours"} <= paths


def test_each_language_shows_its_own_texts(client):
    sq = client.get("/sq/").content.decode()
    sr = client.get("/sr-latn/").content.decode()
    assert "Komuna e Kllokotit" in sq and "E hënë – e premte" in sq
    assert "Opština Klokot" in sr and "Ponedeljak – petak" in sr
    data = client.get("/api/v3/identity/", {"locale": "sr-latn"}).json()
    assert data["name"] == "Opština Klokot"
    assert data["names"] == {
        "sq": "Komuna e Kllokotit",
        "sr-latn": "Opština Klokot",
        "en": "Municipality of Klokot",
    }


def test_a_changed_name_waits_for_publishing_and_for_the_translators(home, client):
    home.municipality_name = "Komuna e Kllokotit (emër i ri)"
    home.save_revision()
    assert "emër i ri" not in client.get("/sq/").content.decode()  # a draft shows nowhere
    translator = UserFactory(username="prevodilac", groups=["Translators: Srpski"])
    (item,) = [item for item in queue(translator) if item.key == home.translation_key]
    assert item.state == STALE and item.changed == 1
    home.get_latest_revision().publish()
    assert "emër i ri" in client.get("/sq/").content.decode()
    # Serbian readers keep the Serbian name until the translation is published.
    assert "Opština Klokot" in client.get("/sr-latn/").content.decode()


def test_a_language_without_its_own_text_falls_back_to_the_source(locales):
    english = HomePage.objects.get(locale=locales["en"])
    HomePage.objects.filter(pk=english.pk).update(office_hours="")
    identity = MunicipalityIdentity.for_site(Site.objects.get(is_default_site=True))
    assert identity.office_hours("en") == "E hënë – e premte, 08:00–16:00"
    assert identity.name("en") == "Municipality of Klokot"


class _Identities:
    def __init__(self, rows):
        self.rows = rows

    def select_related(self, *_fields):
        return self.rows


def test_the_migration_moves_existing_sites_texts_to_their_home_pages(locales):
    migration = import_module("home.migrations.0004_identity_texts_on_home_page")
    site = Site.objects.get(is_default_site=True)
    old = SimpleNamespace(
        site=site,
        name_sq="Komuna X",
        name_sr_latn="Opština X",
        name_en="Municipality X",
        address_sq="Rruga 1",
        address_sr_latn="Ulica 1",
        address_en="Street 1",
        office_hours_sq="8-16",
        office_hours_sr_latn="8-16 č.",
        office_hours_en="8-4",
    )

    class Registry:
        def get_model(self, app_label, name):
            if name == "MunicipalityIdentity":
                return SimpleNamespace(objects=_Identities([old]))
            return apps.get_model(app_label, name)

    migration.texts_to_home_pages(Registry(), None)
    serbian = HomePage.objects.get(locale=locales["sr-latn"])
    assert (serbian.municipality_name, serbian.address) == ("Opština X", "Ulica 1")
    # The editor opens the latest revision: it carries the texts too.
    assert serbian.get_latest_revision_as_object().office_hours == "8-16 č."


def test_the_switcher_offers_an_untranslated_pages_languages_in_their_own_words(client):
    html = client.get("/sq/rreth-komunes/orari-i-pritjes/").content.decode()
    switcher = html[html.index('class="unavailable"') :]
    switcher = switcher[: switcher.index("</ul>")]
    assert 'href="/sr-latn/"' in switcher and 'href="/en/"' in switcher
    assert "ova stranica još nije prevedena" in switcher
    assert "this page is not translated yet" in switcher
    assert "ова страница још није преведена" in switcher  # the Cyrillic edition's entry
    assert "nuk është përkthyer" not in switcher
