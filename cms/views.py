import sys

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache
from wagtail.api.v3.errors import problem_response


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database answers; 503 with a short reason when it does not (for load
    balancers and uptime checks)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def api_not_found(request: HttpRequest) -> HttpResponse:
    return problem_response(status=404, detail=_("Not found."))


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Django's 400 for a body it cannot parse (e.g. multipart without a boundary), which it
    raises before any view: in the API's own shape under /api/."""
    if request.path.startswith("/api/"):
        with translation.override(translation.get_language_from_request(request)):
            return problem_response(status=400, detail=_("The request could not be read."))
    return defaults.bad_request(request, exception)  # type: ignore[arg-type]


def server_error(request: HttpRequest) -> HttpResponse:
    """An unexpected error: in the API's shape under /api/, and 503 (try again) when the
    database is unreachable. Reads nothing from the database: it may be what failed."""
    _type, error, _traceback = sys.exc_info()
    unavailable = isinstance(error, DatabaseError)
    if request.path.startswith("/api/"):
        with translation.override(translation.get_language_from_request(request)):
            if unavailable:
                response = problem_response(
                    status=503,
                    detail=_("The service is unavailable for a moment. Please try again shortly."),
                )
                response["Retry-After"] = "30"
                return response
            return problem_response(
                status=500, detail=_("Something went wrong on our side. Please try again later.")
            )
    response = defaults.server_error(request)
    if unavailable:
        response.status_code = 503
        response["Retry-After"] = "30"
    return response
