"""Core API routers owned by ``home``: the locales, the municipality's identity and the
calendar's holidays."""

import datetime
import re
from typing import Annotated, Any, Literal

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError
from wagtail.api.v3.auth import AllowAnonymous
from wagtail.models import Locale, Site

from home import cyrillic, holidays
from home.images import image_representation
from home.models import MunicipalityIdentity
from services.problems import ProblemDetail, problem_response

locales_router = Router(tags=["locales"], auth=[AllowAnonymous()])
identity_router = Router(tags=["identity"], auth=[AllowAnonymous()])


class LocaleSchema(Schema):
    language_code: str
    name: str
    is_default: bool
    # Set on an edition derived from another locale's content (sr-cyrl from sr-latn): it has
    # no pages of its own, and asking for it gives that locale's pages transliterated.
    transliteration_of: str | None = None


@locales_router.get(
    "/", response=list[LocaleSchema], summary="List content languages", operation_id="locales_list"
)
def list_locales(request: HttpRequest) -> list[dict]:
    names = dict(settings.LANGUAGES)
    locales = [
        {
            "language_code": locale.language_code,
            "name": names.get(locale.language_code, locale.language_code),
            "is_default": locale.language_code == settings.LANGUAGE_CODE,
            "transliteration_of": None,
        }
        for locale in Locale.objects.order_by("pk")
    ]
    if cyrillic.enabled() and any(item["language_code"] == cyrillic.SOURCE for item in locales):
        locales.append(
            {
                "language_code": cyrillic.CODE,
                "name": cyrillic.NAME,
                "is_default": False,
                "transliteration_of": cyrillic.SOURCE,
            }
        )
    return locales


class IdentitySchema(Schema):
    name: str
    names: dict[str, str] = Field(
        description="The name in every content language, keyed by language code (`sr-latn`)."
    )
    address: str
    office_hours: str
    phones: list[str]
    email: str
    social_links: dict[str, str]
    coat_of_arms: dict | None


@identity_router.get(
    "/",
    response=IdentitySchema,
    summary="The municipality's identity",
    description=(
        "Name, address, contacts and coat of arms, in the language of `locale` "
        "(or of Accept-Language)."
    ),
    operation_id="identity_detail",
)
def identity(request: HttpRequest, locale: str | None = None) -> dict:
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise Http404
    settings_obj = MunicipalityIdentity.for_site(site)
    return {
        "name": settings_obj.name(locale),
        "names": {code: settings_obj.name(code) for code, _name in settings.LANGUAGES},
        "address": settings_obj.address(locale),
        "office_hours": settings_obj.office_hours(locale),
        "phones": settings_obj.phone_list,
        "email": settings_obj.email,
        "social_links": dict(settings_obj.social_links),
        # Decorative beside the name, as on the site (the library's title is not translated).
        "coat_of_arms": image_representation(settings_obj.coat_of_arms, decorative=True),
    }


holidays_router = Router(tags=["holidays"], auth=[AllowAnonymous()])

#: The longest range one answer covers (three years: a calendar, or a deadline's reach).
MAX_SPAN = datetime.timedelta(days=3 * 366)
FIRST_YEAR, LAST_YEAR = 2009, 2100  # the library knows Kosovo's holidays from 2009 on

Kind = Literal["official", "municipal", "international"]

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(value: object) -> object:
    """Only ``YYYY-MM-DD``, as the document says (pydantic also takes a Unix time)."""
    if isinstance(value, str) and not ISO_DATE.match(value):
        raise PydanticCustomError("date_parsing", "Input should be a valid date")
    return value


IsoDate = Annotated[datetime.date | None, BeforeValidator(_iso_date)]


class HolidaySchema(Schema):
    date: datetime.date
    name: str = Field(description="In the language of `locale`.")
    kind: Kind = Field(
        description="`official` (Kosovo's official holidays), `municipal` (days the "
        "municipality marks), `international` (international days it marks)."
    )
    estimated: bool = Field(
        description="The date is computed (Eid al-Fitr, Eid al-Adha) and not announced yet."
    )
    day_off: bool = Field(description="Offices are closed (a working day does not count).")
    observed: bool = Field(
        description="A holiday that fell on a weekend, kept on the next working day."
    )
    key: str = Field(
        description="The same in every language: with the date, it identifies the day."
    )
    description: str


class HolidayList(Schema):
    start: datetime.date = Field(description="The first day of the range.")
    end: datetime.date = Field(description="The last day of the range.")
    locale: str
    items: list[HolidaySchema]
    count: int


def _bad_range(loc: str, message: str) -> HttpResponse:
    response: HttpResponse = problem_response(
        status=400,
        detail=_("The request is not valid."),
        errors=[{"loc": ["query", loc], "msg": message, "type": "invalid_range"}],
    )
    return response


@holidays_router.get(
    "/",
    response={200: HolidayList, 400: ProblemDetail},
    summary="Holidays and marked days",
    description=(
        "Kosovo's official holidays (with the movable feasts: Orthodox and Catholic Easter, "
        "Eid al-Fitr and Eid al-Adha, the latter two `estimated` until the municipality "
        "confirms the announced date), and the municipal and international days the "
        "municipality marks, named in the language of `locale` (or of Accept-Language). "
        "Either a `year` (the current one by default) or a range `from`–`to` (both included, "
        "at most three years); `kind` (repeatable) keeps only those kinds. In date order; the "
        "whole range in one answer. A request breaking one of these rules across parameters "
        "answers 400 with errors of type `invalid_range`."
    ),
    operation_id="holidays_list",
)
def list_holidays(
    request: HttpRequest,
    year: int | None = Query(  # noqa: B008
        None, ge=FIRST_YEAR, le=LAST_YEAR, description="Not together with `from` and `to`."
    ),
    start: IsoDate = Query(  # noqa: B008
        None, alias="from", description="The first day; with `to`, at most three years before it."
    ),
    end: IsoDate = Query(  # noqa: B008
        None, alias="to", description="The last day (included); with `from`, not before it."
    ),
    locale: str | None = None,
    kind: list[Kind] | None = Query(  # noqa: B008
        None, description="Only these kinds (repeat the parameter for several)."
    ),
) -> Any:
    if year is not None and (start is not None or end is not None):
        return _bad_range("year", _("Give either a year or a range (from, to), not both."))
    if start is None and end is None:
        year = year or timezone.localdate().year
        start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    elif start is None or end is None:
        return _bad_range(
            "from" if start is None else "to", _("A range needs both “from” and “to”.")
        )
    if end < start:
        return _bad_range("to", _("“to” must not be earlier than “from”."))
    if end - start > MAX_SPAN:
        return _bad_range("to", _("A range covers at most three years."))
    language = holidays.content_language(locale)
    days = holidays.days_between(start, end, language, kinds=kind)
    items = [
        {
            "date": day.date,
            "name": day.name,
            "kind": day.kind,
            "estimated": day.estimated,
            "day_off": day.day_off,
            "observed": day.observed,
            "key": day.key,
            "description": day.description,
        }
        for day in days
    ]
    return {"start": start, "end": end, "locale": language, "items": items, "count": len(items)}
