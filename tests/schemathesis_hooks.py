"""Schemathesis hooks for ``tests/test_openapi_conformance.py`` (loaded through
``SCHEMATHESIS_HOOKS``): the few refusals of a schema-valid request that the OpenAPI language
cannot state, each one named, each checked on the response before it is excused.

- **The captcha.** A citizen write endpoint (complaints, subscriptions) needs the answer to a
  captcha image, which no generator can read. A schema-valid request gets a fresh challenge
  from the served site and its answer from the site's database (``CONFORMANCE_SITE``,
  ``CONFORMANCE_DATABASE``), so it is accepted end to end (201, 202) or refused for a reason
  of its own. Should a schema-valid case reach the server with its generated answer all the
  same (a case without generation metadata), the captcha is checked last, once every other
  field is valid (``services.captcha.CaptchaFormMixin``): a 400 whose only error is on
  ``captcha_answer`` means the server accepted everything else, and is excused. Any other
  error still fails.
- **What exists.** A filter naming a page that does not exist (``child_of=99``) answers 400
  with errors of type ``does_not_exist`` only: the document cannot list which ids exist, any
  more than it can for a detail path's 404. A vote for an answer the poll does not have is the
  same (``does_not_exist``), and so is a vote in a poll that is closed or not open yet
  (``closed``, ``not_open``): which polls are open is the data's, not the document's.
- **What a file holds.** Attachments are checked by their content (JPEG, PNG or PDF, the
  field's description says so), which no schema keyword states: each generated file is
  replaced by a small valid PNG, so the number of files still varies and is checked.
- **Which fields ``order`` takes.** They are the listed model's API fields (for pages, those
  of the ``type`` asked for): the document says so in words. A 400 refusing the ``order`` of
  a request that has one (a ``value_error`` on the query as a whole) is excused.
- **Two parameters that exclude each other.** Wagtail refuses ``order=random`` with an
  ``offset`` above 0, and ``child_of`` together with ``descendant_of``: OpenAPI describes each
  parameter on its own, so the document says so in words (``cms.api``). Such a request
  answering 400 is excused, nothing else.
- **A range of dates.** The holidays list takes a ``year`` or a range ``from``–``to`` of at most
  three years, not both: said in words in its description. Its 400 with errors of type
  ``invalid_range`` only is excused.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import urllib.request
from typing import Any

import schemathesis
from PIL import Image
from schemathesis.openapi.checks import RejectedPositiveData
from schemathesis.transport.serialization import Binary

CAPTCHA_LOC = ["body", "captcha_answer"]


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format="PNG")
    return buffer.getvalue()


PNG = Binary(_png())
FILES = (bytes, Binary)


def _solved_captcha() -> tuple[str, str] | None:
    site, database = os.environ.get("CONFORMANCE_SITE"), os.environ.get("CONFORMANCE_DATABASE")
    if not site or not database:
        return None
    with urllib.request.urlopen(f"{site}/api/v3/captcha/", timeout=10) as response:
        key = json.loads(response.read())["key"]
    with sqlite3.connect(database) as connection:
        row = connection.execute(
            "SELECT response FROM captcha_captchastore WHERE hashkey = ?", [key]
        ).fetchone()
    return (key, row[0]) if row else None


@schemathesis.hook
def before_call(context, case, kwargs) -> None:
    """A schema-valid submission to a citizen write endpoint carries a solved captcha."""
    meta = case.meta
    if not isinstance(case.body, dict) or meta is None or not meta.generation.mode.is_positive:
        return
    if not _needs_captcha(case):
        return
    solved = _solved_captcha()
    if solved:
        case.body["captcha_key"], case.body["captcha_answer"] = solved
        # Like credentials written after generation, the answer is no edit of the generated
        # values: without this, schemathesis re-judges the whole body, files included, and can
        # mistake the case for a negative one.
        case._record_starting_state()


@schemathesis.hook
def map_body(context, body):
    """Every generated file of a multipart body becomes a valid PNG."""
    if isinstance(body, dict):
        for name, value in body.items():
            if isinstance(value, FILES):
                body[name] = PNG
            elif isinstance(value, list) and any(isinstance(item, FILES) for item in value):
                body[name] = [PNG if isinstance(item, FILES) else item for item in value]
    return body


def _errors(response: Any) -> list[dict[str, Any]] | None:
    try:
        errors = json.loads(response.content).get("errors")
    except (ValueError, AttributeError):
        return None
    return errors if isinstance(errors, list) and errors else None


def _needs_captcha(case: Any) -> bool:
    body = case.operation.definition.raw.get("requestBody", {})
    return any(
        "captcha_answer" in media.get("schema", {}).get("required", [])
        for media in body.get("content", {}).values()
    )


def _exclusive_parameters(query: dict[str, Any] | None) -> bool:
    query = query or {}
    offset = query.get("offset")
    try:
        offset_above_zero = offset is not None and int(offset) > 0
    except (TypeError, ValueError):
        offset_above_zero = False
    order = query.get("order")
    random_order = order == "random" or (isinstance(order, list) and "random" in order)
    both_parents = bool(query.get("child_of")) and bool(query.get("descendant_of"))
    return (random_order and offset_above_zero) or both_parents


#: Refusals of a schema-valid request for what no schema says: a missing or closed object,
#: a range of holidays across parameters, and the events API's window of days that ends before
#: it starts or is too long.
REFUSALS = (
    "does_not_exist",
    "closed",
    "not_open",
    "invalid_range",
    "bad_window",
    "window_too_long",
)


@schemathesis.hook
def filter_failure(context, failure, case, response) -> bool:
    """Keep every failure except the refusals described above."""
    if not isinstance(failure, RejectedPositiveData) or response.status_code != 400:
        return True
    errors = _errors(response)
    if _needs_captcha(case) and errors and all(e.get("loc") == CAPTCHA_LOC for e in errors):
        return False
    if errors and all(e.get("type") in REFUSALS for e in errors):
        return False
    if (
        errors
        and (case.query or {}).get("order")
        and all(e.get("type") == "value_error" and e.get("loc") == [] for e in errors)
    ):
        return False
    return not _exclusive_parameters(case.query)
