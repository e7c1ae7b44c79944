"""What the benchmarks (and the tests that need a real server) share: serve the demo with
gunicorn and production settings on a free local port, on a fresh database."""

import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.servers import free_port, gunicorn

ROOT = Path(__file__).resolve().parents[1]


def serve(
    workers: int, extra_env: dict[str, str] | None = None, threads: int = 1
) -> tuple[str, subprocess.Popen, dict[str, str]]:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "BASE_URL": base_url,
        "TASKS_BACKEND": "immediate",
        "CACHE_URL": os.environ.get("CACHE_URL", ""),
        "DEMO_ADMIN_PASSWORD": secrets.token_urlsafe(16),
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        **(extra_env or {}),
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}")
    python = sys.executable
    for command in (["migrate", "--no-input"], ["load_demo"], ["collectstatic", "--no-input"]):
        subprocess.run(
            [python, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True
        )
    server = subprocess.Popen(
        gunicorn(port, workers, threads),
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=2):
                return base_url, server, env
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def fetch(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return time.perf_counter() - started, status


def db_query(env: dict[str, str], sql: str, *params) -> list[tuple]:
    """Read the served site's database directly (SQLite file or PostgreSQL)."""
    url = env["DATABASE_URL"]
    if url.startswith("sqlite"):
        import sqlite3

        with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
            return connection.execute(sql.replace("%s", "?"), params).fetchall()
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as connection:
        return connection.execute(sql, params).fetchall()
