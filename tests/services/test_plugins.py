"""The plugin contract: plugins are found through the registry, and removing one leaves the
rest of the site working."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from services.registry import PluginRegistry, ServicePlugin, registry

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


def _probe(tmp_path: Path, settings_module: str, remove_app: str = "") -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "REMOVE_APP": remove_app,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'probe.sqlite3'}",
    }
    env.pop("CACHE_URL", None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests/services/plugin_probe.py")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.parametrize(
    "app, slug, gone",
    [
        ("services.captcha_api", "captcha", ["/api/v3/captcha/"]),
        (
            "services.complaints",
            "complaints",
            ["/api/v3/complaints/categories/", "/sq/complaints/track/"],
        ),
        (
            "services.subscriptions",
            "subscriptions",
            ["/api/v3/subscriptions/topics/", "/sq/subscriptions/"],
        ),
    ],
)
def test_site_and_api_still_serve_without_a_plugin(tmp_path, app, slug, gone):
    report = _probe(tmp_path, "tests.services.settings_without_plugin", app)
    statuses = report["statuses"]
    assert [statuses.pop(path) for path in gone] == [404] * len(gone)
    assert set(statuses.values()) == {200}, statuses
    assert not [path for path in report["documented"] if path.startswith(f"/api/v3/{slug}/")]
    assert "/api/v3/pages/" in report["documented"]


@pytest.mark.slow
def test_the_same_probe_sees_the_plugin_when_it_is_installed(tmp_path):
    # The control for the test above: the probe does detect a mounted plugin.
    report = _probe(tmp_path, "cms.settings.test")
    assert report["statuses"]["/api/v3/captcha/"] == 200
    assert report["statuses"]["/sq/complaints/track/"] == 200
    assert report["statuses"]["/api/v3/complaints/categories/"] == 200
    assert report["statuses"]["/sq/subscriptions/"] == 200
    assert "/api/v3/captcha/" in report["documented"]
    assert "/api/v3/complaints/" in report["documented"]


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
