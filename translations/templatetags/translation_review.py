from typing import Any

from django import template

from translations.review import review_panel

register = template.Library()


@register.inclusion_tag("translations/review_panel.html", takes_context=True)
def translation_review_panel(context: template.Context) -> dict[str, Any]:
    """The translation editor's review panel (wagtail-localize's editor context)."""
    request = context["request"]
    return {
        **review_panel(request, context["translation"], context["instance"]),
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
