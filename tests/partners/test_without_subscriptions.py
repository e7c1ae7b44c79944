"""The partners section needs no plugin: with the subscriptions plugin removed, its pages, feed
and API still serve, and its news simply have no "Send by e-mail"."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import demo_db

ROOT = Path(__file__).resolve().parents[2]


def probe(shared_tmp: Path, tmp_path: Path, remove: str) -> dict:
    database = tmp_path / "probe.sqlite3"
    shutil.copyfile(demo_db.sqlite_template(shared_tmp), database)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.services.settings_without_plugin",
        "REMOVE_APPS": remove,
        "DATABASE_URL": f"sqlite:///{database}",
    }
    env.pop("CACHE_URL", None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests/partners/probe_without_subscriptions.py")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict = json.loads(result.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.slow
def test_the_section_serves_without_the_subscriptions_plugin(shared_tmp, tmp_path):
    report = probe(shared_tmp, tmp_path, "services.subscriptions")
    assert not report["subscriptions_installed"] and not report["mail_capability"]
    # Index, partner, news, directory and feed in three languages, and the API.
    assert len(report["statuses"]) == 16
    assert set(report["statuses"].values()) == {200}, report["statuses"]
    assert report["edit"] == 200
    assert not report["send_in_edit_menu"] and report["send_screen"] == 404
    # Nothing offers to follow it by e-mail: no plugin would send.
    assert not report["follow_link"]


@pytest.mark.slow
def test_the_probe_sees_send_by_email_when_the_plugin_is_installed(shared_tmp, tmp_path):
    # The control for the test above: the same probe finds the send action.
    report = probe(shared_tmp, tmp_path, "")
    assert report["subscriptions_installed"] and report["mail_capability"]
    assert set(report["statuses"].values()) == {200}, report["statuses"]
    assert report["send_in_edit_menu"] and report["send_screen"] == 200
    assert report["follow_link"]
