# ruff: noqa: E501  (demo texts: one string per paragraph reads better than wrapped)
"""Two issues of the bulletin for the Klokot demo, from the strategy's own content: its
adoption, the partner municipality in Poland and the diaspora's St. Peter's Day."""

import html
from datetime import date
from typing import Any

from wagtail.models import Locale, Page

from bulletin.models import BulletinIndexPage, BulletinIssuePage
from services.demo import SOURCE, translate_all

ARCHIVE = {
    "sq": {
        "title": "Bilteni informativ",
        "slug": "bilteni",
        "intro": "Bilteni mujor i Komunës së Kllokotit: puna e Kuvendit dhe e ekzekutivit dhe projektet e realizuara, të paraqitura në mënyrë neutrale dhe pa koment.",
    },
    "sr-latn": {
        "title": "Informativni bilten",
        "slug": "bilten",
        "intro": "Mesečni bilten Opštine Klokot: rad Skupštine i izvršne vlasti i realizovani projekti, predstavljeni neutralno i bez komentara.",
    },
    "en": {
        "title": "Information bulletin",
        "slug": "bulletin",
        "intro": "The monthly bulletin of the Municipality of Klokot: the work of the Assembly and the executive and the projects carried out, presented neutrally and without comment.",
    },
}

ISSUES: list[dict[str, Any]] = [
    {
        "year": 2019,
        "month": 4,
        "number": 1,
        "sq": {
            "title": "Prill 2019: Strategjia për informim dhe komunikim",
            "slug": "2019-04",
            "intro": "Kuvendi Komunal miratoi Strategjinë për Informim dhe Komunikim 2019-2022.",
            "editorial": "Ky është numri i parë i biltenit informativ mujor, i paraparë në Strategjinë për Informim dhe Komunikim.",
            "article_title": "Miratimi i Strategjisë",
            "article_text": "Në seancën e tretë të rregullt, më 29.03.2019, Kuvendi Komunal miratoi Vendimin nr. 534/2 mbi aprovimin e Strategjisë për Informim dhe Komunikim 2019-2022. Ministria e Administrimit të Pushtetit Lokal konfirmoi ligjshmërinë e aktit më 17.04.2019, nën nr. 020-383.",
            "decision_title": "Vendimi nr. 534/2 për miratimin e Strategjisë",
            "contacts": "Kontaktet e Komunës",
        },
        "sr-latn": {
            "title": "April 2019: Strategija za informisanje i komunikaciju",
            "slug": "2019-04",
            "intro": "Skupština opštine usvojila je Strategiju za informisanje i komunikaciju 2019-2022.",
            "editorial": "Ovo je prvi broj mesečnog informativnog biltena, predviđenog Strategijom za informisanje i komunikaciju.",
            "article_title": "Usvajanje Strategije",
            "article_text": "Na trećoj redovnoj sednici, 29.03.2019, Skupština opštine usvojila je Odluku br. 534/2 o usvajanju Strategije za informisanje i komunikaciju 2019-2022. Ministarstvo administracije lokalne samouprave potvrdilo je zakonitost akta 17.04.2019, pod br. 020-383.",
            "decision_title": "Odluka br. 534/2 o usvajanju Strategije",
            "contacts": "Kontakti opštine",
        },
        "en": {
            "title": "April 2019: the Information and Communication Strategy",
            "slug": "2019-04",
            "intro": "The Municipal Assembly adopted the Information and Communication Strategy 2019-2022.",
            "editorial": "This is the first issue of the monthly information bulletin foreseen by the Information and Communication Strategy.",
            "article_title": "The Strategy is adopted",
            "article_text": "At its third regular session, on 29.03.2019, the Municipal Assembly adopted Decision No. 534/2 approving the Information and Communication Strategy 2019-2022. The Ministry of Local Government Administration confirmed the legality of the act on 17.04.2019, under No. 020-383.",
            "decision_title": "Decision No. 534/2 approving the Strategy",
            "contacts": "Contacts of the municipality",
        },
    },
    {
        "year": 2019,
        "month": 7,
        "number": 2,
        "sq": {
            "title": "Korrik 2019: Partnerët dhe diaspora",
            "slug": "2019-07",
            "intro": "Bashkëpunimi me komunën partnere në Poloni dhe Dita e Shën Pjetrit me diasporën.",
            "editorial": "Në këtë numër: binjakëzimi me një komunë nga Bashkimi Evropian dhe takimet verore me qytetarët tanë që jetojnë dhe punojnë jashtë vendit.",
            "article_title": "Komuna partnere në Poloni",
            "article_text": "Komuna e Kllokotit ka nënshkruar binjakëzimin me një komunë në Poloni. Kjo praktikë ka sjellë shkëmbimin e përvojave të mira dhe një donacion konkret. Komuna synon partneritete të reja dhe bashkëpunim më të gjerë ndërkomunal dhe ndërkombëtar.",
            "event_title": "Dita e Shën Pjetrit",
            "event_place": "Kllokot",
            "event_text": "Takim me qytetarët tanë që jetojnë dhe punojnë jashtë vendit, me koncerte, turne sportive dhe ekspozita.",
            "contacts": "Kontaktet e Komunës",
        },
        "sr-latn": {
            "title": "Jul 2019: Partneri i dijaspora",
            "slug": "2019-07",
            "intro": "Saradnja sa partnerskom opštinom u Poljskoj i Petrovdan sa dijasporom.",
            "editorial": "U ovom broju: bratimljenje sa opštinom iz Evropske unije i letnji susreti sa našim građanima koji žive i rade u inostranstvu.",
            "article_title": "Partnerska opština u Poljskoj",
            "article_text": "Opština Klokot potpisala je bratimljenje sa jednom opštinom u Poljskoj. Ta praksa donela je razmenu dobrih iskustava i konkretnu donaciju. Opština teži novim partnerstvima i široj međuopštinskoj i međunarodnoj saradnji.",
            "event_title": "Petrovdan",
            "event_place": "Klokot",
            "event_text": "Susret sa našim građanima koji žive i rade u inostranstvu, uz koncerte, sportske turnire i izložbe.",
            "contacts": "Kontakti opštine",
        },
        "en": {
            "title": "July 2019: partners and the diaspora",
            "slug": "2019-07",
            "intro": "Cooperation with the partner municipality in Poland, and St. Peter's Day with the diaspora.",
            "editorial": "In this issue: twinning with a municipality from the European Union, and the summer meetings with our citizens who live and work abroad.",
            "article_title": "The partner municipality in Poland",
            "article_text": "The Municipality of Klokot has signed a twinning with a municipality in Poland. It has brought an exchange of good practice and a concrete donation. The municipality seeks new partnerships and wider inter-municipal and international cooperation.",
            "event_title": "St. Peter's Day (Petrovdan)",
            "event_place": "Klokot",
            "event_text": "A meeting with our citizens who live and work abroad, with concerts, sports tournaments and exhibitions.",
            "contacts": "Contacts of the municipality",
        },
    },
]


def _p(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def load_demo(home: Page, locales: dict[str, Locale]) -> None:
    source = locales[SOURCE]
    archive = BulletinIndexPage.objects.filter(locale=source).first()
    if archive is None:
        texts = ARCHIVE[SOURCE]
        archive = BulletinIndexPage(
            title=texts["title"],
            slug=texts["slug"],
            intro=texts["intro"],
            show_in_menus=True,
            locale=source,
        )
        home.add_child(instance=archive)
        archive.save_revision().publish()
    translate_all(archive, ARCHIVE, locales)

    decision = Page.objects.filter(locale=source, slug="vendimi-nr-534-2").first()
    for spec in ISSUES:
        texts = spec[SOURCE]
        issue = BulletinIssuePage.objects.child_of(archive).filter(number=spec["number"]).first()
        if issue is None:
            sections = [
                (
                    "article",
                    {
                        "title": texts["article_title"],
                        "text": _p(texts["article_text"]),
                        "image": None,
                        "alt_text": "",
                        "caption": "",
                        "credit": "",
                    },
                ),
            ]
            if "decision_title" in texts:
                sections.append(
                    (
                        "decision",
                        {"title": texts["decision_title"], "document": None, "page": decision},
                    )
                )
            if "event_title" in texts:
                sections.append(
                    (
                        "event",
                        {
                            "title": texts["event_title"],
                            "date": date(spec["year"], 7, 12),
                            "place": texts["event_place"],
                            "description": texts["event_text"],
                        },
                    )
                )
            sections.append(("contacts", {"heading": texts["contacts"]}))
            issue = BulletinIssuePage(
                title=texts["title"],
                slug=texts["slug"],
                intro=texts["intro"],
                editorial=_p(texts["editorial"]),
                year=spec["year"],
                month=spec["month"],
                number=spec["number"],
                sections=sections,
                locale=source,
            )
            archive.add_child(instance=issue)
            issue.save_revision().publish()
        translate_all(issue, {code: spec[code] for code in ("sq", "sr-latn", "en")}, locales)
    _correct_after_translation(archive, source)


#: A correction the Office made to the latest issue after it was translated: the demo leaves it
#: in the translators' queue (two changed segments in Serbian and English).
CORRECTION = {
    "intro": (
        "Bashkëpunimi me komunën partnere në Poloni, Dita e Shën Pjetrit me diasporën dhe orari "
        "i ri i pritjes së qytetarëve."
    ),
    "editorial": (
        "Në këtë numër: binjakëzimi me një komunë nga Bashkimi Evropian, takimet verore me "
        "qytetarët tanë që jetojnë dhe punojnë jashtë vendit dhe orari i ri i Zyrës për Informim."
    ),
}


def _correct_after_translation(archive: BulletinIndexPage, source: Locale) -> None:
    latest = (
        BulletinIssuePage.objects.child_of(archive)
        .filter(locale=source)
        .order_by("-year", "-month")
        .first()
    )
    if latest is None or latest.intro == CORRECTION["intro"]:
        return
    latest.intro = CORRECTION["intro"]
    latest.editorial = _p(CORRECTION["editorial"])
    latest.save_revision().publish()
