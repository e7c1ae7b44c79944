"""A site served by a process of its own, for the tests that talk to it over HTTP (browser
tests, the API's conformance run, the backup drill, the outage test)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def runserver(port: int) -> list[str]:
    return [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]


def gunicorn(port: int, workers: int, threads: int = 1) -> list[str]:
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "cms.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--log-level",
        "warning",
    ]


@contextmanager
def serving(command: list[str], env: dict[str, str], base_url: str) -> Iterator[None]:
    """Run ``command`` (from the repository's root) until ``/healthz`` answers 200, and stop it
    when the block ends."""
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base_url}/healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError(f"The site at {base_url} did not start.")
            time.sleep(0.3)
        yield
    finally:
        server.terminate()
        server.wait(timeout=10)
