"""The strategy page carries the whole strategy, chapter by chapter, in three languages, and
leads to its action plan instead of pointing at a "full document" that is nowhere."""

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db

HEADINGS = {
    "sq": [
        "11. Bashkëpunimi me qeverinë qendrore",
        "12. Misionet diplomatike dhe organizatat ndërkombëtare",
        "15. Promovimi i Komunës së Kllokotit",
        "17. Publikimet",
        "18. Baza e të dhënave",
        "19. Analiza SEO",
        "Analiza SWOT",
        "20. Plani i veprimit",
        "21. Vlerësimi",
    ],
    "sr-latn": [
        "11. Saradnja sa centralnom vlašću",
        "12. Diplomatske misije i međunarodne organizacije",
        "15. Promocija Opštine Klokot",
        "17. Objave",
        "18. Baza podataka",
        "19. SEO analiza",
        "SWOT analiza",
        "20. Akcioni plan",
        "21. Evaluacija",
    ],
    "en": [
        "11. Cooperation with the central government",
        "12. Diplomatic missions and international organisations",
        "15. Promoting the Municipality of Klokot",
        "17. Publications",
        "18. Database",
        "19. SEO analysis",
        "SWOT analysis",
        "20. Action plan",
        "21. Evaluation",
    ],
}


def _headings(page: Page) -> list[str]:
    return [block.value["text"] for block in page.specific.body if block.block_type == "heading"]


@pytest.mark.parametrize("code", ["sq", "sr-latn", "en"])
def test_every_chapter_of_the_strategy_is_on_the_page_in_order(strategy, locales, code):
    page = strategy.get_translation(locales[code])
    headings = _headings(page)
    numbered = [int(h.split(".")[0]) for h in headings if h[:2].strip(".").isdigit()]
    assert numbered == sorted(numbered) and set(range(1, 22)) <= set(numbered)
    for heading in HEADINGS[code]:
        assert heading in headings
    text = " ".join(str(block.value) for block in page.specific.body)
    for gone in ("dokumentit të plotë", "celog dokumenta", "full document"):
        assert gone not in text


def test_the_page_opens_with_a_table_of_contents_and_the_swot_analysis_has_four_lists(client):
    strategy = Page.objects.get(locale__language_code="en", slug__startswith="information-and")
    kinds = [block.block_type for block in strategy.specific.body]
    assert kinds.index("contents") < kinds.index("heading")
    html = client.get(strategy.url).content.decode()
    for label in ("Strengths:", "Weaknesses:", "Opportunities:", "Threats:"):
        assert label in html
    assert "Action plan 2019–2022" in html


#: Every chapter and sub-chapter the seed's strategy has (its table of contents, 1-18), as the
#: page names them: publication is what brings the act into force, so none may be missing.
CHAPTERS = {
    "sq": [
        "1. Hyrje",
        "2. Metodologjia",
        "3. Qëllimet",
        "4. Komunikimi i brendshëm",
        "4.1. Takimet e personelit",
        "4.2. Telefonat",
        "4.3. Komunikimi i brendshëm elektronik",
        "4.4. Tabelat e njoftimeve",
        "4.5. Komunikimi i brendshëm në formë të shkruar",
        "5. Komunikimi i jashtëm",
        "5.1. Marrëdhëniet me publikun",
        "5.2. Mediat",
        "5.3. Konferencat për shtyp",
        "5.4. Njoftimet për shtyp",
        "5.5. Intervistat",
        "6. Ueb-faqja",
        "7. Buletini informativ",
        "8. Qytetarët",
        "8.1. Debatet publike dhe takimet me qytetarët",
        "8.2. Këshillat lokale të fshatrave",
        "8.3. Marrëdhëniet me qytetarët si përdorues të shërbimeve",
        "9. Shoqëria civile",
        "10. Biznesmenët, investitorët dhe donatorët",
        "11. Bashkëpunimi me qeverinë qendrore",
        "12. Misionet diplomatike dhe organizatat ndërkombëtare",
        "13. Diaspora",
        "14. Qytetet partnere",
        "15. Promovimi i Komunës së Kllokotit",
        "16. Qasja në dokumente publike",
        "17. Publikimet",
        "18. Baza e të dhënave",
    ],
    "sr-latn": [
        "1. Uvod",
        "2. Metodologija",
        "3. Ciljevi",
        "4. Unutrašnja komunikacija",
        "4.1. Sastanci osoblja",
        "4.2. Telefoni",
        "4.3. Unutrašnja elektronska komunikacija",
        "4.4. Oglasne table",
        "4.5. Unutrašnja komunikacija u pisanom obliku",
        "5. Spoljna komunikacija",
        "5.1. Odnosi sa javnošću",
        "5.2. Mediji",
        "5.3. Konferencije za novinare",
        "5.4. Saopštenja za javnost",
        "5.5. Intervjui",
        "6. Veb-stranica",
        "7. Informativni bilten",
        "8. Građani",
        "8.1. Javne debate i sastanci sa građanima",
        "8.2. Lokalni seoski saveti",
        "8.3. Odnosi sa građanima kao korisnicima usluga",
        "9. Civilno društvo",
        "10. Privrednici, investitori i donatori",
        "11. Saradnja sa centralnom vlašću",
        "12. Diplomatske misije i međunarodne organizacije",
        "13. Dijaspora",
        "14. Gradovi partneri",
        "15. Promocija Opštine Klokot",
        "16. Pristup javnim dokumentima",
        "17. Objave",
        "18. Baza podataka",
    ],
    "en": [
        "1. Introduction",
        "2. Methodology",
        "3. Goals",
        "4. Internal communication",
        "4.1. Staff meetings",
        "4.2. Telephones",
        "4.3. Internal electronic communication",
        "4.4. Notice boards",
        "4.5. Internal communication in writing",
        "5. External communication",
        "5.1. Public relations",
        "5.2. The media",
        "5.3. Press conferences",
        "5.4. Press releases",
        "5.5. Interviews",
        "6. Website",
        "7. Information bulletin",
        "8. Citizens",
        "8.1. Public debates and meetings with citizens",
        "8.2. Village local councils",
        "8.3. Relations with citizens as service users",
        "9. Civil society",
        "10. Business people, investors and donors",
        "11. Cooperation with the central government",
        "12. Diplomatic missions and international organisations",
        "13. Diaspora",
        "14. Partner cities",
        "15. Promoting the Municipality of Klokot",
        "16. Access to public documents",
        "17. Publications",
        "18. Database",
    ],
}


def _outline(html: str) -> tuple[dict[str, str], list[tuple[str, str]], list[str]]:
    """The page's headings by id, the contents list's (href, text) links, and every id."""
    from html.parser import HTMLParser

    class Outline(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.headings: dict[str, str] = {}
            self.links: list[tuple[str, str]] = []
            self.ids: list[str] = []
            self._heading: str | None = None
            self._link: str | None = None
            self._in_contents = False
            self._text = ""

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if "id" in attrs:
                self.ids.append(attrs["id"])
            if tag == "nav" and "contents" in (attrs.get("class") or "").split():
                self._in_contents = True
            if tag in ("h2", "h3", "h4") and attrs.get("id"):
                self._heading, self._text = attrs["id"], ""
            if tag == "a" and self._in_contents:
                self._link, self._text = attrs.get("href"), ""

        def handle_endtag(self, tag):
            if tag == "nav":
                self._in_contents = False
            if tag in ("h2", "h3", "h4") and self._heading:
                self.headings[self._heading] = self._text.strip()
                self._heading = None
            if tag == "a" and self._link is not None:
                self.links.append((self._link, self._text.strip()))
                self._link = None

        def handle_data(self, data):
            self._text += data

    parser = Outline()
    parser.feed(html)
    return parser.headings, parser.links, parser.ids


@pytest.mark.parametrize("code", ["sq", "sr-latn", "en"])
def test_the_contents_list_links_every_chapter_to_its_heading_in_each_language(
    client, strategy, locales, code
):
    page = strategy.get_translation(locales[code])
    html = client.get(page.url).content.decode()
    headings, links, ids = _outline(html)
    assert len(ids) == len(set(ids)), "an id is used twice"
    assert links, "no contents list"
    for href, text in links:
        assert href.startswith("#") and headings.get(href[1:]) == text, href
    linked = [text for _href, text in links]
    for chapter in CHAPTERS[code]:
        assert chapter in linked, chapter
        assert chapter in headings.values(), chapter
    # The same ids in every language: a link to a chapter works whichever language it is read in.
    assert [href for href, _text in links][:3] == ["#foreword", "#c1", "#c2"]


def test_the_api_gives_the_contents_list_with_the_serbian_headings(client, strategy, locales):
    page = strategy.get_translation(locales["sr-latn"])
    body = client.get(f"/api/v3/pages/{page.pk}/").json()["body"]
    contents = next(block for block in body if block["type"] == "contents")
    entries = contents["value"]["entries"]
    assert {"text": "4.1. Sastanci osoblja", "level": "h3", "anchor": "c4-1"} in entries
    anchors = {block["value"]["anchor"] for block in body if block["type"] == "heading"}
    assert {entry["anchor"] for entry in entries} <= anchors


def test_the_whole_seed_text_is_published_not_a_summary(client, strategy, locales):
    """Passages the condensed page left out, one from each of the chapters it had shortened."""
    html = {
        code: client.get(strategy.get_translation(locales[code]).url).content.decode()
        for code in ("sq", "sr-latn", "en")
    }
    assert "çdo të hënë nga ora 09:00" in html["sq"]
    assert "prefiksin 049" in html["sq"]
    assert "Qendrën Kulturore në Kllokot" in html["sq"]
    assert "svakog ponedeljka od 09:00" in html["sr-latn"]
    assert "Kulturnom centru u Klokotu" in html["sr-latn"]
    assert "every Monday from 09:00" in html["en"]
    assert "Cultural Centre in Klokot" in html["en"]
