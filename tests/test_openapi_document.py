"""The OpenAPI document tells the truth: it is valid OpenAPI 3.1, says that public operations
need no credentials, describes every error as ``application/problem+json``, lists for each
operation the statuses it really answers, and states the limits the server enforces (read
from the same settings and constants). ``tests/test_openapi_conformance.py`` runs
schemathesis against a served site; these tests fail fast when a piece of the document goes."""

import pytest
from schemathesis.specs.openapi.definitions import OPENAPI_31_VALIDATOR

from cms import middleware
from services.complaints.forms import MAX_ATTACHMENTS
from services.complaints.models import Category

pytestmark = pytest.mark.django_db

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


@pytest.fixture
def document(client):
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    return response.json()


def operation(document, operation_id):
    for items in document["paths"].values():
        for candidate in items.values():
            if isinstance(candidate, dict) and candidate.get("operationId") == operation_id:
                return candidate
    raise AssertionError(f"No operation {operation_id}")


def operations(document):
    for path, items in document["paths"].items():
        for method, candidate in items.items():
            yield path, method, candidate


def test_the_document_is_valid_openapi_3_1(document):
    errors = [
        f"{'/'.join(map(str, error.instance_path))}: {error.message}"
        for error in OPENAPI_31_VALIDATOR.iter_errors(document)
    ]
    assert errors == []


def test_public_operations_need_no_credentials_and_the_others_a_bearer_token(document):
    assert document["components"]["securitySchemes"] == {
        "BearerTokenAuth": {"type": "http", "scheme": "bearer"}
    }
    assert {} in operation(document, "pages_list")["security"]
    assert {} in operation(document, "complaints_create")["security"]
    assert operation(document, "whoami")["security"] == [{"BearerTokenAuth": []}]
    for _path, _method, item in operations(document):
        for requirement in item.get("security", []):
            assert set(requirement) <= {"BearerTokenAuth"}


def test_every_error_answer_is_a_problem_document(document):
    problem = document["components"]["schemas"]["Problem"]
    assert set(problem["required"]) == {"type", "title", "status"}
    assert "ProblemDetail" not in document["components"]["schemas"]
    for path, method, item in operations(document):
        for status, response in item["responses"].items():
            if int(status) >= 400:
                assert response["content"] == {
                    "application/problem+json": {"schema": PROBLEM_REF}
                }, (method, path, status)


# What each operation answers, checked by calling it (tests below and the schemathesis run).
STATUSES = {
    "pages_list": {200, 400, 404, 405, 503},
    "pages_find": {200, 400, 404, 405, 503},
    "pages_detail": {200, 400, 404, 405, 503},
    "pages_create": {201, 400, 401, 403, 405, 413, 422, 503},
    "pages_delete": {204, 401, 403, 404, 405, 422, 503},
    "whoami": {200, 400, 401, 403, 405, 503},
    "locales_list": {200, 400, 405, 503},
    "identity_detail": {200, 400, 405, 503},
    "captcha_new": {200, 400, 405, 429, 503},
    "complaints_categories": {200, 400, 405, 503},
    "complaints_create": {201, 400, 405, 413, 415, 429, 503},
    "complaints_track": {200, 400, 404, 405, 429, 503},
    "subscriptions_topics": {200, 400, 405, 503},
    "subscriptions_create": {202, 400, 405, 413, 415, 429, 503},
    "debates_list": {200, 400, 405, 503},
    "debates_comment_create": {201, 400, 404, 405, 409, 413, 415, 422, 429, 503},
}


@pytest.mark.parametrize("operation_id", sorted(STATUSES))
def test_each_operation_documents_the_statuses_it_answers(document, operation_id):
    documented = {int(status) for status in operation(document, operation_id)["responses"]}
    assert STATUSES[operation_id] <= documented


def test_every_operation_documents_405_and_503_and_the_waits_are_stated(document):
    for path, method, item in operations(document):
        responses = item["responses"]
        assert {"405", "503"} <= set(responses), (method, path)
        for status in ("429", "503"):
            if status in responses:
                assert responses[status]["headers"]["Retry-After"]["required"] is True


def test_operations_no_request_can_reach_are_left_out(document):
    # No snippet model is exposed: Wagtail's snippet operations would be /snippets//.
    assert not any(path.startswith("/api/v3/snippets/") for path in document["paths"])


def _parameter(item, name):
    return next(p for p in item["parameters"] if p["name"] == name)


def test_limit_offset_and_locale_state_what_the_server_enforces(client, settings):
    settings.WAGTAILAPI_LIMIT_MAX = 50
    document = client.get("/api/v3/openapi.json").json()
    pages = operation(document, "pages_list")
    limit = _parameter(pages, "limit")["schema"]
    assert (limit["minimum"], limit["maximum"]) == (1, 50)
    assert _parameter(pages, "offset")["schema"]["maximum"] == middleware.MAX_OFFSET
    assert _parameter(pages, "locale")["schema"]["enum"] == middleware.accepted_locales()
    assert _parameter(pages, "site")["schema"]["pattern"] == middleware.SITE_PATTERN
    assert _parameter(pages, "search")["schema"]["anyOf"][0]["pattern"] == middleware.NUL_FREE
    assert client.get("/api/v3/pages/", {"limit": 50}).status_code == 200
    assert client.get("/api/v3/pages/", {"limit": 51}).status_code == 400


def _body(document, operation_id, media_type):
    item = operation(document, operation_id)
    return item["requestBody"]["content"][media_type]["schema"]


def test_citizen_forms_state_their_rules(document):
    complaint = _body(document, "complaints_create", "multipart/form-data")
    fields = complaint["properties"]
    assert fields["category"]["enum"] == sorted(Category.objects.values_list("pk", flat=True))
    assert fields["consent"]["const"] is True
    assert fields["website"]["maxLength"] == 0
    assert fields["attachments"]["maxItems"] == MAX_ATTACHMENTS
    assert complaint["dependentRequired"] == {"latitude": ["longitude"], "longitude": ["latitude"]}
    assert {"captcha_key", "captcha_answer", "subject", "text"} <= set(complaint["required"])
    subscription = _body(document, "subscriptions_create", "application/json")
    assert subscription["properties"]["topics"]["minItems"] == 1
    assert subscription["properties"]["website"]["maxLength"] == 0


@pytest.mark.parametrize(
    ("value", "accepted"),
    [("Rruga", True), ("  Rruga ", True), (" \t\n", False), ("\x1e\x1f", False), ("a\x00", False)],
)
def test_a_required_text_field_pattern_refuses_what_the_form_refuses(document, value, accepted):
    import re

    pattern = _body(document, "complaints_create", "multipart/form-data")["properties"]["subject"][
        "pattern"
    ]
    assert bool(re.search(pattern, value)) is accepted


def test_a_wrong_method_is_a_405_problem_naming_the_allowed_methods(client):
    response = client.delete("/api/v3/locales/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/problem+json")
    assert response["Allow"] == "GET"
    assert response.json()["detail"] == "This method is not allowed here."


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v3/pages/?limit=abc", 400),
        ("/api/v3/pages/?limit=101", 400),
        ("/api/v3/pages/abc/", 400),
        ("/api/v3/pages/999999/", 404),
        ("/api/v3/pages/find/?html_path=/nowhere/", 404),
        ("/api/v3/whoami/", 401),
        # A site whose port is no number was a 500 (schemathesis found it).
        ("/api/v3/pages/find/?html_path=/sq/&site=example.org:port", 400),
        ("/api/v3/pages/?site=example.org:8000", 404),
        ("/api/v3/complaints/AAAA-BBBB-CCCC/", 404),
    ],
)
def test_documented_errors_are_what_the_server_answers(client, document, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/problem+json")


def test_an_anonymous_write_to_a_token_operation_is_a_401_problem(client):
    response = client.post("/api/v3/pages/", {}, content_type="application/json")
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/problem+json")
