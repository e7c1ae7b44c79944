"""A per-language summary of the translation queue on the admin dashboard."""

from collections import Counter
from typing import Any

from django.http import HttpRequest
from wagtail.admin.ui.components import Component

from translations.queue import STATES, queue


class QueueSummaryPanel(Component):
    name = "translation_queue_summary"
    order = 110
    template_name = "translations/dashboard_panel.html"

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
        items = queue(self.request.user)
        counts = Counter((item.locale.pk, item.section, item.state) for item in items)
        totals = Counter((item.locale.pk, item.state) for item in items)
        rows = []
        for locale in sorted({item.locale for item in items}, key=lambda loc: loc.language_code):
            sections = sorted({item.section for item in items if item.locale == locale})
            rows.append(
                {
                    "locale": locale,
                    "section": None,
                    "counts": [totals[(locale.pk, key)] for key in STATES],
                }
            )
            rows.extend(
                {
                    "locale": locale,
                    "section": section,
                    "counts": [counts[(locale.pk, section, key)] for key in STATES],
                }
                for section in sections
            )
        return {"rows": rows, "states": list(STATES.values()), "request": self.request}
