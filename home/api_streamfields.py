"""StreamField values in the API are rendered in the language of the page they belong to.

Blocks resolve links with ``page.localized`` and translate their labels with the active
language. On the site the URL prefix sets that language; in the API it would be the client's
``Accept-Language``, so a Serbian page could link Albanian pages. Wrapping Wagtail's
StreamField resolver with the page's own language fixes that for every block at once.
"""

from typing import Any

from django.db.models import Field, Model
from django.utils import translation
from wagtail.api.v3.schemas.generators.read import (
    FieldSchema,
    SchemaGenerator,
    read_generator,
    streamfield_schema,
)
from wagtail.fields import StreamField


def localized_streamfield_schema(generator: SchemaGenerator, field: Field) -> FieldSchema:
    annotation, default, resolver = streamfield_schema(generator, field)
    resolve = resolver.__func__

    def resolve_in_page_language(obj: Model, context: dict) -> Any:
        locale = getattr(obj, "locale", None)
        if locale is None:
            return resolve(obj, context)
        with translation.override(locale.language_code):
            return resolve(obj, context)

    return annotation, default, staticmethod(resolve_in_page_language)


def install() -> None:
    """Must run before the v3 API builds its page schemas (from ``HomeConfig.ready``)."""
    read_generator.register_field_schema(StreamField, localized_streamfield_schema)
