from django.urls import URLPattern, path

from services.complaints import views
from services.urls import localized

#: The first segment of the site's complaint pages, per language (``services.urls``).
URL_SLUGS = {"sq": "ankesat", "sr-latn": "prituzbe"}


def site_urls() -> list[URLPattern]:
    return [
        path(
            localized("track/", {"sq": "gjurmo/", "sr-latn": "pracenje/"}),
            views.track,
            name="track",
        )
    ]
