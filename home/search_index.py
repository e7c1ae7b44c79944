"""Stemmed twins of the pages' search fields, for the site search (home/search_backend.py)."""

from typing import Any

from django.apps import apps
from wagtail.models import Page
from wagtail.search import index

from home import stemming


class StemmedField(index.SearchField):
    """The folded, stemmed words of another search field, in the object's language."""

    def __init__(self, source: index.SearchField) -> None:
        super().__init__(source.field_name, boost=source.boost)
        self.source = source

    def get_value(self, obj: Any) -> str:
        value = self.source.get_value(obj)
        if value is None:
            return ""
        if isinstance(value, list | tuple):
            value = " ".join(str(item) for item in value)
        locale = getattr(obj, "locale", None)
        return stemming.index_text(str(value), getattr(locale, "language_code", None))


def install() -> None:
    """Give every page type's search fields their stemmed twins (from ``HomeConfig.ready``):
    page types of every app, sections' and plugins' alike, so none has to know about it."""
    page_types: list[type[Page]] = [model for model in apps.get_models() if issubclass(model, Page)]
    for model in page_types:
        fields = list(model.search_fields)
        stemmed = {field.field_name for field in fields if isinstance(field, StemmedField)}
        twins = [
            StemmedField(field)
            for field in fields
            if type(field) is index.SearchField and field.field_name not in stemmed
        ]
        if twins:
            model.search_fields = fields + twins
