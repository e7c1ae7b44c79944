from django.urls import path


def site_urls() -> list:
    from services.complaints import views

    return [path("track/", views.track, name="track")]
