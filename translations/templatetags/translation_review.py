import re
from typing import Any

from django import template
from django.utils.safestring import mark_safe

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


#: The "Convert to alias page" link in the props of wagtail-localize's editor (HTML-escaped
#: JSON in an attribute).
ALIAS_LINK = re.compile(r"(&quot;convertToAliasUrl&quot;:\s*)&quot;[^&]*&quot;")


@register.filter(is_safe=True)
def without_alias_link(html: str) -> str:
    """wagtail-localize's editor without "Convert to alias page": a translation is translated,
    never turned into an alias that shows the source's language (translations.views.no_alias
    refuses the address too)."""
    return mark_safe(ALIAS_LINK.sub(r"\1null", str(html)))  # noqa: S308 (escaped already)
