"""The directory of international partners over the v3 API:
``GET /api/v3/partners/organisations/?locale=&country=&kind=&limit=&offset=``.

Wagtail's snippet endpoints need a token; this directory is public, so the section serves it
on its own router of the same API. The partner municipalities and the section's news are
pages: ``/api/v3/pages/?type=partners.PartnerMunicipalityPage&fields=*``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django_countries import countries
from ninja import Field, Query, Router, Schema
from wagtail.api.v3.auth import AllowAnonymous

from partners.twinning import InternationalPartner, OrganisationKind
from services.problems import ProblemDetail, problem_response

router = Router(tags=["partners"], auth=[AllowAnonymous()])

#: The longest page of the list (the API's own bound, ``WAGTAILAPI_LIMIT_MAX``).
DEFAULT_LIMIT = 20


def one_of(values: list[str]) -> Any:
    """A query parameter's schema: one of ``values`` (the view refuses others with a translated
    400 naming the parameter, rather than a generic validation message)."""

    def schema(parameter: dict[str, Any]) -> None:
        parameter.pop("anyOf", None)
        parameter.update({"type": "string", "enum": values})

    return schema


class OrganisationFilters(Schema):
    locale: str | None = Field(
        None, description="Language of the entries (the source's by default)."
    )
    # Checked by the view (a translated 400 naming the field), stated here for clients.
    country: str | None = Field(
        None,
        description="ISO 3166 code of the country an entry represents (`PL`, `XK`).",
        json_schema_extra=one_of(sorted(settings.COUNTRIES_ONLY)),
    )
    kind: str | None = Field(
        None,
        description="The kind of organisation.",
        json_schema_extra=one_of(list(OrganisationKind.values)),
    )
    limit: int = Field(DEFAULT_LIMIT, description="How many entries to return.")
    offset: int = Field(0, description="How many entries to skip.")


class OrganisationTranslation(Schema):
    id: int
    locale: str


class Organisation(Schema):
    id: int
    locale: str
    name: str
    kind: str
    kind_label: str
    country: str | None
    country_name: str | None
    contact_person: str
    email: str
    phone: str
    website: str
    projects: str
    translations: list[OrganisationTranslation]


class OrganisationList(Schema):
    items: list[Organisation]
    count: int


def _refusal(field: str, kind: str, message: str) -> Any:
    return problem_response(
        status=400,
        detail=message,
        errors=[{"loc": ["query", field], "msg": message, "type": kind}],
    )


@router.get(
    "/organisations/",
    response={200: OrganisationList, 400: ProblemDetail},
    summary="International organisations and diplomatic missions",
    description=(
        "The directory of international partners (embassies, international organisations, "
        "development agencies, NGOs) in the language of `locale`, by name, filtered by `kind` "
        "and `country`. Each entry lists its `translations`: the same entry in the other "
        "languages, by id and locale."
    ),
    operation_id="partners_organisations_list",
)
def organisations(
    request: HttpRequest,
    filters: OrganisationFilters = Query(...),  # type: ignore[type-arg]  # noqa: B008
) -> Any:
    code = filters.locale or settings.LANGUAGE_CODE
    entries = InternationalPartner.objects.filter(locale__language_code=code)
    if filters.kind:
        if filters.kind not in OrganisationKind.values:
            return _refusal(
                "kind",
                "unknown_kind",
                _("Unknown kind “%(kind)s”. Use one of: %(known)s.")
                % {"kind": filters.kind[:40], "known": ", ".join(OrganisationKind.values)},
            )
        entries = entries.filter(kind=filters.kind)
    if filters.country:
        country = filters.country.upper()
        if country not in dict(countries):
            return _refusal(
                "country",
                "unknown_country",
                _("Unknown country “%(country)s”: give a two-letter code such as PL or XK.")
                % {"country": filters.country[:20]},
            )
        entries = entries.filter(country=country)
    count = entries.count()
    start = max(filters.offset, 0)
    page = list(
        entries.select_related("locale").order_by("name", "pk")[start : start + filters.limit]
    )
    others: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for other in (
        InternationalPartner.objects.filter(translation_key__in={e.translation_key for e in page})
        .select_related("locale")
        .order_by("locale_id")
    ):
        others[other.translation_key].append({"id": other.pk, "locale": other.locale.language_code})
    items = [
        {
            "id": entry.pk,
            "locale": entry.locale.language_code,
            "name": entry.name,
            "kind": entry.kind,
            "kind_label": entry.kind_label,
            "country": str(entry.country) or None,
            "country_name": entry.country_name or None,
            "contact_person": entry.contact_person,
            "email": entry.email,
            "phone": entry.phone,
            "website": entry.website,
            "projects": entry.projects,
            "translations": [t for t in others[entry.translation_key] if t["id"] != entry.pk],
        }
        for entry in page
    ]
    return {"items": items, "count": count}
