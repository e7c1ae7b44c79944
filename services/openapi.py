"""OpenAPI request schemas derived from the Django forms that validate the requests, and the
steps that make the generated document say what the server does (``cms.api`` applies them):
error answers as ``application/problem+json`` with one ``Problem`` schema, anonymous access
as the empty security requirement, no operation that no request can reach.

The form is the one set of rules for a citizen write path (site and API); its documentation is
read from it, so a limit changed in the form (or in the settings it follows) changes the API
document too. Built when the OpenAPI document is asked for, in the language of the request, so
choices registered at start-up (mail topics) and the ids a choice takes (categories) are current.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from django import forms
from django.core import validators
from django.utils.translation import gettext as _
from wagtail.api.v3.errors import ProblemDetail


def field_schema(field: forms.Field) -> dict[str, Any]:
    schema: dict[str, Any]
    if isinstance(field, forms.BooleanField):
        schema = {"type": "boolean"}
        if field.required:
            # Django's required checkbox must be ticked.
            schema["const"] = True
    elif isinstance(field, forms.ModelChoiceField):
        # The ids the field accepts, read when the document is asked for.
        ids = sorted(field.queryset.values_list("pk", flat=True))  # type: ignore[union-attr]
        schema = {"type": "integer", "enum": ids}
    elif isinstance(field, forms.MultipleChoiceField):
        schema = {"type": "array", "items": {"type": "string", "enum": _choices(field)}}
        if field.required:
            schema["minItems"] = 1
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
    if schema["type"] == "string" and "format" not in schema:
        pattern = _text_pattern(field)
        if pattern:
            schema["pattern"] = pattern
    for validator in field.validators:
        if isinstance(validator, validators.RegexValidator) and not validator.inverse_match:
            regex = validator.regex
            schema["pattern"] = regex if isinstance(regex, str) else regex.pattern
        elif isinstance(validator, validators.MaxLengthValidator):
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


def _text_pattern(field: forms.Field) -> str | None:
    """What a text field refuses besides its length, as a pattern: a NUL character (Django's
    ``ProhibitNullCharactersValidator``) and, when it is required and strips its value, a
    value of white space only (it is empty once stripped)."""
    no_nul = any(
        isinstance(validator, validators.ProhibitNullCharactersValidator)
        for validator in field.validators
    )
    if field.required and getattr(field, "strip", False):
        space = _WHITESPACE
        return rf"^[{space}]*[^{space}\x00][^\x00]*$" if no_nul else rf"[^{space}]"
    return r"^[^\x00]*$" if no_nul else None


def _character_class(codes: list[int]) -> str:
    """Code points as the inside of a character class, runs written as ranges."""
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(
        f"\\u{low:04x}" if low == high else f"\\u{low:04x}-\\u{high:04x}" for low, high in runs
    )


# What ``str.strip()`` removes, spelled out: a pattern's ``\s`` is ECMA-262's (the JSON Schema
# dialect), which differs from Python's (U+001C-U+001F, U+0085; U+FEFF). None lies above U+3000.
_WHITESPACE = _character_class([code for code in range(0x3001) if chr(code).isspace()])


def honeypot_schema() -> dict[str, Any]:
    """The invisible field only robots fill in: anything in it is refused (``services.gate``)."""
    return {
        "type": "string",
        "maxLength": 0,
        "description": str(_("Leave empty (a trap for robots).")),
    }


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
    schema = {"type": "object", "properties": properties, "required": required}
    together = getattr(form, "api_together", ())
    if together:
        schema["dependentRequired"] = {
            name: [other for other in group if other != name]
            for group in together
            for name in group
        }
    return schema


def request_body(
    make_form: Callable[[], forms.Form],
    content_types: tuple[str, ...] = ("multipart/form-data",),
    extra: Callable[[], Mapping[str, dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """``openapi_extra`` for a django-ninja operation: its ``requestBody``, from the form."""

    def build() -> dict[str, Any]:
        schema = form_schema(make_form(), extra() if extra else None)
        return FormBody(
            required=True,
            content={content_type: {"schema": schema} for content_type in content_types},
        )

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


#: Errors answer in this media type (RFC 9457), with the shared ``Problem`` schema.
PROBLEM_JSON = "application/problem+json"
PROBLEM_SCHEMA = "Problem"


class FormBody(dict[str, Any]):
    """A request body built from a form by :func:`request_body`: the operation reads and
    validates it itself (its refusals are its own, documented with it), not django-ninja."""


def problem_schema() -> dict[str, Any]:
    """The JSON schema of every error answer: Wagtail's problem document."""
    schema: dict[str, Any] = ProblemDetail.model_json_schema()
    schema["title"] = PROBLEM_SCHEMA
    schema["properties"]["errors"] = {
        "type": "array",
        "description": "One entry per refused value: where it is (`loc`), why (`msg`, `type`).",
        "items": {
            "type": "object",
            "properties": {
                "loc": {"type": "array", "items": {"type": ["string", "integer"]}},
                "msg": {"type": "string"},
                "type": {"type": "string"},
            },
            "required": ["loc", "msg", "type"],
        },
    }
    return schema


def operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every ``(path, method, operation)`` of an OpenAPI document."""
    for path, items in document.get("paths", {}).items():
        for method, operation in items.items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield path, method, operation


HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def document_problems(
    document: dict[str, Any],
    statuses: Callable[[str, dict[str, Any]], Mapping[int, str]],
    headers: Mapping[int, Mapping[str, dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """Add to each operation the error statuses ``statuses(method, operation)`` says it can
    answer (beside those it declares itself), and describe every error answer, declared or
    added, as ``application/problem+json`` with the shared ``Problem`` schema (and the
    ``headers`` that come with its status, e.g. ``Retry-After``)."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas[PROBLEM_SCHEMA] = problem_schema()
    reference = {"$ref": f"#/components/schemas/{PROBLEM_SCHEMA}"}
    for _path, method, operation in operations(document):
        # django-ninja keys responses by number; JSON (and this document) by string.
        responses = {str(status): item for status, item in operation.get("responses", {}).items()}
        operation["responses"] = responses
        for code, description in statuses(method, operation).items():
            responses.setdefault(str(code), {"description": description})
        for status, response in responses.items():
            if not status.isdigit() or int(status) < 400:
                continue
            response["content"] = {PROBLEM_JSON: {"schema": dict(reference)}}
            extra = (headers or {}).get(int(status))
            if extra:
                response["headers"] = {**response.get("headers", {}), **extra}
    # Wagtail's ``ProblemDetail`` is now named ``Problem`` wherever an error is described.
    if "ProblemDetail" in schemas and "#/components/schemas/ProblemDetail" not in json.dumps(
        document.get("paths"), default=str
    ):
        del schemas["ProblemDetail"]
    responses_sorted(document)
    return document


def responses_sorted(document: dict[str, Any]) -> None:
    for _path, _method, operation in operations(document):
        responses = operation.get("responses", {})
        operation["responses"] = dict(sorted(responses.items()))


def anonymous_security(document: dict[str, Any], scheme: str) -> dict[str, Any]:
    """Say "no credentials needed" the way OpenAPI does: an empty security requirement.

    django-ninja lists an auth callback such as Wagtail's ``AllowAnonymous`` as a scheme of
    type ``http`` without the ``scheme`` OpenAPI requires of it, which makes the document
    invalid; an operation open to anonymous clients lists ``{}`` among its requirements.
    """
    schemes = document.get("components", {}).get("securitySchemes", {})
    schemes.pop(scheme, None)
    if not schemes:
        document.get("components", {}).pop("securitySchemes", None)
    for _path, _method, operation in operations(document):
        if "security" in operation:
            operation["security"] = [
                {} if scheme in requirement else requirement
                for requirement in operation["security"]
            ]
    return document


def allows_anonymous(operation: Mapping[str, Any]) -> bool:
    """Whether an operation answers without credentials (after :func:`anonymous_security`)."""
    return "security" not in operation or {} in operation["security"]


def drop_unreachable(document: dict[str, Any]) -> dict[str, Any]:
    """Remove the operations no request can reach: a path parameter whose only value is empty
    (Wagtail's snippet endpoints when no snippet model is exposed: ``/snippets//``)."""
    for path, items in list(document.get("paths", {}).items()):
        for method, operation in list(items.items()):
            if method not in HTTP_METHODS or not isinstance(operation, dict):
                continue
            if any(
                parameter.get("in") == "path"
                and parameter.get("schema", {}).get("const", None) == ""
                for parameter in operation.get("parameters", [])
            ):
                del items[method]
        if not any(method in HTTP_METHODS for method in items):
            del document["paths"][path]
    return document
