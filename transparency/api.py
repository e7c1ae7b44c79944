"""The action plan over the v3 API: ``GET /api/v3/action-plan/?locale=``."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema
from wagtail.api.v3.auth import AllowAnonymous

from services.problems import ProblemDetail, problem_response
from transparency.models import ActionPlanPage

router = Router(tags=["action plan"], auth=[AllowAnonymous()])


class ActivitySchema(Schema):
    key: str
    goal: str
    activity: str
    deadline: str
    responsible: str
    amount_eur: str | None
    amount_note: str
    notes: str


class AreaSchema(Schema):
    key: str
    part: str
    part_label: str
    number: int
    title: str
    activities: list[ActivitySchema]


class ActionPlanSchema(Schema):
    id: int
    locale: str
    title: str
    html_url: str | None
    total_eur: str
    areas: list[AreaSchema]


@router.get(
    "/",
    response={200: ActionPlanSchema, 404: ProblemDetail},
    summary="The strategy's action plan",
    description=(
        "Every area of the action plan (internal and external communication) with its "
        "activities, in the language of `locale` (the source language by default). An "
        "activity's `key` and an area's `key` are the same in every language and stay the "
        "same when their texts change. Amounts are decimal strings in euro, `null` where the "
        "plan gives none (`amount_note` then says why, e.g. none needed). The whole plan in "
        "one answer: it is one document of a few dozen rows."
    ),
    operation_id="action_plan_detail",
)
def action_plan(request: HttpRequest, locale: str | None = None) -> Any:
    code = locale or settings.LANGUAGE_CODE
    page = (
        ActionPlanPage.objects.live()
        .public()
        .filter(locale__language_code=code)
        .select_related("locale")
        .first()
    )
    if page is None:
        return problem_response(
            status=404, detail=_("No action plan is published in this language.")
        )
    return {
        "id": page.pk,
        "locale": page.locale.language_code,
        "title": page.title,
        "html_url": page.full_url,
        "total_eur": f"{page.total:.2f}",
        "areas": page.plan,
    }
