import sys

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from cms.cache import cache_status
from services.problems import problem_response


def _database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "unreachable"
    return "ok"


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Whether this instance can serve: 200 while the database answers (pages are served
    without the cache, so a cache outage is "degraded", not down), 503 when it does not. For
    load balancers and uptime checks."""
    database, cache = _database_status(), cache_status()
    status = {"ok": "ok", "unreachable": "degraded"}.get(cache, "ok")
    if database != "ok":
        status = "unavailable"
    return JsonResponse(
        {"status": status, "database": database, "cache": cache},
        status=503 if database != "ok" else 200,
    )


@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    """Whether everything this instance relies on answers: 503 while the database or the
    cache does not. For monitoring and for holding back a new instance; a load balancer should
    keep sending to an instance that only lost its cache (``/healthz``)."""
    database, cache = _database_status(), cache_status()
    ready = database == "ok" and cache != "unreachable"
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "database": database, "cache": cache},
        status=200 if ready else 503,
    )


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
    database (or the cache, where something still reached it directly) is unreachable. Reads
    nothing from the database: it may be what failed."""
    _type, error, _traceback = sys.exc_info()
    unavailable = isinstance(error, DatabaseError | RedisConnectionError | RedisTimeoutError)
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
