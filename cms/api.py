"""The one API: Wagtail's v3 API plus the core routers and every registered service plugin.

All of it shares one OpenAPI document at ``/api/v3/openapi.json`` and interactive docs at
``/api/v3/docs/`` (Swagger UI served from django-ninja's bundled static files, no CDN).
"""

from django.conf import settings
from wagtail.api.v3.api import api

from cms import api_errors, cyrillic
from home.api import identity_router, locales_router
from services import openapi
from services.registry import registry

api.title = f"{settings.WAGTAIL_SITE_NAME} API"
api.description = (
    "Public content of the municipality's site (pages in every language, locales, the "
    "municipality's identity) and its public services. Errors are "
    "`application/problem+json` with messages in the language of `Accept-Language`. "
    "Lists are paginated with `limit` and `offset` and filter by `locale`."
)

# The one API is assembled here: refuse to assemble it with a plugin missing its requirement.
registry.verify()

api.add_router("/locales/", locales_router)
api.add_router("/identity/", identity_router)

for plugin in registry:
    if plugin.router is not None:
        api.add_router(f"/{plugin.slug}/", plugin.router)

api_errors.install(api)

# Request bodies derived from forms are built with each document (``services.openapi``), so
# they list what sections registered after the routers were mounted.
_generate_schema = api.get_openapi_schema


def _get_openapi_schema(**kwargs):
    return cyrillic.describe_locale_parameter(openapi.resolve(_generate_schema(**kwargs)))


api.get_openapi_schema = _get_openapi_schema

__all__ = ["api"]
