"""The news section in the Wagtail admin; each part's registration lives in its own module."""

from typing import Any

from django.http import HttpRequest
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from news import debate_hooks, press_hooks

debate_hooks.register_comment_policy()
press_hooks.register_news_and_press_office()


@hooks.register("register_admin_viewset")  # type: ignore[untyped-decorator]
def register_debate_comments() -> ModelViewSet:
    return debate_hooks.comment_viewset


@hooks.register("construct_homepage_panels")  # type: ignore[untyped-decorator]
def public_meetings_panel(request: HttpRequest, panels: list[Any]) -> None:
    debate_hooks.homepage_panel(request, panels)
