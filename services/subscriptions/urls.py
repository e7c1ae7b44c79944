from django.urls import URLPattern, path

from services.subscriptions import views
from services.urls import localized

#: The first segment of the site's subscription pages, per language (``services.urls``).
URL_SLUGS = {"sq": "abonime", "sr-latn": "pretplate"}


def site_urls() -> list[URLPattern]:
    return [
        path("", views.subscribe, name="subscribe"),
        path(
            localized(
                "confirm/<str:token>/",
                {"sq": "konfirmo/<str:token>/", "sr-latn": "potvrda/<str:token>/"},
            ),
            views.confirm,
            name="confirm",
        ),
        path(
            localized(
                "unsubscribe/<str:token>/",
                {"sq": "cabonohu/<str:token>/", "sr-latn": "odjava/<str:token>/"},
            ),
            views.unsubscribe,
            name="unsubscribe",
        ),
        path(
            localized(
                "my-data/<str:token>/",
                {"sq": "te-dhenat-e-mia/<str:token>/", "sr-latn": "moji-podaci/<str:token>/"},
            ),
            views.my_data,
            name="my_data",
        ),
    ]
