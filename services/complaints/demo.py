"""The complaints box in the Klokot demo: the departments the strategy names, categories
citizens will recognise, and the page with the form, in three languages."""

import html

from wagtail.models import Locale, Page

from services.complaints.models import Category, Department
from services.complaints.pages import ComplaintFormPage
from services.demo import SOURCE, translate_all

DEPARTMENTS = {
    "administration": {
        "sq": "Administrata dhe personeli",
        "sr-latn": "Administracija i osoblje",
        "en": "Administration and Personnel",
    },
    "public-services": {
        "sq": "Shërbimet publike, kadastri, urbanizmi dhe gjeodezia",
        "sr-latn": "Javne službe, katastar, urbanizam i geodezija",
        "en": "Public Services, Cadastre, Urbanism and Geodesy",
    },
    "agriculture": {
        "sq": "Bujqësia, pylltaria dhe zhvillimi rural",
        "sr-latn": "Poljoprivreda, šumarstvo i ruralni razvoj",
        "en": "Agriculture, Forestry and Rural Development",
    },
    "economy": {
        "sq": "Ekonomia, financat dhe buxheti",
        "sr-latn": "Ekonomija, finansije i budžet",
        "en": "Economy, Finance and Budget",
    },
    "education": {"sq": "Arsimi", "sr-latn": "Obrazovanje", "en": "Education"},
    "health": {
        "sq": "Shëndetësia dhe mirëqenia sociale",
        "sr-latn": "Zdravstvo i socijalna zaštita",
        "en": "Health and Social Welfare",
    },
    "culture": {
        "sq": "Kultura, rinia dhe sportet",
        "sr-latn": "Kultura, omladina i sport",
        "en": "Culture, Youth and Sports",
    },
}

CATEGORIES = [
    (
        "public-services",
        {
            "sq": "Rrugët dhe ndriçimi publik",
            "sr-latn": "Putevi i javna rasveta",
            "en": "Roads and street lighting",
        },
    ),
    (
        "public-services",
        {
            "sq": "Ujësjellësi dhe kanalizimi",
            "sr-latn": "Vodovod i kanalizacija",
            "en": "Water supply and sewerage",
        },
    ),
    (
        "public-services",
        {
            "sq": "Mbeturinat dhe mjedisi",
            "sr-latn": "Otpad i životna sredina",
            "en": "Waste and environment",
        },
    ),
    (
        "public-services",
        {"sq": "Ndërtimi dhe lejet", "sr-latn": "Gradnja i dozvole", "en": "Building and permits"},
    ),
    ("economy", {"sq": "Tatimi në pronë", "sr-latn": "Porez na imovinu", "en": "Property tax"}),
    (
        "agriculture",
        {
            "sq": "Bujqësia dhe pylltaria",
            "sr-latn": "Poljoprivreda i šumarstvo",
            "en": "Agriculture and forestry",
        },
    ),
    ("education", {"sq": "Shkollat", "sr-latn": "Škole", "en": "Schools"}),
    (
        "health",
        {
            "sq": "Shëndetësia dhe ndihma sociale",
            "sr-latn": "Zdravstvo i socijalna pomoć",
            "en": "Health and social assistance",
        },
    ),
    (
        "culture",
        {
            "sq": "Kultura, rinia dhe sporti",
            "sr-latn": "Kultura, omladina i sport",
            "en": "Culture, youth and sport",
        },
    ),
    (
        "administration",
        {
            "sq": "Dokumentet dhe shërbimet administrative",
            "sr-latn": "Dokumenti i administrativne usluge",
            "en": "Documents and administrative services",
        },
    ),
    ("administration", {"sq": "Tjetër", "sr-latn": "Ostalo", "en": "Other"}),
]

PAGE = {
    "sq": {
        "title": "Ankesat dhe sugjerimet",
        "slug": "ankesat-dhe-sugjerimet",
        "intro": (
            "Kutia për ankesat dhe sugjerimet e qytetarëve, e paraparë në Strategjinë për "
            "Informim dhe Komunikim (8.3), që shërbimet komunale të jenë më të shpejta dhe "
            "komunikimi më i mirë. Mund të na shkruani edhe në mënyrë anonime."
        ),
    },
    "sr-latn": {
        "title": "Žalbe i predlozi",
        "slug": "zalbe-i-predlozi",
        "intro": (
            "Kutija za žalbe i predloge građana, predviđena Strategijom za informisanje i "
            "komunikaciju (8.3), kako bi opštinske usluge bile brže, a komunikacija bolja. "
            "Možete nam pisati i anonimno."
        ),
    },
    "en": {
        "title": "Complaints and suggestions",
        "slug": "complaints-and-suggestions",
        "intro": (
            "The box for citizens' complaints and suggestions foreseen by the Information "
            "and Communication Strategy (8.3), so that municipal services are faster and "
            "communication better. You may also write to us anonymously."
        ),
    },
}


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
