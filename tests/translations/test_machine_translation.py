"""Machine translation through LibreTranslate: off unless configured, Serbian always in Latin
script, and what the machine wrote stays marked as machine translated until a translator
confirms it.

The service is a small fake LibreTranslate on the loopback interface (a real HTTP server in a
thread, answering ``POST /translate`` from a dictionary), so the whole path runs: settings,
wagtail-localize's view, our backend, HTTP, and what wagtail-localize stores.
"""

import html
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests.factories import StandardPageFactory, UserFactory
from translations.machine_translation import serbian_latin

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
CYRILLIC = re.compile("[\u0400-\u04ff]")

#: What the fake service knows, by (source, target) language. Its Serbian is Cyrillic, as a
#: real engine's may be.
DICTIONARY = {
    ("sq", "sr"): {
        "Orari i punës": "Радно време",
        "Zyrat janë të hapura nga e hëna deri të premten.": (
            "Канцеларије су отворене од понедељка до петка."
        ),
        "orari-i-punes": "radno-vreme",
    },
    ("sq", "en"): {"Orari i punës": "Working hours"},
}


class FakeLibreTranslate(BaseHTTPRequestHandler):
    requests: list[dict[str, Any]] = []
    failing = False

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, **body})
        if self.path != "/translate" or type(self).failing:
            self.send_response(500)
            self.end_headers()
            return
        words = DICTIONARY.get((body["source"], body["target"]), {})
        # Like LibreTranslate, one answer per string, in order; an unknown string comes back
        # unchanged.
        answer = {"translatedText": [words.get(text, text) for text in body["q"]]}
        payload = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def libretranslate() -> Iterator[str]:
    FakeLibreTranslate.requests = []
    FakeLibreTranslate.failing = False
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def machine_on(settings, libretranslate) -> str:
    # What cms/settings/base.py makes of MACHINE_TRANSLATION_URL and _API_KEY (tested below).
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine_translation.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": libretranslate, "API_KEY": "k3y", "TIMEOUT": 5},
    }
    return libretranslate


@pytest.fixture
def machine_off(settings) -> None:
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None


@pytest.fixture
def serbian_translator(db):
    user = UserFactory(username="prevodilac", groups=["Translators: Srpski"])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def started(home, locales) -> Translation:
    """A new Albanian page whose Serbian translation has just been started (nothing in it)."""
    page = StandardPageFactory(
        parent=home,
        title="Orari i punës",
        slug="orari-i-punes",
        intro="Zyrat janë të hapura nga e hëna deri të premten.",
    )
    page.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=locales["sr-latn"], enabled=True
    )
    translation.save_target(publish=False)
    return translation


def editor_url(translation: Translation) -> str:
    return f"/admin/pages/{translation.get_target_instance().pk}/edit/"


def editor_props(client, translation: Translation) -> dict[str, Any]:
    response = client.get(editor_url(translation))
    assert response.status_code == 200
    found = re.search(r'data-props="([^"]*)"', response.content.decode())
    assert found is not None
    props: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return props


def machine_translate(client, translation: Translation):
    return client.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/",
        {"next": editor_url(translation)},
        follow=True,
    )


def stored(translation: Translation) -> dict[str, StringTranslation]:
    return {
        row.translation_of.data: row
        for row in StringTranslation.objects.filter(
            locale=translation.target_locale,
            translation_of__segments__source=translation.source,
        ).select_related("translation_of")
    }


def test_a_translator_machine_translates_into_latin_serbian_marked_as_machine(
    client, serbian_translator, started, machine_on
):
    client.force_login(serbian_translator)
    response = machine_translate(client, started)
    assert response.status_code == 200
    assert "Successfully translated with LibreTranslate" in response.content.decode()
    # Our locale codes were mapped to LibreTranslate's, with the key, as HTML.
    (call,) = FakeLibreTranslate.requests
    assert (call["path"], call["source"], call["target"]) == ("/translate", "sq", "sr")
    assert call["api_key"] == "k3y" and call["format"] == "html"
    rows = stored(started)
    assert rows["Orari i punës"].data == "Radno vreme"  # Cyrillic answer, Latin stored
    assert rows["Zyrat janë të hapura nga e hëna deri të premten."].data == (
        "Kancelarije su otvorene od ponedeljka do petka."
    )
    assert not any(CYRILLIC.search(row.data) for row in rows.values())
    assert {row.translation_type for row in rows.values()} == {"machine"}
    assert {row.tool_name for row in rows.values()} == {"LibreTranslate"}


def test_the_editor_shows_machine_translations_until_a_translator_confirms_them(
    client, serbian_translator, started, machine_on
):
    client.force_login(serbian_translator)
    machine_translate(client, started)
    props = editor_props(client, started)
    assert props["machineTranslator"]["name"] == "LibreTranslate"
    comments = {row["data"]: row["comment"] for row in props["initialStringTranslations"]}
    assert comments["Radno vreme"].startswith("Translated with LibreTranslate on ")

    # The translator corrects one segment (the editor's "Save" on it): it becomes theirs.
    segment = started.source.stringsegment_set.get(context__path="title")
    saved = client.put(
        f"/admin/localize/translate/{started.pk}/strings/{segment.pk}/edit/",
        urlencode({"value": "Radno vreme opštine"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert saved.status_code == 200
    row = stored(started)["Orari i punës"]
    assert (row.translation_type, row.tool_name, row.last_translated_by) == (
        "manual",
        "",
        serbian_translator,
    )
    comments = {
        row["data"]: row["comment"]
        for row in editor_props(client, started)["initialStringTranslations"]
    }
    assert comments["Radno vreme opštine"].startswith("Translated manually on ")
    untouched = "Kancelarije su otvorene od ponedeljka do petka."
    assert comments[untouched].startswith("Translated with LibreTranslate on ")


def test_a_second_run_leaves_what_is_translated_alone(
    client, serbian_translator, started, machine_on
):
    client.force_login(serbian_translator)
    machine_translate(client, started)
    response = machine_translate(client, started)
    assert "There isn&#x27;t anything left to translate." in response.content.decode()
    assert len(FakeLibreTranslate.requests) == 1


def test_without_the_setting_there_is_no_button_and_no_machine_translation(
    client, serbian_translator, started, machine_off
):
    client.force_login(serbian_translator)
    assert editor_props(client, started)["machineTranslator"] is None
    response = client.post(f"/admin/localize/translate/{started.pk}/machine_translate/")
    assert response.status_code == 404
    assert stored(started) == {}


def test_a_service_that_fails_costs_a_message_not_a_server_error(
    client, serbian_translator, started, machine_on
):
    FakeLibreTranslate.failing = True
    client.force_login(serbian_translator)
    response = machine_translate(client, started)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == editor_url(started)
    assert "The machine translation service did not answer" in response.content.decode()
    assert stored(started) == {}


def test_a_service_that_cannot_be_reached_costs_a_message_too(
    client, serbian_translator, started, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine_translation.LibreTranslator",
        # A port on which nothing listens (the fake's, after it stopped, is not guaranteed).
        "OPTIONS": {"LIBRETRANSLATE_URL": "http://127.0.0.1:9", "API_KEY": "", "TIMEOUT": 2},
    }
    client.force_login(serbian_translator)
    response = machine_translate(client, started)
    assert "The machine translation service did not answer" in response.content.decode()
    assert stored(started) == {}


def test_only_our_language_pairs_are_offered(machine_on, locales):
    from wagtail_localize.machine_translators import get_machine_translator

    translator = get_machine_translator()
    assert translator.can_translate(locales["sq"], locales["sr-latn"])
    assert translator.can_translate(locales["sr-latn"], locales["en"])
    assert not translator.can_translate(locales["en"], locales["en"])


def test_serbian_cyrillic_becomes_latin_letter_by_letter():
    assert serbian_latin("Љубиша и Њиве, ЏЕП, Ђурђевдан") == "Ljubiša i Njive, DŽEP, Đurđevdan"
    assert serbian_latin('<a id="a1">Општина</a> Klokot') == '<a id="a1">Opština</a> Klokot'
    assert serbian_latin("Opština Klokot") == "Opština Klokot"


def _settings(**environ: str) -> subprocess.CompletedProcess:
    code = (
        "import json, cms.settings.dev as s; "
        "print(json.dumps(getattr(s, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None)))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MACHINE_TRANSLATION_")}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean | environ, capture_output=True, text=True
    )


def test_machine_translation_is_configured_from_the_environment():
    assert _settings().stdout.strip() == "null"
    result = _settings(
        MACHINE_TRANSLATION_URL="https://mt.kllokot.example/", MACHINE_TRANSLATION_API_KEY="s3"
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "CLASS": "translations.machine_translation.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": "https://mt.kllokot.example",
            "API_KEY": "s3",
            "TIMEOUT": 20,
        },
    }
    bad = _settings(MACHINE_TRANSLATION_URL="mt.kllokot.example")
    assert bad.returncode != 0 and "MACHINE_TRANSLATION_URL" in bad.stderr
