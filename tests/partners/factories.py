import factory
import wagtail_factories
from wagtail.models import Locale

from partners.twinning import InternationalPartner, PartnerMunicipalityPage, PartnerNewsPage


class PartnerMunicipalityPageFactory(wagtail_factories.PageFactory):
    """A partner municipality; give ``parent`` (the section's index) and it is added under it."""

    class Meta:
        model = PartnerMunicipalityPage

    title = factory.Sequence(lambda n: f"Komuna partnere {n}")
    name = factory.Sequence(lambda n: f"Partnera {n}")
    country = "RS"
    kind = "partnership"
    intro = "Bashkëpunim ndërkomunal."


class PartnerNewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PartnerNewsPage

    title = factory.Sequence(lambda n: f"Lajm i partnerëve {n}")
    intro = "Lajmi i bashkëpunimit."


class InternationalPartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InternationalPartner

    name = factory.Sequence(lambda n: f"Organizata {n:03d}")
    kind = "ngo"
    country = ""
    contact_person = "Zyra e komunikimit"
    website = "https://example.org/"
    locale = factory.LazyFunction(Locale.get_default)
