"""The countries editors can choose (django-countries' ``COUNTRIES_ONLY``), with names of our own.

django-countries has no Albanian catalog, and some of its Serbian names are wrong (Latvia as
"Litvanija", North Macedonia as "Makedonija"): these names are translated in the project's
catalogs, in all three languages. The list holds where the municipality's diaspora lives and
where its partners, donors and investors come from; add a country here (and its names in the
catalogs) when one is missing.
"""

from django.utils.translation import gettext_lazy as _

COUNTRIES = {
    "AL": _("Albania"),
    "AT": _("Austria"),
    "AU": _("Australia"),
    "BA": _("Bosnia and Herzegovina"),
    "BE": _("Belgium"),
    "BG": _("Bulgaria"),
    "CA": _("Canada"),
    "CH": _("Switzerland"),
    "CY": _("Cyprus"),
    "CZ": _("Czechia"),
    "DE": _("Germany"),
    "DK": _("Denmark"),
    "EE": _("Estonia"),
    "ES": _("Spain"),
    "FI": _("Finland"),
    "FR": _("France"),
    "GB": _("United Kingdom"),
    "GR": _("Greece"),
    "HR": _("Croatia"),
    "HU": _("Hungary"),
    "IE": _("Ireland"),
    "IS": _("Iceland"),
    "IT": _("Italy"),
    "JP": _("Japan"),
    "LI": _("Liechtenstein"),
    "LT": _("Lithuania"),
    "LU": _("Luxembourg"),
    "LV": _("Latvia"),
    "ME": _("Montenegro"),
    "MK": _("North Macedonia"),
    "MT": _("Malta"),
    "NL": _("Netherlands"),
    "NO": _("Norway"),
    "NZ": _("New Zealand"),
    "PL": _("Poland"),
    "PT": _("Portugal"),
    "RO": _("Romania"),
    "RS": _("Serbia"),
    "SE": _("Sweden"),
    "SI": _("Slovenia"),
    "SK": _("Slovakia"),
    "TR": _("Türkiye"),
    "UA": _("Ukraine"),
    "US": _("United States"),
    # Kosovo's code is user-assigned (ISO 3166 has none yet); the EU and others use XK.
    "XK": _("Kosovo"),
}
