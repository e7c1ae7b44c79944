"""Throughput and latency of the public site and the API, against a served site.

Not a test. By default it builds the demo on a fresh database (SQLite, or DATABASE_URL when
set), serves it with gunicorn and production settings on a free local port, and measures each
path with concurrent clients. Pass --url to measure a site that is already running instead.

    .venv/bin/python bench/pages.py                 # gunicorn, 2 workers, SQLite
    DATABASE_URL=postgres://... .venv/bin/python bench/pages.py
    .venv/bin/python bench/pages.py --url http://127.0.0.1:8000
"""

import argparse
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(workers: int) -> tuple[str, subprocess.Popen]:
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
        "DEMO_ADMIN_PASSWORD": secrets.token_urlsafe(16),
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}")
    python = sys.executable
    for command in (["migrate", "--no-input"], ["load_demo"], ["collectstatic", "--no-input"]):
        subprocess.run(
            [python, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True
        )
    server = subprocess.Popen(
        [
            python,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=2):
                return base_url, server
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


def measure(url: str, requests: int, concurrency: int) -> dict:
    fetch(url)  # warm caches and renditions
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(fetch, [url] * requests))
    elapsed = time.perf_counter() - started
    latencies = sorted(latency for latency, _ in results)
    errors = sum(1 for _, status in results if status != 200)
    return {
        "requests": requests,
        "errors": errors,
        "req_per_s": round(requests / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="measure an already running site")
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    server = None
    base_url = args.url
    if not base_url:
        base_url, server = serve(args.workers)
    try:
        with urllib.request.urlopen(f"{base_url}/api/v3/pages/?locale=sr-latn&limit=100") as r:
            pages = json.load(r)["items"]
        deepest = max(pages, key=lambda item: item["meta"]["html_url"].count("/"))
        paths = {
            "home page (sq)": "/sq/",
            "strategy page (sr-latn)": deepest["meta"]["html_url"].removeprefix(base_url),
            "search (en)": "/en/search/?q=strategy",
            "API page list (sr-latn)": "/api/v3/pages/?locale=sr-latn",
            "API page detail": f"/api/v3/pages/{deepest['id']}/",
            "healthz": "/healthz",
        }
        print(f"{'path':<28} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
        for name, path in paths.items():
            result = measure(base_url + path, args.requests, args.concurrency)
            print(
                f"{name:<28} {result['req_per_s']:>8} {result['p50_ms']:>8} "
                f"{result['p99_ms']:>8} {result['errors']:>7}"
            )
    finally:
        if server:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
