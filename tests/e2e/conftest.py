"""Browser tests: a real server with the demo, driven by Debian's Chromium through Playwright.

Chromium is found at CHROMIUM_PATH (default /usr/bin/chromium). Without it the tests are
skipped with the reason shown (a newcomer's laptop); with E2E_REQUIRED=1 (CI) they fail.
"""

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import demo_db
from tests.servers import free_port, runserver, serving

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _require_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    reason = f"Chromium not found at {CHROMIUM}: browser tests skipped (apt-get install chromium)."
    if os.environ.get("E2E_REQUIRED") == "1":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def served_site(site_env) -> str:
    return site_env["BASE_URL"]


# Run on a copy of the run's demo database: point its site at this server's address and give
# the admin the password the tests use, in this server's own password hasher.
PREPARE = f"""
from django.contrib.auth import get_user_model
from django.core.management import call_command
call_command("load_demo", verbosity=0)
admin = get_user_model().objects.get(username="admin")
admin.set_password({demo_db.ADMIN_PASSWORD!r})
admin.save()
"""


@pytest.fixture(scope="session")
def site_env(tmp_path_factory, shared_tmp) -> Iterator[dict[str, str]]:
    """The demo site served by its own process on a free port, on its own SQLite database."""
    _require_chromium()
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    database = demo_db.sqlite_copy(shared_tmp, tmp_path_factory.mktemp("e2e") / "site.sqlite3")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "BASE_URL": base_url,
        "DEMO_ADMIN_PASSWORD": demo_db.ADMIN_PASSWORD,
    }
    env.pop("CACHE_URL", None)
    manage = [sys.executable, "manage.py"]
    subprocess.run(
        manage + ["shell", "-c", PREPARE], cwd=ROOT, env=env, check=True, capture_output=True
    )
    with serving(runserver(port), env, base_url):
        yield env


@pytest.fixture(scope="session")
def browser(served_site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def manage(env: dict[str, str], *args: str) -> str:
    """Run a management command against the served site's database."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def login(page, base: str, name: str) -> None:
    """Log into the admin as ``name`` (password ``e2e-passphrase-<name>``), from a clean slate."""
    page.context.clear_cookies()
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", f"e2e-passphrase-{name}")
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
