"""The complaints box in the Klokot demo: the departments the strategy names, categories
citizens will recognise, and the page with the form, in three languages (the texts are in
``demo_data/``)."""

import html

from wagtail.models import Locale, Page

from services.complaints.models import Category, Department
from services.complaints.pages import ComplaintFormPage
from services.demo import LANGUAGES, SOURCE, keep_old_address, read_data, translate_all

DEPARTMENTS: dict[str, dict[str, str]] = {
    row["key"]: {code: row[code] for code in LANGUAGES}
    for row in read_data(__file__, "departments.toml")["department"]
}
CATEGORIES: list[tuple[str, dict[str, str]]] = [
    (row["department"], {code: row[code] for code in LANGUAGES})
    for row in read_data(__file__, "categories.toml")["category"]
]
PAGE: dict[str, dict[str, str]] = read_data(__file__, "page.toml")
#: Addresses the page had before: Serbian "žalba" is a formal appeal, not a complaint.
OLD_SLUGS = {"sr-latn": ["zalbe-i-predlozi"]}


def load_demo(home: Page, locales: dict[str, Locale]) -> None:
    source = locales[SOURCE]
    departments = {}
    for key, names in DEPARTMENTS.items():
        department, created = Department.objects.get_or_create(locale=source, name=names[SOURCE])
        if created:
            translate_all(
                department, {code: {"name": name} for code, name in names.items()}, locales
            )
        departments[key] = department
    for department_key, names in CATEGORIES:
        category, _ = Category.objects.get_or_create(
            locale=source,
            name=names[SOURCE],
            defaults={
                "default_department": departments[department_key],
                # "Other" closes the list.
                "sort_order": 1 if names["en"] == "Other" else 0,
            },
        )
        translate_all(category, {code: {"name": name} for code, name in names.items()}, locales)

    page = ComplaintFormPage.objects.filter(locale=source).first()
    if page is None:
        page = ComplaintFormPage(
            title=PAGE[SOURCE]["title"],
            slug=PAGE[SOURCE]["slug"],
            intro=f"<p>{html.escape(PAGE[SOURCE]['intro'], quote=False)}</p>",
            show_in_menus=True,
            locale=source,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    translate_all(page, PAGE, locales)
    for code, slugs in OLD_SLUGS.items():
        translation = page.get_translation_or_none(locales[code])
        for slug in slugs if translation is not None else ():
            keep_old_address(translation, slug)
