from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from home.search import MAX_QUERY_LENGTH, clean_query

RESULTS_PER_PAGE = 10


def search(request: HttpRequest) -> HttpResponse:
    """Search the live pages of the visitor's language only."""
    shown_query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    query = clean_query(shown_query)
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        )
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request, "home/search.html", {"search_query": shown_query, "search_results": page}
    )
