"""The production access log records no client address and no query string (tracking codes and
signed links travel in query strings): gunicorn run with the image's own settings."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve_and_log(tmp_path: Path, **env_extra: str) -> str:
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "PORT": str(port),
        "WEB_CONCURRENCY": "1",
        **env_extra,
    }
    env.pop("CACHE_URL", None)
    log = tmp_path / "access.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "python:cms.gunicorn", "cms.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{port}/healthz?code=KODI-SEKRET-123"
            for _ in range(100):
                try:
                    with urllib.request.urlopen(url, timeout=2):
                        break
                except OSError:
                    time.sleep(0.2)
            time.sleep(0.5)  # the access log line is written after the response
        finally:
            server.terminate()
            server.wait(timeout=10)
    return log.read_text()


def test_the_access_log_has_no_address_and_no_query_string(tmp_path):
    text = _serve_and_log(tmp_path)
    lines = [line for line in text.splitlines() if "/healthz" in line]
    assert lines, text
    assert all("127.0.0.1" not in line and "KODI-SEKRET" not in line for line in lines)
    assert '"GET /healthz HTTP/1.1" 200' in lines[0]


def test_a_deployment_may_choose_its_own_format(tmp_path):
    text = _serve_and_log(tmp_path, ACCESS_LOG_FORMAT='%(h)s "%(r)s" %(s)s')
    assert "127.0.0.1" in text and "KODI-SEKRET" in text
