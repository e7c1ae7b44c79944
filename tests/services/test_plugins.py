"""The plugin contract: plugins are found through the registry, and removing one leaves the
rest of the site working."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from services.registry import PluginRegistry, ServicePlugin, registry
from tests import demo_db

ROOT = Path(__file__).resolve().parents[2]


def test_installed_plugins_are_registered_with_a_router():
    plugin = registry.get("captcha")
    assert plugin is not None
    assert plugin.router is not None


def test_registering_two_different_plugins_under_one_slug_is_refused():
    plugins = PluginRegistry()
    plugins.register(ServicePlugin(slug="polls", label="Polls"))
    with pytest.raises(ValueError, match="already registered"):
        plugins.register(ServicePlugin(slug="polls", label="Other"))


CAPTCHA, COMPLAINTS, SUBSCRIPTIONS, POLLS = (
    "services.captcha_api",
    "services.complaints",
    "services.subscriptions",
    "services.polls",
)
CONFIGURATIONS = {
    "-": [],  # the control: everything installed
    CAPTCHA: [CAPTCHA],
    COMPLAINTS: [COMPLAINTS],
    SUBSCRIPTIONS: [SUBSCRIPTIONS],
    POLLS: [POLLS],
    "no plugins": [CAPTCHA, COMPLAINTS, SUBSCRIPTIONS, POLLS],
}


@pytest.fixture(scope="module")
def reports(shared_tmp) -> dict[str, dict]:
    """One probe process for every configuration, each on a copy of the run's demo database."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.services.settings_without_plugin"}
    env.pop("CACHE_URL", None)
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests/services/plugin_probe.py"),
            str(demo_db.sqlite_template(shared_tmp)),
            *(",".join(apps) or "-" for apps in CONFIGURATIONS.values()),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    by_apps = json.loads(result.stdout.strip().splitlines()[-1])
    reports = {name: by_apps[",".join(apps) or "-"] for name, apps in CONFIGURATIONS.items()}
    for name, report in reports.items():
        assert "error" not in report, (name, report)
    return reports


@pytest.mark.slow
@pytest.mark.parametrize(
    "app, slug, gone",
    [
        (COMPLAINTS, "complaints", ["/api/v3/complaints/categories/", "/sq/ankesat/gjurmo/"]),
        (SUBSCRIPTIONS, "subscriptions", ["/api/v3/subscriptions/topics/", "/sq/abonime/"]),
        (POLLS, "polls", ["/api/v3/polls/", "/sq/sondazhet/"]),
        (
            "no plugins",
            "captcha",
            [
                "/api/v3/captcha/",
                "/api/v3/complaints/categories/",
                "/sq/ankesat/gjurmo/",
                "/api/v3/subscriptions/topics/",
                "/sq/abonime/",
                "/api/v3/polls/",
                "/sq/sondazhet/",
            ],
        ),
    ],
)
def test_site_and_api_still_serve_without_a_plugin(reports, app, slug, gone):
    report = reports[app]
    statuses = dict(report["statuses"])
    assert [statuses.pop(path) for path in gone] == [404] * len(gone)
    assert set(statuses.values()) == {200}, statuses
    assert not [path for path in report["documented"] if path.startswith(f"/api/v3/{slug}/")]
    assert "/api/v3/pages/" in report["documented"]
    # A section does not need a plugin: the bulletin still publishes and is served.
    assert report["bulletin"]["live"] and report["bulletin"]["page"] == 200


@pytest.mark.slow
def test_plugins_refuse_to_start_without_the_plugin_they_require(reports):
    refused = reports[CAPTCHA]
    assert "statuses" not in refused
    for plugin in ("complaints", "subscriptions", "polls"):
        message = f"The service plugin '{plugin}' requires the plugin 'captcha'"
        assert message in refused["refused"]
        assert message in refused["assembly"]


@pytest.mark.slow
def test_without_subscriptions_the_bulletin_publishes_and_its_send_action_is_gone(reports):
    bulletin = reports[SUBSCRIPTIONS]["bulletin"]
    assert bulletin["live"] and bulletin["page"] == 200
    assert not bulletin["send_in_listing"] and not bulletin["send_in_edit_menu"]
    assert bulletin["send_screen"] == 404
    assert "No installed plugin sends e-mail" in bulletin["send_bulletin"]


@pytest.mark.slow
def test_the_same_probe_sees_the_plugins_when_they_are_installed(reports):
    # The control for the tests above: the probe does detect what is mounted.
    report = reports["-"]
    assert set(report["statuses"].values()) == {200}, report["statuses"]
    assert "/api/v3/captcha/" in report["documented"]
    assert "/api/v3/complaints/" in report["documented"]
    bulletin = report["bulletin"]
    assert bulletin["send_in_listing"] and bulletin["send_in_edit_menu"]
    assert bulletin["send_screen"] == 200 and bulletin["send_bulletin"] == "sent"


@pytest.mark.urls("tests.services.fake_plugin_urls")
@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_plugin_site_pages_are_mounted_under_every_language_prefix(client, language):
    from django.urls import reverse
    from django.utils import translation

    response = client.get(f"/{language}/fake/")
    assert response.status_code == 200
    assert response.content.decode() == f"fake plugin in {language}"
    with translation.override(language):
        assert reverse("fake:index") == f"/{language}/fake/"


def test_a_plugin_without_site_pages_mounts_nothing():
    from django.urls import Resolver404, resolve

    with pytest.raises(Resolver404):
        resolve("/sq/apionly/", urlconf="tests.services.fake_plugin_urls")
