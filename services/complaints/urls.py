from django.urls import URLPattern, path

from services.complaints import views


def site_urls() -> list[URLPattern]:
    return [path("track/", views.track, name="track")]
