"""``/api/v3/diaspora/``: the directory of associations abroad, and registration of interest in
a gathering (the same form and gate as the gathering's page)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries
from ninja import Field, Router, Schema, Status
from wagtail.api.v3.auth import AllowAnonymous

from diaspora import interest
from diaspora.models import DiasporaAssociation, DiasporaEventPage
from services.gate import json_or_form, problem
from services.openapi import honeypot_schema, request_body
from services.problems import ProblemDetail, problem_response

router = Router(tags=["diaspora"], auth=[AllowAnonymous()])

DEFAULT_LIMIT = 20


class AssociationTranslation(Schema):
    id: int
    locale: str
    name: str


class AssociationSchema(Schema):
    id: int
    locale: str
    name: str
    country: str = Field(description="ISO 3166 code (`XK` for Kosovo).")
    country_name: str = Field(description="The country's name in the language of `locale`.")
    city: str
    email: str
    phone: str
    website: str
    translations: list[AssociationTranslation] = Field(
        description="The same association in the other languages."
    )


class AssociationList(Schema):
    items: list[AssociationSchema]
    count: int


def _bad_country(code: str) -> HttpResponse:
    response: HttpResponse = problem_response(
        status=400,
        detail=_("Unknown country: %(code)s.") % {"code": code[:10]},
        errors=[
            {
                "loc": ["query", "country"],
                "msg": _("Give a country's two-letter code, e.g. DE."),
                "type": "unknown_country",
            }
        ],
    )
    return response


@router.get(
    "/associations/",
    response={200: AssociationList, 400: ProblemDetail},
    summary="Diaspora associations and clubs abroad",
    description=(
        "The directory of associations of the municipality's people abroad, in the language "
        "of `locale` (the source language by default), filtered by `country` (an ISO 3166 "
        "two-letter code, `XK` for Kosovo); each item lists its translations. Ordered by "
        "country, city and name."
    ),
    operation_id="diaspora_associations_list",
    url_name="diaspora_associations",
)
def associations(
    request: HttpRequest,
    locale: str | None = None,
    country: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> Any:
    queryset = DiasporaAssociation.objects.filter(
        locale__language_code=locale or settings.LANGUAGE_CODE
    ).select_related("locale")
    if country:
        code = country.upper()
        if code not in dict(countries):
            return _bad_country(country)
        queryset = queryset.filter(country=code)
    count = queryset.count()
    page = list(queryset[offset : offset + limit])
    # Every listed association's translations in one query, whatever the page's length.
    others: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for other in (
        DiasporaAssociation.objects.filter(translation_key__in=[a.translation_key for a in page])
        .select_related("locale")
        .order_by("locale_id")
    ):
        others[other.translation_key].append(
            {"id": other.pk, "locale": other.locale.language_code, "name": other.name}
        )
    with_language = locale or settings.LANGUAGE_CODE
    items = [
        {
            "id": item.pk,
            "locale": item.locale.language_code,
            "name": item.name,
            "country": str(item.country),
            "country_name": _country_name(str(item.country), with_language),
            "city": item.city,
            "email": item.email,
            "phone": item.phone,
            "website": item.website,
            "translations": [t for t in others[item.translation_key] if t["id"] != item.pk],
        }
        for item in page
    ]
    return {"items": items, "count": count}


def _country_name(code: str, language: str) -> str:
    with translation.override(language):
        return str(countries.name(code))


class Registered(Schema):
    detail: str


def _honeypot() -> dict[str, Any]:
    return {"website": honeypot_schema()}


@router.post(
    "/events/{event_id}/interest/",
    response={
        201: Registered,
        400: ProblemDetail,
        404: ProblemDetail,
        409: ProblemDetail,
        413: ProblemDetail,
        415: ProblemDetail,
        # ``event_id`` that is not an integer (django-ninja validates the path).
        422: ProblemDetail,
        429: ProblemDetail,
    },
    summary="Register interest in a diaspora gathering",
    description=(
        "JSON or form body, with a captcha answer (`GET /api/v3/captcha/` gives a key, an "
        "image and a question). `event_id` is the id of a `diaspora.DiasporaEventPage` in any "
        "language. Answers 201 when the registration is stored; 409 once the gathering's "
        "registration is closed (after its end date); 404 for an unknown gathering. The "
        "Information Office sees registrations in the admin; they are deleted some time after "
        "the gathering."
    ),
    operation_id="diaspora_interest_create",
    url_name="diaspora_interest",
    openapi_extra=request_body(
        interest.InterestForm,
        content_types=("application/json", "application/x-www-form-urlencoded"),
        extra=_honeypot,
    ),
)
def register_interest(request: HttpRequest, event_id: int) -> HttpResponse | Status[Any]:
    # An id no database column can hold is no gathering either (not an overflow error).
    in_range = 0 < event_id < 2**31
    event = (
        DiasporaEventPage.objects.live().public().filter(pk=event_id).first() if in_range else None
    )
    if event is None:
        return problem_response(status=404, detail=_("No such gathering."))
    if not event.registration_accepted:
        return problem_response(status=409, detail=interest.closed_message())
    outcome = interest.run(request, event, json_or_form)
    if not outcome.accepted:
        return problem(outcome)
    return Status(201, {"detail": _("Thank you: your interest is registered.")})
