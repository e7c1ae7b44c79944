from django.urls import path


def site_urls() -> list:
    from services.subscriptions import views

    return [
        path("", views.subscribe, name="subscribe"),
        path("confirm/<str:token>/", views.confirm, name="confirm"),
        path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
        path("my-data/<str:token>/", views.my_data, name="my_data"),
    ]
