from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import views
from cms.api import api
from home import views as home_views
from home.sitemap import MultilingualSitemap, robots_txt
from news import calendar_views
from services.registry import registry
from services.urls import plugin_site_patterns

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v3/", api.urls),
    # Anything else under /api/ is an API client's mistake: answer it in the API's own shape.
    re_path(r"^api/", views.api_not_found),
    # Captcha images are shared by every citizen form, whichever plugins are installed.
    path("captcha/", include("captcha.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    # Each registered plugin's own site pages, under the language prefix.
    *plugin_site_patterns(registry),
    # The calendar's iCalendar feeds (``…/events.ics``): Wagtail's page URLs have no dots.
    re_path(calendar_views.ICS_PATTERN, calendar_views.serve_ics),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Errors raised before or outside any view, in the API's shape under /api/.
handler400 = views.bad_request
handler500 = views.server_error
