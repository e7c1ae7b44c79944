"""What a screen-reader user meets on the home page, a content page and the complaint form,
read from Chromium's own accessibility tree (the names and roles assistive technology gets):
landmarks, one first-level heading and no skipped levels, a name for every control, link and
informative image, in each language."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PAGES = {
    "sq": ["/sq/", "/sq/rreth-komunes/strategjia-per-informim-dhe-komunikim-2019-2022/"],
    "sr-latn": [
        "/sr-latn/",
        "/sr-latn/o-opstini/strategija-za-informisanje-i-komunikaciju-2019-2022/",
    ],
    "en": ["/en/", "/en/about-the-municipality/information-and-communication-strategy-2019-2022/"],
}
NAMED = {"link", "button", "textbox", "searchbox", "combobox", "checkbox", "radio", "image"}


def accessibility_tree(page) -> list[dict[str, Any]]:
    """Chromium's accessibility tree, as assistive technology gets it (ignored nodes left out)."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    session.detach()
    return [
        {
            "role": node.get("role", {}).get("value", ""),
            "name": (node.get("name", {}).get("value") or "").strip(),
        }
        for node in nodes
        if not node.get("ignored")
    ]


# Headings in document order (Chromium's tree lists nodes by depth, not in reading order), as
# a screen reader's heading list shows them: hidden ones left out, visually hidden ones kept.
HEADINGS = """[...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')]
    .filter(h => !h.closest('[hidden], [aria-hidden=true]'))
    .map(h => Number(h.getAttribute('aria-level') || h.tagName.slice(1)))"""


def problems(page) -> list[str]:
    tree = accessibility_tree(page)
    found = []
    roles = [node["role"] for node in tree]
    for landmark in ("banner", "main", "contentinfo", "navigation", "search"):
        if landmark not in roles:
            found.append(f"no {landmark} landmark")
    navigations = [node for node in tree if node["role"] == "navigation"]
    if len(navigations) > 1 and any(not node["name"] for node in navigations):
        found.append("several navigation landmarks, not all named")
    levels: list[int] = page.evaluate(HEADINGS)
    if levels.count(1) != 1:
        found.append(f"{levels.count(1)} first-level headings")
    found += [
        f"heading level {after} after {before}"
        for before, after in zip(levels, levels[1:], strict=False)
        if after > before + 1
    ]
    found += [
        f"{node['role']} without a name"
        for node in tree
        if node["role"] in NAMED and not node["name"]
    ]
    return found


@pytest.mark.parametrize("language", sorted(PAGES))
def test_home_and_content_pages_make_sense_to_a_screen_reader(page, served_site, language):
    report = {}
    for path in PAGES[language]:
        response = page.goto(served_site + path)
        assert response is not None and response.status == 200, path
        if found := problems(page):
            report[path] = found
    assert report == {}


def test_the_complaint_form_names_every_field_and_announces_errors(page, served_site):
    page.goto(f"{served_site}/sr-latn/zalbe-i-predlozi/")
    assert problems(page) == []
    page.get_by_role("button", name="Pošalji").click()
    page.wait_for_load_state()
    assert problems(page) == []
    tree = accessibility_tree(page)
    # The summary is an alert, and a field with an error is described by its message.
    assert "alert" in {node["role"] for node in tree}
    subject = page.get_by_role("textbox", name="Tema")
    assert subject.get_attribute("aria-invalid") == "true"
    described = subject.get_attribute("aria-describedby") or ""
    assert page.locator(f"#{described.split()[-1]}").inner_text().strip()


def test_the_checks_catch_what_a_screen_reader_user_would_trip_on(page, served_site):
    """The checks above are not vacuous: a page with the usual mistakes fails each of them."""
    page.set_content(
        '<html lang="en"><body><h1>A</h1><h1>B</h1><h3>C</h3>'
        '<nav><a href="/">x</a></nav><nav><a href="/">y</a></nav>'
        '<input type="text"><button></button><a href="/"><img src="x.png"></a></body></html>'
    )
    found = problems(page)
    assert {"no banner landmark", "no main landmark", "no search landmark"} <= set(found)
    assert "several navigation landmarks, not all named" in found
    assert "2 first-level headings" in found and "heading level 3 after 1" in found
    assert {"textbox without a name", "button without a name"} <= set(found)
