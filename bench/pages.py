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
import statistics
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import fetch, serve  # noqa: E402


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
        base_url, server, _env = serve(args.workers)
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
