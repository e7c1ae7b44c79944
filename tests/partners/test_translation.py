"""Translators translate the texts; what is the same in every language (country, kind, dates,
amounts, addresses) is synchronised from the source, never offered as a string."""

import pytest
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from partners.twinning import InternationalPartner

pytestmark = pytest.mark.django_db


def strings(instance) -> set[str]:
    source = TranslationSource.objects.get_for_instance(instance)
    return set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))


def resync(instance, locale) -> None:
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)


def test_the_partners_texts_are_strings_and_its_facts_are_synchronised(partner, locales):
    source = partner["sq"]
    offered = strings(source)
    assert "Kabineti i Kryetarit të Komunës së Kllokotit" in offered
    assert "Ilustrim: ndërtesa e Komunës së Kllokotit" in offered  # the photo's alt text
    assert not {"PL", "twinning", "1200.00"} & offered
    source.country = "SK"
    source.kind = "partnership"
    source.since_year = 2018
    source.save_revision().publish()
    resync(source, locales["en"])
    english = partner["en"].__class__.objects.get(pk=partner["en"].pk)
    assert (english.country, english.kind, english.since_year) == ("SK", "partnership", 2018)
    assert english.title == partner["en"].title  # its own texts kept


def test_a_directory_entrys_contacts_are_synchronised(locales):
    source = InternationalPartner.objects.get(
        locale=locales["sq"], website="https://www.osce.org/mission-in-kosovo"
    )
    offered = strings(source)
    assert "Misioni i OSBE-së në Kosovë" in offered
    assert "https://www.osce.org/mission-in-kosovo" not in offered
    source.phone = "+383 38 000 000"
    source.save()
    resync(source, locales["sr-latn"])
    serbian = source.get_translation(locales["sr-latn"])
    assert serbian.phone == "+383 38 000 000" and serbian.name == "Misija OEBS-a na Kosovu"
