from django.urls import URLPattern, path

from services.subscriptions import views


def site_urls() -> list[URLPattern]:
    return [
        path("", views.subscribe, name="subscribe"),
        path("confirm/<str:token>/", views.confirm, name="confirm"),
        path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
        path("my-data/<str:token>/", views.my_data, name="my_data"),
    ]
