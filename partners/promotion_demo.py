"""The promotion section of the Klokot demo (texts in ``partners/demo_data/promotion.toml``):
"Why invest here" with its figures and brochures, three opportunities, the donors' projects
from the action plan, the donors' conference and a news item for investors. Loading it again
adds only what is missing."""

from __future__ import annotations

import datetime
import html
from decimal import Decimal
from typing import Any, cast

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from partners.promotion import (
    DonorConferencePage,
    DonorProject,
    DonorProjectsPage,
    InvestIndexPage,
    InvestmentOpportunityPage,
    InvestorNewsPage,
)
from services.demo import (
    LANGUAGES,
    SOURCE,
    date_published,
    read_data,
    stand_in_pdf,
    translate_all,
)

DATA: dict[str, Any] = read_data(__file__, "promotion.toml")


def _texts(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {code: spec[code] for code in LANGUAGES}


def _brochures() -> list[dict[str, Any]]:
    """The brochures' documents, made once (found again by title)."""
    Document = get_document_model()
    titles = DATA["index"][SOURCE]["brochures"]
    values = []
    for spec, texts in zip(DATA["brochure"], titles, strict=True):
        document = Document.objects.filter(title=spec["lines"][0]).first()
        if document is None:
            document = Document(title=spec["lines"][0])
            document.file.save(
                spec["file"],
                ContentFile(stand_in_pdf(spec["lines"], title_size=20, line_gap=28)),
                save=False,
            )
            document.save()
        values.append({"document": document, "title": texts["title"], "language": spec["language"]})
    return values


def _publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _index(home: Page, source: Locale) -> InvestIndexPage:
    index = cast(InvestIndexPage | None, InvestIndexPage.objects.child_of(home).first())
    if index is None:
        texts = DATA["index"][SOURCE]
        index = InvestIndexPage(
            title=texts["title"],
            slug=texts["slug"],
            intro=texts["intro"],
            contact_office=texts["contact_office"],
            figures=[("figure", figure) for figure in texts["figures"]],
            reasons=[("reason", reason) for reason in texts["reasons"]],
            brochures=[("brochure", brochure) for brochure in _brochures()],
            show_in_menus=True,
            locale=source,
        )
        _publish(home, index)
    return index


def _opportunity(index: InvestIndexPage, spec: dict[str, Any]) -> InvestmentOpportunityPage:
    texts = spec[SOURCE]
    page = cast(
        InvestmentOpportunityPage | None,
        InvestmentOpportunityPage.objects.child_of(index).filter(slug=texts["slug"]).first(),
    )
    if page is None:
        page = InvestmentOpportunityPage(
            title=texts["title"],
            slug=texts["slug"],
            intro=texts["intro"],
            sector=spec["sector"],
            location=texts["location"],
            size=Decimal(spec["size"]),
            size_unit=spec["size_unit"],
            has_water=spec["water"],
            has_electricity=spec["electricity"],
            has_road=spec["road"],
            has_sewage=spec["sewage"],
            utilities_note=texts["utilities_note"],
            incentives=texts["incentives"],
            contact_office=texts["contact_office"],
            locale=index.locale,
        )
        _publish(index, page)
    return page


def _conference(index: InvestIndexPage) -> DonorConferencePage:
    spec = DATA["conference"]
    texts = spec[SOURCE]
    page = cast(
        DonorConferencePage | None,
        DonorConferencePage.objects.child_of(index).filter(slug=texts["slug"]).first(),
    )
    if page is None:
        programme = [
            ("item", {"time": datetime.time.fromisoformat(time), "item": item})
            for time, item in zip(spec["times"], texts["programme"], strict=True)
        ]
        page = DonorConferencePage(
            title=texts["title"],
            slug=texts["slug"],
            intro=texts["intro"],
            start_date=spec["start_date"],
            place=texts["place"],
            programme=programme,
            invited=texts["invited"],
            locale=index.locale,
        )
        _publish(index, page)
    return page


def _news(index: InvestIndexPage) -> InvestorNewsPage:
    spec = DATA["news"]
    texts = spec[SOURCE]
    page = cast(
        InvestorNewsPage | None,
        InvestorNewsPage.objects.child_of(index).filter(slug=texts["slug"]).first(),
    )
    if page is None:
        page = InvestorNewsPage(
            title=texts["title"],
            slug=texts["slug"],
            intro=texts["intro"],
            date=spec["date"],
            body=[("paragraph", f"<p>{html.escape(texts['body'], quote=False)}</p>")],
            locale=index.locale,
        )
        _publish(index, page)
    return page


def _projects_page(index: InvestIndexPage) -> DonorProjectsPage:
    texts = DATA["projects_page"][SOURCE]
    page = cast(DonorProjectsPage | None, DonorProjectsPage.objects.child_of(index).first())
    if page is None:
        page = DonorProjectsPage(
            title=texts["title"], slug=texts["slug"], intro=texts["intro"], locale=index.locale
        )
        _publish(index, page)
    return page


def _projects(source: Locale, pages: dict[str, Page], locales: dict[str, Locale]) -> None:
    for spec in DATA["project"]:
        texts = spec[SOURCE]
        project = DonorProject.objects.filter(
            locale=source, donor=texts["donor"], project=texts["project"]
        ).first()
        if project is None:
            project = DonorProject.objects.create(
                locale=source,
                donor=texts["donor"],
                project=texts["project"],
                description=texts["description"],
                amount=Decimal(spec["amount"]),
                status=spec["status"],
                year=spec["year"],
                page=pages.get(spec.get("page", "")),
            )
        translate_all(project, _texts(spec), locales)


def load_demo(home: Page, locales: dict[str, Locale]) -> None:
    source = locales[SOURCE]
    index = _index(home, source)
    translate_all(index, _texts(DATA["index"]), locales)
    for spec in DATA["opportunity"]:
        translate_all(_opportunity(index, spec), _texts(spec), locales)
    projects_page = _projects_page(index)
    translate_all(projects_page, _texts(DATA["projects_page"]), locales)
    conference = _conference(index)
    translate_all(conference, _texts(DATA["conference"]), locales)
    date_published(conference, DATA["conference"]["published"])
    news = _news(index)
    translate_all(news, _texts(DATA["news"]), locales)
    date_published(news, DATA["news"]["date"])
    _projects(source, {"conference": conference}, locales)
