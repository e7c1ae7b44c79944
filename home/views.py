from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Fuzzy

from home.search import MAX_QUERY_LENGTH, clean_query
from home.stemming import fold

RESULTS_PER_PAGE = 10


def _fuzzy() -> bool:
    return bool(getattr(get_search_backend(), "supports_fuzzy", False))


def search(request: HttpRequest) -> HttpResponse:
    """Search the live pages of the visitor's language only: inflected words and words
    without their diacritics match (home/search_backend.py); a typo, where the database can
    tell (PostgreSQL's trigrams), still finds the nearest pages."""
    shown_query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    query = clean_query(shown_query)
    number = request.GET.get("page")
    page = Paginator(Page.objects.none(), RESULTS_PER_PAGE).get_page(number)
    approximate = False
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        # The paginator counts, then fetches one page: the results are never all loaded.
        page = Paginator(pages.search(query), RESULTS_PER_PAGE).get_page(number)
        folded = fold(query).strip()
        if not page.paginator.count and folded and _fuzzy():
            page = Paginator(pages.search(Fuzzy(folded)), RESULTS_PER_PAGE).get_page(number)
            approximate = page.paginator.count > 0
    return TemplateResponse(
        request,
        "home/search.html",
        {"search_query": shown_query, "search_results": page, "approximate": approximate},
    )
