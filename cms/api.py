"""The one API: Wagtail's v3 API plus the core routers and every registered service plugin.

All of it shares one OpenAPI document at ``/api/v3/openapi.json`` and interactive docs at
``/api/v3/docs/`` (Swagger UI served from django-ninja's bundled static files, no CDN).
"""

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from ninja import Router, Schema
from wagtail.api.v2.utils import get_full_url
from wagtail.api.v3.api import api
from wagtail.api.v3.auth import AllowAnonymous

from cms import api_errors, cyrillic, middleware
from diaspora.api import router as diaspora_router
from home import page_list
from home.api import holidays_router, identity_router, locales_router
from news.api_articles import router as news_router
from news.api_debates import router as debates_router
from news.api_events import router as events_router
from partners.api import router as partners_router
from partners.promotion_api import router as donor_projects_router
from services import openapi
from services.registry import registry
from transparency.api import router as action_plan_router

api.title = f"{settings.WAGTAIL_SITE_NAME} API"
api.description = (
    "Public content of the municipality's site (pages in every language, locales, the "
    "municipality's identity) and its public services. Errors are "
    "`application/problem+json` with messages in the language of `Accept-Language`. "
    "Lists are paginated with `limit` and `offset` and filter by `locale`."
)

# The one API is assembled here: refuse to assemble it with a plugin missing its requirement.
registry.verify()

page_list.install()
api.add_router("/locales/", locales_router)
api.add_router("/identity/", identity_router)
api.add_router("/holidays/", holidays_router)
api.add_router("/action-plan/", action_plan_router)
api.add_router("/diaspora/", diaspora_router)
api.add_router("/news/", news_router)
api.add_router("/events/", events_router)
api.add_router("/debates/", debates_router)
api.add_router("/partners/", partners_router)
api.add_router("/donor-projects/", donor_projects_router)

for plugin in registry:
    if plugin.router is not None:
        api.add_router(f"/{plugin.slug}/", plugin.router)

api_errors.install(api)


class ServiceLink(Schema):
    slug: str
    name: str
    url: str


class ApiIndex(Schema):
    title: str
    version: str
    openapi: str
    docs: str
    pages: str
    locales: str
    identity: str
    services: list[ServiceLink]


index_router = Router(tags=["index"], auth=[AllowAnonymous()])


@index_router.get(
    "/",
    response=ApiIndex,
    summary="Where to start",
    description=(
        "Links to the OpenAPI document, the interactive docs, the core lists and the base "
        "address of every public service, each absolute on the host asked."
    ),
    operation_id="api_index",
    url_name="index",
)
def index(request: HttpRequest) -> dict[str, Any]:
    def url(name: str) -> str:
        return get_full_url(request, reverse(f"{api.urls_namespace}:{name}"))

    base = url("index")
    return {
        "title": api.title,
        "version": api.version,
        "openapi": url("openapi-json"),
        "docs": url("openapi-view"),
        "pages": url("list_pages"),
        "locales": f"{base}locales/",
        "identity": f"{base}identity/",
        "services": [
            {"slug": plugin.slug, "name": str(plugin.label), "url": f"{base}{plugin.slug}/"}
            for plugin in registry
            if plugin.router is not None
        ],
    }


api.add_router("", index_router)

RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "required": True,
        "schema": {"type": "integer"},
    }
}


def error_statuses(method: str, operation: dict[str, Any]) -> dict[int, str]:
    """The errors an operation can answer whatever it declares itself, from what the layers
    in front of every view do (``cms.middleware``, ``cms.views``, django-ninja, the auth)."""
    statuses = {
        405: "This path does not answer this method (`Allow` lists those it does).",
        503: "The database is unreachable for a moment: try again after `Retry-After`.",
    }
    parameters = operation.get("parameters", [])
    body = operation.get("requestBody")
    if method == "get":
        statuses[400] = "A query parameter is not valid (`errors` says which and why)."
    if body is not None:
        statuses[400] = "The body could not be read, or was refused (`errors` says why)."
        statuses[413] = "The body is larger than this operation accepts."
    if (
        method != "get"
        and (parameters or body is not None)
        and not isinstance(body, openapi.FormBody)
    ):
        # django-ninja validates the parameters and the body: a value that does not fit.
        statuses[422] = "A value does not validate (`errors` says which and why)."
    if not openapi.allows_anonymous(operation):
        statuses[401] = "A valid API token (`Authorization: Bearer`) is required."
        statuses[403] = "The token's user may not do this."
    if any(parameter.get("in") == "path" for parameter in parameters) or operation.get(
        "operationId", ""
    ).endswith("_find"):
        statuses[404] = "No such object."
    if any(parameter.get("name") == "site" for parameter in parameters):
        statuses[404] = "No such object, or no site has the hostname given in `site`."
    return statuses


#: What OpenAPI cannot say in a parameter's schema (a rule across parameters, or one that
#: depends on the model listed), said in words; each refusal answers 400.
PARAMETER_NOTES = {
    "order": (
        "Fields of the listed objects' API fields (for pages, those of the `type` asked for), "
        "`-field` for descending, or `random`, which takes no other field and no `offset` "
        "above 0."
    ),
    "child_of": "A page id, or `root`; not together with `descendant_of`.",
    "descendant_of": "A page id, or `root`; not together with `child_of`.",
}


def _refuse_nul(schema: dict[str, Any]) -> None:
    """Every free text of a query parameter's schema, in alternatives and lists too, without
    the NUL character the middleware refuses."""
    if schema.get("type") == "string" and not {"enum", "const", "pattern", "format"} & set(schema):
        schema["pattern"] = middleware.NUL_FREE
    for alternative in schema.get("anyOf", []):
        _refuse_nul(alternative)
    if isinstance(schema.get("items"), dict):
        _refuse_nul(schema["items"])


def state_limits(document: dict[str, Any]) -> dict[str, Any]:
    """The limits ``cms.middleware.ApiQueryValidationMiddleware`` enforces on every read, in
    the parameters' schemas: the bounds of ``limit`` and ``offset``, the values of ``locale``."""
    bounds = middleware.page_bounds()
    locales = middleware.accepted_locales()
    for _path, method, operation in openapi.operations(document):
        for parameter in operation.get("parameters", []):
            if parameter.get("in") != "query" or method != "get":
                continue
            name = parameter.get("name")
            if name in bounds:
                low, high = bounds[name]
                parameter["schema"] = {**parameter["schema"], "minimum": low, "maximum": high}
            elif name == "locale":
                parameter["schema"] = {"type": "string", "enum": locales}
            elif name == "site":
                parameter["schema"] = {"type": "string", "pattern": middleware.SITE_PATTERN}
            else:
                _refuse_nul(parameter["schema"])
                if name in PARAMETER_NOTES:
                    parameter.setdefault("description", PARAMETER_NOTES[name])
    return document


# Request bodies derived from forms are built with each document (``services.openapi``), so
# they list what sections registered after the routers were mounted.
_generate_schema = api.get_openapi_schema


def _get_openapi_schema(**kwargs):
    document = openapi.drop_unreachable(openapi.resolve(_generate_schema(**kwargs)))
    document = openapi.anonymous_security(document, AllowAnonymous.__name__)
    document = openapi.document_problems(
        document, error_statuses, headers={429: RETRY_AFTER, 503: RETRY_AFTER}
    )
    return cyrillic.describe_locale_parameter(state_limits(document))


api.get_openapi_schema = _get_openapi_schema

__all__ = ["api"]
