"""The partners section's models, one module per audience: partner and twin municipalities with
international organisations (``partners.twinning``), and promotion to donors and investors
(``partners.promotion``). Imported here so that Django finds them."""

from partners.promotion import (  # noqa: F401
    DonorConferencePage,
    DonorProject,
    DonorProjectsPage,
    InvestIndexPage,
    InvestmentOpportunityPage,
    InvestorNewsPage,
)
from partners.twinning import (  # noqa: F401
    InternationalPartner,
    InternationalPartnersPage,
    PartnerIndexPage,
    PartnerMunicipalityPage,
    PartnerNewsPage,
)
