"""The section stands on its own: without the subscriptions plugin its pages, feed, directory and
registration of interest all work, and only the e-mail parts are gone."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import demo_db

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report(shared_tmp) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.services.settings_without_plugin",
        "REMOVE_APPS": "services.subscriptions",
    }
    env.pop("CACHE_URL", None)
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests/diaspora/probe.py"),
            str(demo_db.sqlite_template(shared_tmp)),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_every_page_of_the_section_and_its_feed_still_serve(report):
    assert len(report["statuses"]) == 3 * 10 + 1
    assert set(report["statuses"].values()) == {200}, report["statuses"]
    assert report["feed_advertised"]


def test_the_directory_filters_on_the_site_and_in_the_api(report):
    assert report["filtered_count"] == 2
    assert report["api"] == [200, 2]


def test_registration_of_interest_still_works_on_the_page_and_in_the_api(report):
    assert report["site_post"] == 302 and report["api_post"] == 201
    assert report["stored"] == 2


def test_only_the_e_mail_parts_are_gone(report):
    # The topic is still registered (it is the section's), but nothing offers to send it.
    assert report["topic_registered"]
    assert not report["follow_link"]
    assert not report["send_in_edit_menu"]
    assert report["send_screen"] == 404
