"""OpenAPI request schemas derived from the Django forms that validate the requests.

The form is the one set of rules for a citizen write path (site and API); its documentation is
read from it, so a limit changed in the form (or in the settings it follows) changes the API
document too. Built when the OpenAPI document is asked for, in the language of the request, so
choices registered at start-up (mail topics, categories' ids aside) are all there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from django import forms
from django.core import validators


def field_schema(field: forms.Field) -> dict[str, Any]:
    schema: dict[str, Any]
    if isinstance(field, forms.BooleanField):
        schema = {"type": "boolean"}
    elif isinstance(field, forms.ModelChoiceField):
        schema = {"type": "integer"}
    elif isinstance(field, forms.MultipleChoiceField):
        schema = {"type": "array", "items": {"type": "string", "enum": _choices(field)}}
    elif isinstance(field, forms.ChoiceField):
        schema = {"type": "string", "enum": _choices(field)}
    elif isinstance(field, forms.FileField):
        schema = {"type": "string", "format": "binary"}
        if getattr(field.widget, "allow_multiple_selected", False):
            schema = {"type": "array", "items": schema}
            max_files = getattr(field, "max_files", None)
            if max_files:
                schema["maxItems"] = max_files
    elif isinstance(field, forms.DecimalField | forms.FloatField):
        schema = {"type": "number"}
    elif isinstance(field, forms.IntegerField):
        schema = {"type": "integer"}
    else:
        schema = {"type": "string"}
        if isinstance(field, forms.EmailField):
            schema["format"] = "email"
    for validator in field.validators:
        if isinstance(validator, validators.MaxLengthValidator):
            schema["maxLength"] = validator.limit_value
        elif isinstance(validator, validators.MinLengthValidator):
            schema["minLength"] = validator.limit_value
        elif isinstance(validator, validators.MinValueValidator):
            schema["minimum"] = _number(validator.limit_value)
        elif isinstance(validator, validators.MaxValueValidator):
            schema["maximum"] = _number(validator.limit_value)
    if field.label:
        schema["title"] = str(field.label)
    if field.help_text:
        schema["description"] = str(field.help_text)
    return schema


def form_schema(
    form: forms.Form, extra: Mapping[str, dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The JSON schema of the body ``form`` accepts (plus ``extra`` properties it does not
    hold itself, such as the honeypot)."""
    properties = {name: field_schema(field) for name, field in form.fields.items()}
    properties.update(extra or {})
    required = [
        name
        for name, field in form.fields.items()
        if field.required or name in getattr(form, "api_required", ())
    ]
    return {"type": "object", "properties": properties, "required": required}


def request_body(
    make_form: Callable[[], forms.Form],
    content_types: tuple[str, ...] = ("multipart/form-data",),
    extra: Callable[[], Mapping[str, dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """``openapi_extra`` for a django-ninja operation: its ``requestBody``, from the form."""

    def build() -> dict[str, Any]:
        schema = form_schema(make_form(), extra() if extra else None)
        return {
            "required": True,
            "content": {content_type: {"schema": schema} for content_type in content_types},
        }

    return {"requestBody": LazyDict(build)}


class LazyDict(dict[str, Any]):
    """A placeholder for content built when the OpenAPI document is generated.

    django-ninja copies ``openapi_extra`` when it mounts a router (at start-up, before every
    section has registered its topics); the copy keeps this object, and :func:`resolve`, which
    the API's assembly applies to each document it generates, builds the current content.
    """

    def __init__(self, build: Callable[[], dict[str, Any]]) -> None:
        super().__init__()
        self.build = build


def resolve(document: dict[str, Any]) -> dict[str, Any]:
    """Build every :class:`LazyDict` left in an OpenAPI document's operations."""
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            for key, value in list(operation.items()):
                if isinstance(value, LazyDict):
                    operation[key] = value.build()
    return document


def _choices(field: forms.ChoiceField) -> list[str]:
    choices: Any = field.choices  # evaluated here: callable choices follow the registry
    return [str(value) for value, _label in choices if value != ""]


def _number(value: Any) -> int | float:
    if callable(value):
        value = value()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value  # type: ignore[no-any-return]
