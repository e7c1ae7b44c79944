"""The API's page list, with ``fields`` and every item's ``translations``.

Wagtail's v3 list gives each page its id, title and ``meta`` only, and ignores ``fields``: a
front end showing the bulletin's issues with their introduction and PDF needed one detail
request per issue. Here the list takes ``fields`` as Wagtail's v2 API did (``fields=intro,pdf``,
``fields=*`` for all of a type's fields) and lists each page's translations, in the same number
of queries whatever the page's length: the translations of every listed page come in one query,
each page type's rows in one, and fields that are foreign keys are prefetched.

The operation replaces Wagtail's own (same path, same ``operation_id``, same filters), so the
OpenAPI document describes this one.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, cast

from django.core.exceptions import FieldDoesNotExist
from django.db.models import ForeignKey, Model, OneToOneField
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Query, Schema
from ninja.errors import ValidationError
from ninja.responses import NinjaJSONEncoder
from pydantic import ConfigDict
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination
from wagtail.api.v3.querysets import get_pages_queryset
from wagtail.api.v3.registry import registry as content_types
from wagtail.api.v3.routers import pages as wagtail_pages
from wagtail.api.v3.schemas import BasePageSchema
from wagtail.api.v3.schemas.pages import BASE_PAGE_READ_FIELDS
from wagtail.api.v3.schemas.params import APIFieldFilterSchema
from wagtail.models import Page, get_page_models

#: ``fields=*``: every field of the listed type.
ALL_FIELDS = "*"

#: Shown in the API on every item, whatever ``fields`` asks.
ALWAYS = ("translations",)


class PageTranslation(Schema):
    id: int
    locale: str
    title: str
    html_url: str | None


class PageListItem(BasePageSchema):
    """A listed page: id, title, ``meta``, its translations, and the fields ``fields`` named
    (with the same names and shapes as in the page's detail)."""

    model_config = ConfigDict(extra="allow")
    translations: list[PageTranslation] = Field(
        default_factory=list,
        description="The same page in the other languages (published and public ones only).",
    )


class PageList(Schema):
    items: list[PageListItem]
    count: int


class FieldsSchema(Schema):
    fields: str | None = Field(
        None,
        description=(
            "Fields to add to each item, comma-separated, as the page's detail names them "
            "(`fields=intro,pdf`), or `*` for all of them. Fields of one page type need "
            "`type=` naming that type; without it, only the fields every page type has."
        ),
        pattern=r"^[^\x00]*$",
    )


def api_field_names(model: type[Model]) -> list[str]:
    return [field.name for field in getattr(model, "api_fields", [])]


@functools.cache
def common_field_names() -> tuple[str, ...]:
    """The fields every content page type of the site has (``intro``, ...)."""
    models = [model for model in get_page_models() if model is not Page]
    common = set(api_field_names(models[0])) if models else set()
    for model in models[1:]:
        common &= set(api_field_names(model))
    return tuple(name for name in api_field_names(models[0]) if name in common) if models else ()


def allowed_fields(model: type[Model]) -> Sequence[str]:
    if model is Page:
        return common_field_names()
    return api_field_names(model)


def requested_fields(raw: str | None, model: type[Model]) -> list[str]:
    """The names ``fields`` asks for, checked against what the listed type offers (400)."""
    if not raw:
        return []
    allowed = [name for name in allowed_fields(model) if name not in ALWAYS]
    names = [name.strip() for name in raw.split(",") if name.strip()]
    if ALL_FIELDS in names:
        return allowed
    unknown = [name for name in names if name not in allowed and name not in ALWAYS]
    if unknown:
        label = model._meta.label if model is not Page else _("every page type")
        raise ValidationError(
            [
                {
                    "loc": ("query", "fields"),
                    "type": "unknown_field",
                    "msg": _("Unknown field “%(name)s” for %(type)s. Use one of: %(known)s.")
                    % {
                        "name": unknown[0][:40],
                        "type": label,
                        "known": ", ".join(allowed) or "-",
                    },
                }
            ]
        )
    return [name for name in dict.fromkeys(names) if name not in ALWAYS]


@functools.cache
def field_schema(model: type[Model], names: tuple[str, ...]) -> type[Schema] | None:
    """A schema holding only ``names``, each typed and resolved as the model's detail
    schema does, so a field reads the same in the list as in the detail."""
    registration = content_types.get(model._meta.label)
    detail = registration and registration.read_schema
    if detail is None:
        return None
    namespace: dict[str, Any] = {"__annotations__": {}}
    resolvers = getattr(detail, "_ninja_resolvers", {})
    for name in names:
        if name not in detail.model_fields:
            continue
        namespace["__annotations__"][name] = detail.model_fields[name].annotation
        namespace[name] = None
        if name in resolvers:
            namespace[f"resolve_{name}"] = staticmethod(resolvers[name]._func)
    schema = type(Schema)(f"{model.__name__}ListFields", (Schema,), namespace)  # type: ignore[misc]
    return cast(type[Schema], schema)


def prefetchable(model: type[Model], names: Iterable[str]) -> list[str]:
    """What the named fields read from other tables, fetched for the whole page at once: the
    fields that are foreign keys, and what a page type declares for the others in
    ``api_list_prefetch`` (``{"pdf": ("bulletin_pdf__document",)}``)."""
    declared: dict[str, Iterable[str]] = getattr(model, "api_list_prefetch", {})
    related: list[str] = []
    for name in names:
        related.extend(declared.get(name, ()))
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, ForeignKey | OneToOneField):
            related.append(name)
    return related


def translations_of(request: HttpRequest, pages: Sequence[Page]) -> dict[int, list[dict]]:
    """Each page's published, public translations, in one query for all of them."""
    keys = {page.translation_key for page in pages}
    by_key: dict[Any, list[Page]] = defaultdict(list)
    others = (
        Page.objects.filter(translation_key__in=keys)
        .live()
        .public()
        .select_related("locale")
        .order_by("locale_id")
    )
    for other in others:
        by_key[other.translation_key].append(other)
    return {
        page.pk: [
            {
                "id": other.pk,
                "locale": other.locale.language_code,
                "title": other.title,
                "html_url": other.get_full_url(request),
            }
            for other in by_key[page.translation_key]
            if other.pk != page.pk
        ]
        for page in pages
    }


def serialise(request: HttpRequest, pages: list[Page], names: list[str]) -> list[dict]:
    context = {"request": request}
    translations = translations_of(request, pages)
    items = []
    for page in pages:
        item = BasePageSchema.model_validate(page, context=context).model_dump()
        item["translations"] = translations[page.pk]
        schema = field_schema(type(page), tuple(names)) if names else None  # type: ignore[arg-type]
        if schema is not None:
            item.update(schema.model_validate(page, context=context).model_dump())
        for name in names:
            # A page of another type than the one asked for (possible only for the fields
            # every type has) still says the field, as null.
            item.setdefault(name, None)
        items.append(item)
    return items


def specific_pages(pages: list[Page], names: list[str]) -> list[Page]:
    """The listed pages as their own types, one query per type (with the asked foreign keys
    prefetched), in the list's order."""
    by_type: dict[type[Model], list[int]] = defaultdict(list)
    for page in pages:
        by_type[page.specific_class or Page].append(page.pk)
    found: dict[int, Page] = {}
    for model, ids in by_type.items():
        queryset = model._default_manager.filter(pk__in=ids).select_related("locale")
        related = prefetchable(model, names)
        if related:
            queryset = queryset.prefetch_related(*related)
        found.update({page.pk: page for page in queryset})
    return [found.get(page.pk, page) for page in pages]


router = wagtail_pages.router


def list_pages(
    request: HttpRequest,
    filters: wagtail_pages.PageFilterSchema = Query(...),  # noqa: B008  # type: ignore[type-arg]
    ordering: wagtail_pages.OrderingSchema = Query(...),  # noqa: B008
    search: wagtail_pages.SearchSchema = Query(...),  # noqa: B008
    pagination: WagtailLimitOffsetPagination.Input = Query(...),  # noqa: B008
    fields: FieldsSchema = Query(...),  # noqa: B008
) -> HttpResponse:
    models = cast(list[type[Model]], filters.type)
    model = models[0] if len(models) == 1 else Page
    names = requested_fields(fields.fields, model)
    field_filter = APIFieldFilterSchema.with_exclude_schemas(
        raw_params=request.GET,
        schemas=(
            wagtail_pages.PageFilterSchema,
            wagtail_pages.OrderingSchema,
            wagtail_pages.SearchSchema,
            FieldsSchema,
        ),
        base_fields=BASE_PAGE_READ_FIELDS,
    )
    queryset = get_pages_queryset(request, model)
    queryset = filters.filter(queryset, request)
    queryset = field_filter.filter_queryset(queryset)
    queryset = ordering.order_queryset(queryset, pagination, base_fields=BASE_PAGE_READ_FIELDS)
    queryset = search.search_queryset(request, queryset)
    page = WagtailLimitOffsetPagination().paginate_queryset(
        queryset, pagination=pagination, request=request
    )
    pages = specific_pages(list(page["items"]), names)
    body = {"items": serialise(request, pages, names), "count": page["count"]}
    # Built here rather than by the response schema: the fields differ by request.
    return HttpResponse(json.dumps(body, cls=NinjaJSONEncoder), content_type="application/json")


def install() -> None:
    """Put this list in the place of Wagtail's (before the API's URLs are built)."""
    view = router.path_operations["/"]
    view.operations = [operation for operation in view.operations if "GET" not in operation.methods]
    router.get(
        "/",
        response=PageList,
        url_name="list_pages",
        summary="List pages",
        description=(
            "Pages of every language (filter with `locale`), each with its `translations`; "
            "`fields` adds fields of the page's detail to each item."
        ),
        operation_id="pages_list",
        auth=[BearerTokenAuth(), AllowAnonymous()],
    )(list_pages)
