"""``/api/v3/news/``: the news and press releases, filterable as the site's list is, their
categories, and the log of media coverage (its public facts).

Each list answers in the same number of queries whatever its length: categories, tags,
outlets, signed originals and translations are fetched for the whole page at once.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from wagtail.api.v2.utils import get_full_url
from wagtail.api.v3.auth import AllowAnonymous

from home.page_list import PageTranslation, translations_of
from news import press
from news.articles import (
    DAY_PATTERN,
    MONTH_PATTERN,
    YEAR_PATTERN,
    NewsCategory,
    NewsKind,
    NewsPage,
    filter_news,
    read_filters,
    with_related,
    year_number,
)
from services.problems import ProblemDetail, problem_response

router = Router(tags=["news"], auth=[AllowAnonymous()])

DEFAULT_LIMIT = 20


def matching(pattern: str, fmt: str | None = None) -> Any:
    """A query parameter's schema: a string matching ``pattern`` (what the view accepts); a
    number may also be empty (no filter, as a form's empty choice sends it), a day (``fmt``)
    may not."""

    def schema(parameter: dict[str, Any]) -> None:
        parameter.pop("anyOf", None)
        optional = "" if fmt else "?"
        parameter.update({"type": "string", "pattern": f"^(?:{pattern}){optional}$"})
        if fmt:
            parameter["format"] = fmt

    return schema


def one_of(values: list[str]) -> Any:
    """A query parameter's schema: one of ``values`` (the view refuses others with a
    translated 400 naming the parameter)."""

    def schema(parameter: dict[str, Any]) -> None:
        parameter.pop("anyOf", None)
        parameter.update({"type": "string", "enum": values})

    return schema


class NewsFilterParams(Schema):
    locale: str | None = Field(None, description="Language of the items (the source's by default).")
    kind: str | None = Field(
        None,
        description="`news` or `press_release`.",
        json_schema_extra=one_of(list(NewsKind.values)),
    )
    category: str | None = Field(
        None, description="A category's slug (`GET /api/v3/news/categories/`)."
    )
    tag: str | None = Field(None, description="A tag's slug.")
    year: str | None = Field(
        None,
        description="Items of this year (1990–2100), e.g. `2019`.",
        json_schema_extra=matching(YEAR_PATTERN),
    )
    month: str | None = Field(
        None, description="Items of this month (1–12).", json_schema_extra=matching(MONTH_PATTERN)
    )
    from_: str | None = Field(
        None,
        alias="from",
        description="Items dated on or after this day (`YYYY-MM-DD`).",
        json_schema_extra=matching(DAY_PATTERN, "date"),
    )
    to: str | None = Field(
        None,
        description="Items dated on or before this day (`YYYY-MM-DD`); before `from`, none.",
        json_schema_extra=matching(DAY_PATTERN, "date"),
    )
    limit: int = Field(DEFAULT_LIMIT, description="How many items to return.")
    offset: int = Field(0, description="How many items to skip.")


class CoverageParams(Schema):
    year: str | None = Field(
        None,
        description="Reports of this year (1990–2100), e.g. `2019`.",
        json_schema_extra=matching(YEAR_PATTERN),
    )
    limit: int = Field(DEFAULT_LIMIT, description="How many reports to return.")
    offset: int = Field(0, description="How many reports to skip.")


class Category(Schema):
    id: int
    locale: str
    slug: str
    name: str


class CategoryRef(Schema):
    slug: str
    name: str


class Tag(Schema):
    slug: str
    name: str


class Outlet(Schema):
    name: str
    kind: str = Field(description="`tv`, `radio`, `print`, `online` or `agency`.")
    website: str


class DocumentRef(Schema):
    id: int
    title: str
    url: str


class PressReleaseFacts(Schema):
    number: str
    sent_on: str | None = Field(description="The day it was sent to the media (`YYYY-MM-DD`).")
    outlets: list[Outlet]
    signed_original: DocumentRef | None = Field(description="The signed original, a PDF.")


class NewsMeta(Schema):
    type: str
    detail_url: str = Field(description="The page's detail in `/api/v3/pages/{id}/`.")
    first_published_at: str | None


class NewsItem(Schema):
    id: int
    locale: str
    title: str
    intro: str = Field(description="The lead.")
    date: str
    kind: str
    category: CategoryRef | None
    tags: list[Tag]
    html_url: str | None
    meta: NewsMeta
    press_release: PressReleaseFacts | None = Field(
        description="The release's number, date sent, outlets and signed original; null for news."
    )
    translations: list[PageTranslation]


class NewsList(Schema):
    items: list[NewsItem]
    count: int


class CategoryList(Schema):
    items: list[Category]
    count: int


class ReleaseRef(Schema):
    id: int
    title: str
    number: str


class CoverageItem(Schema):
    id: int
    date: str
    outlet: Outlet
    headline: str
    url: str
    scan_url: str | None
    release: ReleaseRef | None


class CoverageList(Schema):
    items: list[CoverageItem]
    count: int


#: A category is data: an unknown one "does not exist"; the others are malformed values.
ERROR_TYPES = {"category": "does_not_exist", "kind": "unknown_kind"}


def refusal(errors: dict[str, str]) -> HttpResponse:
    response: HttpResponse = problem_response(
        status=400,
        detail=next(iter(errors.values())),
        errors=[
            {"loc": ["query", name], "msg": message, "type": ERROR_TYPES.get(name, "invalid")}
            for name, message in errors.items()
        ],
    )
    return response


def news_item(
    request: HttpRequest, page: NewsPage, translations: list[dict[str, Any]]
) -> dict[str, Any]:
    detail = get_full_url(request, f"/api/v3/pages/{page.pk}/")
    published = page.first_published_at
    return {
        "id": page.pk,
        "locale": page.locale.language_code,
        "title": page.title,
        "intro": page.intro,
        "date": page.date.isoformat(),
        "kind": page.kind,
        "category": page.category_info,
        "tags": page.tag_slugs,
        "html_url": page.get_full_url(request),
        "meta": {
            "type": NewsPage._meta.label,
            "detail_url": detail,
            "first_published_at": published.isoformat() if published else None,
        },
        "press_release": page.press_release,
        "translations": translations,
    }


@router.get(
    "/",
    response={200: NewsList, 400: ProblemDetail},
    summary="News and press releases",
    description=(
        "The published news items and press releases in the language of `locale`, newest "
        "first, filtered by `kind`, `category` (a slug, the same in every language), `tag` "
        "(a slug), `year`, `month`, `from` and `to` (days, `YYYY-MM-DD`). A filter value that "
        "cannot filter (an unknown kind or category, a month of 13, a malformed day) answers "
        "400 naming the parameter. A press release carries its number, the day it was sent, "
        "the outlets it was sent to and its signed original (PDF)."
    ),
    operation_id="news_list",
    url_name="news_list",
)
def news_list(
    request: HttpRequest,
    params: NewsFilterParams = Query(...),  # type: ignore[type-arg]  # noqa: B008
) -> Any:
    code = params.locale or settings.LANGUAGE_CODE
    raw = {
        "kind": params.kind or "",
        "category": params.category or "",
        "tag": params.tag or "",
        "year": params.year or "",
        "month": params.month or "",
        "from": params.from_ or "",
        "to": params.to or "",
    }
    queryset = NewsPage.objects.live().public().filter(locale__language_code=code)
    # A category known in any language (its slug is the same in all of them).
    filters = read_filters(raw)
    for name in ("from", "to"):
        if raw[name] == "" and name in request.GET:
            filters.errors[name] = _("Give the date as YYYY-MM-DD, e.g. 2019-03-29.")
    if filters.errors:
        return refusal(filters.errors)
    queryset = filter_news(queryset, filters).order_by("-date", "-first_published_at", "-pk")
    count = queryset.count()
    start = max(params.offset, 0)
    pages = list(with_related(queryset)[start : start + params.limit])
    translations = translations_of(request, pages) if pages else {}
    return {
        "items": [news_item(request, page, translations[page.pk]) for page in pages],
        "count": count,
    }


@router.get(
    "/categories/",
    response={200: CategoryList},
    summary="Categories of news",
    description="The categories of news in the language of `locale`, by name; filter the "
    "news with a category's `slug` (`GET /api/v3/news/?category=`).",
    operation_id="news_categories_list",
    url_name="news_categories",
)
def categories(request: HttpRequest, locale: str | None = None) -> Any:
    entries = NewsCategory.objects.filter(
        locale__language_code=locale or settings.LANGUAGE_CODE
    ).select_related("locale")
    items = [
        {"id": c.pk, "locale": c.locale.language_code, "slug": c.slug, "name": c.name}
        for c in entries
    ]
    return {"items": items, "count": len(items)}


@router.get(
    "/coverage/",
    response={200: CoverageList, 400: ProblemDetail},
    summary="Media coverage",
    description=(
        "What the media reported about the municipality, newest first: the outlet, the day, "
        "the headline, a link to the report or its scan, and the press release it follows. "
        "`year` keeps one year's reports (the strategy's annual summary)."
    ),
    operation_id="news_coverage_list",
    url_name="news_coverage",
)
def coverage(
    request: HttpRequest,
    params: CoverageParams = Query(...),  # type: ignore[type-arg]  # noqa: B008
) -> Any:
    year, limit, offset = params.year, params.limit, params.offset
    entries = press.MediaCoverage.objects.select_related("outlet", "scan", "release")
    if year:
        number = year_number(year)
        if number is None:
            return refusal({"year": _("The year must be a number such as 2019.")})
        entries = entries.filter(date__year=number)
    count = entries.count()
    start = max(offset, 0)
    items = []
    for entry in entries[start : start + limit]:
        # A release not (or no longer) published is not named.
        release = entry.release if entry.release and entry.release.live else None
        items.append(
            {
                "id": entry.pk,
                "date": entry.date.isoformat(),
                "outlet": {
                    "name": entry.outlet.name,
                    "kind": entry.outlet.kind,
                    "website": entry.outlet.website,
                },
                "headline": entry.headline,
                "url": entry.url,
                "scan_url": get_full_url(request, entry.scan.url) if entry.scan else None,
                "release": (
                    {"id": release.pk, "title": release.title, "number": release.release_number}
                    if release is not None
                    else None
                ),
            }
        )
    return {"items": items, "count": count}
