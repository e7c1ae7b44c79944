"""Factories for the promotion section's page types and snippet."""

import factory
import wagtail_factories

from partners.promotion import DonorProject, InvestmentOpportunityPage


class InvestmentOpportunityPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InvestmentOpportunityPage

    title = factory.Sequence(lambda n: f"Mundësi {n}")
    intro = "Një mundësi investimi."
    sector = "agriculture"
    location = "Kllokot"
    size = 1000
    has_water = True


class DonorProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DonorProject

    donor = factory.Sequence(lambda n: f"Donatori {n}")
    project = factory.Sequence(lambda n: f"Projekti {n}")
    amount = 1000
    status = DonorProject.Status.RUNNING
    year = 2021
