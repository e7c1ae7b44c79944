from django.urls import URLPattern, path

from services.polls import views

#: The first segment of the site's poll pages, per language (``services.urls``).
URL_SLUGS = {"sq": "sondazhet", "sr-latn": "ankete"}


def site_urls() -> list[URLPattern]:
    return [
        path("", views.poll_list, name="polls"),
        path("<int:pk>/", views.poll_page, name="poll"),
    ]
