"""Factories of the diaspora section's tests."""

import factory
from wagtail.models import Locale

from diaspora.models import DiasporaAssociation


class DiasporaAssociationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DiasporaAssociation

    name = factory.Sequence(lambda n: f"Shoqata {n}")
    city = "Shtutgart"
    country = "DE"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="sq"))
