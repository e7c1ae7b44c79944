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
    headings = _headings(strategy)
    assert headings.index("Contents") < headings.index("Mayor's foreword")
    html = client.get(strategy.url).content.decode()
    for label in ("Strengths:", "Weaknesses:", "Opportunities:", "Threats:"):
        assert label in html
    assert "Action plan 2019–2022" in html
