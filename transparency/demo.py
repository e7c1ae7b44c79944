"""The action plan in the Klokot demo: the strategy's section 20, as structured rows below the
strategy's page (texts in ``transparency/demo_data/``), translated through wagtail-localize."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from wagtail.models import Locale, Page

from services.demo import LANGUAGES, SOURCE, date_published, read_data, translate_all
from transparency.models import ActionPlanActivity, ActionPlanArea, ActionPlanPage

PAGE: dict[str, dict[str, str]] = read_data(__file__, "page.toml")
PLAN: dict[str, Any] = read_data(__file__, "action_plan.toml")
#: The strategy's page, which the plan belongs to (home/demo_data/strategy.sq.toml).
STRATEGY_SLUG = "strategjia-per-informim-dhe-komunikim-2019-2022"
#: The plan is part of the strategy adopted on that day (Decision No. 534/2).
ADOPTED = datetime.date(2019, 3, 29)
ACTIVITY_TEXTS = ("goal", "activity", "deadline", "responsible", "amount_note", "notes")


def texts(code: str) -> dict[str, Any]:
    """Every string of the plan's page in language ``code``, in the same shape in each language
    (``services.demo.translation_map`` pairs them)."""
    return {
        **PAGE[code],
        "areas": [area[code] for area in PLAN["area"]],
        "activities": [
            [activity[code].get(name, "") for name in ACTIVITY_TEXTS]
            for activity in PLAN["activity"]
        ],
    }


def build_page(locale: Locale) -> ActionPlanPage:
    source = PAGE[SOURCE]
    return ActionPlanPage(
        title=source["title"],
        slug=source["slug"],
        intro=source["intro"],
        search_description=source["search_description"],
        locale=locale,
        areas=[
            ActionPlanArea(
                key=area["key"],
                part=area["part"],
                number=area["number"],
                title=area[SOURCE],
                sort_order=index,
            )
            for index, area in enumerate(PLAN["area"])
        ],
        activities=[
            ActionPlanActivity(
                key=activity["key"],
                area_key=activity["area"],
                amount=Decimal(activity["amount"]) if "amount" in activity else None,
                # Set here: rows assigned in Python, not through the editor's form, get none.
                sort_order=index,
                **{name: activity[SOURCE].get(name, "") for name in ACTIVITY_TEXTS},
            )
            for index, activity in enumerate(PLAN["activity"])
        ],
    )


def load_demo(home: Page, locales: dict[str, Locale]) -> None:
    source = locales[SOURCE]
    page = ActionPlanPage.objects.filter(locale=source).first()
    if page is None:
        parent = Page.objects.filter(locale=source, slug=STRATEGY_SLUG).first() or home
        page = build_page(source)
        parent.add_child(instance=page)
        page.save_revision().publish()
    translate_all(page, {code: texts(code) for code in LANGUAGES}, locales)
    date_published(page, ADOPTED)
