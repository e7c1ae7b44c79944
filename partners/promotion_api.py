"""The donors' projects over the v3 API: ``GET /api/v3/donor-projects/?locale=&status=&year=``.

``locale``, ``limit`` and ``offset`` are checked for every API read by
``cms.middleware.ApiQueryValidationMiddleware``; ``status`` and ``year`` here, so a bad value is
a translated 400 problem.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from ninja import Field, Query, Router, Schema
from wagtail.api.v3.auth import AllowAnonymous
from wagtail.models import Page

from partners.promotion import FIRST_YEAR, LAST_YEAR, DonorProject, localized_pages

router = Router(tags=["donor projects"], auth=[AllowAnonymous()])


class ProjectTranslation(Schema):
    id: int
    locale: str


class DonorProjectSchema(Schema):
    id: int
    locale: str
    donor: str
    project: str
    description: str
    amount_eur: str | None = Field(description="Decimal string in euro; null when not known.")
    status: DonorProject.Status
    status_label: str
    year: int
    html_url: str | None = Field(description="The site's page about the project, if any.")
    translations: list[ProjectTranslation]


class DonorProjectList(Schema):
    items: list[DonorProjectSchema]
    count: int


class DonorProjectFilters(Schema):
    locale: str | None = Field(None, description="Language code; the source language by default.")
    status: DonorProject.Status | None = None
    year: int | None = Field(None, ge=FIRST_YEAR, le=LAST_YEAR)
    limit: int = Field(20, description="How many items, at most.")
    offset: int = Field(0, description="How many items to skip.")


def translations_of(projects: list[DonorProject]) -> dict[int, list[dict[str, Any]]]:
    """The other languages of every listed project, in one query."""
    by_key: dict[Any, list[DonorProject]] = defaultdict(list)
    others = (
        DonorProject.objects.filter(translation_key__in={p.translation_key for p in projects})
        .select_related("locale")
        .order_by("locale_id")
    )
    for other in others:
        by_key[other.translation_key].append(other)
    return {
        project.pk: [
            {"id": other.pk, "locale": other.locale.language_code}
            for other in by_key[project.translation_key]
            if other.pk != project.pk
        ]
        for project in projects
    }


def page_url(request: HttpRequest, page: Page | None) -> str | None:
    if page is None or not page.live:
        return None
    url: str | None = page.get_full_url(request)
    return url


def status_label(status: str, code: str) -> str:
    # In the language of the listed projects, like their texts.
    with translation.override(code):
        return str(DonorProject.Status(status).label)


@router.get(
    "/",
    response=DonorProjectList,
    summary="Donors' projects",
    description=(
        "Projects donors fund or funded in the municipality, in the language of `locale` (the "
        "source language by default), newest year first, filterable by `status` and `year`; "
        "each with its `translations`. Amounts are decimal strings in euro."
    ),
    operation_id="donor_projects_list",
)
def list_projects(
    request: HttpRequest,
    filters: Query[DonorProjectFilters],
) -> dict[str, Any]:
    code = filters.locale or settings.LANGUAGE_CODE
    projects = DonorProject.objects.filter(locale__language_code=code).select_related(
        "locale", "page"
    )
    if filters.status is not None:
        projects = projects.filter(status=filters.status)
    if filters.year is not None:
        projects = projects.filter(year=filters.year)
    count = projects.count()
    listed = list(projects[filters.offset : filters.offset + filters.limit])
    locale_id = listed[0].locale_id if listed else 0
    pages = localized_pages(listed, locale_id)
    translations = translations_of(listed)
    return {
        "count": count,
        "items": [
            {
                "id": project.pk,
                "locale": project.locale.language_code,
                "donor": project.donor,
                "project": project.project,
                "description": project.description,
                "amount_eur": None if project.amount is None else f"{project.amount:.2f}",
                "status": project.status,
                "status_label": status_label(project.status, code),
                "year": project.year,
                "html_url": page_url(request, pages.get(project.pk)),
                "translations": translations[project.pk],
            }
            for project in listed
        ],
    }
