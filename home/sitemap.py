"""``/sitemap.xml`` in every language, and ``/robots.txt`` pointing at it.

Wagtail's sitemap lists the default site's root tree only, which is the source language's: the
other languages are trees of their own beside it. This one lists every live, public page of
each language's tree, each with ``xhtml:link hreflang`` alternates naming its translations
(itself included, as search engines ask), and the Cyrillic edition of the Serbian pages when it
is served. Private pages (and their translations, which are private too) never appear.
"""

from collections import defaultdict
from typing import Any
from urllib.parse import urlsplit

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from home import cyrillic
from home.templatetags.site_tags import bcp47
from services.registry import registry


class MultilingualSitemap(Sitemap):
    def items(self) -> Any:
        root = self.get_wagtail_site().root_page
        trees = Q()
        for home in root.get_translations(inclusive=True):
            trees |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(trees)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page: int, protocol: str, domain: str) -> list[dict[str, Any]]:
        pages = list(self.paginator.page(page).object_list)
        # Specific pages do not keep select_related("locale"): one query for all languages.
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        entries: list[tuple[Page, dict[str, Any]]] = []
        clusters: dict[Any, list[dict[str, str]]] = defaultdict(list)
        for item in pages:
            for info in item.get_sitemap_urls(self.request):
                if not info.get("location"):
                    continue  # not routable on any site
                entries.append((item, info))
                language = codes[item.locale_id]
                clusters[item.translation_key].append(
                    {"lang_code": bcp47(language), "location": info["location"]}
                )
                if language == cyrillic.SOURCE and cyrillic.enabled():
                    clusters[item.translation_key].append(
                        {"lang_code": cyrillic.BCP47, "location": _cyrillic(info["location"])}
                    )
        urls = []
        for item, info in entries:
            alternates = clusters[item.translation_key]
            urls.append({**info, "alternates": alternates})
            if codes[item.locale_id] == cyrillic.SOURCE and cyrillic.enabled():
                # The Cyrillic edition is a page of its own, with the same alternates.
                edition = _cyrillic(info["location"])
                urls.append({**info, "location": edition, "alternates": alternates})
        lastmods = [info.get("lastmod") for info in urls]
        if lastmods and all(lastmods):
            self.latest_lastmod = max(filter(None, lastmods))
        return urls


def _cyrillic(location: str) -> str:
    return cyrillic.cyrillic_url(location, {urlsplit(location).netloc})


def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers may read the site and the read-only API; not the admin, the citizens' write
    paths (each service's API, captcha images, language switching) nor search results."""
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /captcha/", "Disallow: /i18n/"]
    lines += [f"Disallow: /api/v3/{plugin.slug}/" for plugin in registry if plugin.router]
    # Search results are endless combinations of the pages the sitemap already lists.
    lines += ["Disallow: /*/search/", "", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
