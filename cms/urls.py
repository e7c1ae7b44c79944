from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views
from cms.api import api
from home import views as home_views
from services.registry import registry

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v3/", api.urls),
    # Captcha images are shared by every citizen form, whichever plugins are installed.
    path("captcha/", include("captcha.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Each registered plugin's own site pages, under the language prefix.
plugin_patterns = [
    path(f"{plugin.slug}/", include((plugin.urls(), plugin.slug), namespace=plugin.slug))
    for plugin in registry
    if plugin.urls
]

urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    *plugin_patterns,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
