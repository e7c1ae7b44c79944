"""Complaint submissions against a served site: throughput, p50/p99 latency, nothing lost.

Not a test. Serves the demo with gunicorn and production settings (PostgreSQL when
DATABASE_URL points at one, SQLite otherwise) with its task worker, as in production; fetches
one captcha per submission through the API, reads its answer from the database (standing in
for the citizen reading the image), then sends the submissions from concurrent clients and
counts the rows that arrived.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/cms_bench .venv/bin/python bench/complaints.py
"""

import argparse
import json
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, db_query, serve  # noqa: E402

BOUNDARY = "----bench" + uuid.uuid4().hex


def multipart(fields: dict[str, str]) -> bytes:
    lines = []
    for name, value in fields.items():
        lines += [f"--{BOUNDARY}", f'Content-Disposition: form-data; name="{name}"', "", value]
    lines += [f"--{BOUNDARY}--", ""]
    return "\r\n".join(lines).encode()


def submit(args: tuple[str, dict[str, str]]) -> tuple[float, int, str]:
    url, fields = args
    request = urllib.request.Request(
        url,
        data=multipart(fields),
        headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"},
        method="POST",
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            body = json.load(response)
            status = response.status
    except urllib.error.HTTPError as error:
        return time.perf_counter() - started, error.code, ""
    return time.perf_counter() - started, status, body["tracking_code"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()

    settings = {
        "COMPLAINTS_RATE": "1000000/h",
        "COMPLAINTS_ATTEMPT_RATE": "1000000/h",
        "CAPTCHA_RATE": "1000000/h",
        # As in production: e-mails are queued in the database and sent by the worker.
        "TASKS_BACKEND": "database",
    }
    base_url, server, env = serve(args.workers, settings, threads=args.threads)
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with urllib.request.urlopen(f"{base_url}/api/v3/complaints/categories/?locale=sq") as r:
            category = json.load(r)[0]["id"]
        before = db_query(env, "SELECT COUNT(*) FROM complaints_complaint")[0][0]
        jobs = []
        for n in range(args.submissions):
            with urllib.request.urlopen(f"{base_url}/api/v3/captcha/") as r:
                key = json.load(r)["key"]
            answer = db_query(
                env, "SELECT response FROM captcha_captchastore WHERE hashkey = %s", key
            )
            fields = {
                "kind": "complaint",
                "category": str(category),
                "subject": f"Bench {n}",
                "text": "Llambat në rrugën kryesore nuk ndizen.",
                "anonymous": "true",
                "consent": "true",
                "captcha_key": key,
                "captcha_answer": answer[0][0],
            }
            jobs.append((f"{base_url}/api/v3/complaints/", fields))

        started = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            results = list(pool.map(submit, jobs))
        elapsed = time.perf_counter() - started

        latencies = sorted(latency for latency, _, _ in results)
        accepted = [code for _, status, code in results if status == 201]
        stored = db_query(env, "SELECT COUNT(*) FROM complaints_complaint")[0][0] - before
        p50 = statistics.median(latencies) * 1000
        p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000
        database = env["DATABASE_URL"].split(":")[0]
        print(f"database: {database}, gunicorn {args.workers} workers x {args.threads} threads")
        print(f"clients: {args.concurrency}, submissions: {len(results)}")
        print(f"accepted: {len(accepted)}, stored: {stored}, unique codes: {len(set(accepted))}")
        print(f"throughput: {len(results) / elapsed:.1f} submissions/s")
        print(f"latency p50: {p50:.1f} ms, p99: {p99:.1f} ms")
        print(f"lost: {len(accepted) - stored}")
    finally:
        for process in (server, worker):
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    main()
