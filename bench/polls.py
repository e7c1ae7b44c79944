"""Votes and results reads against a served site: votes/s, results p50/p99, exactly one vote
per voter.

Not a test. Serves the demo with gunicorn and production settings (PostgreSQL when
DATABASE_URL points at one, SQLite otherwise; Redis when CACHE_URL does), with the limit per
client address raised (every vote comes from 127.0.0.1). Each vote is a new voter (no cookie)
in the demo's open poll; then 16 concurrent readers read its results, as voters who have
voted (the poll shows results to them).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/cms_bench CACHE_URL=redis://127.0.0.1:6379/3 \\
        .venv/bin/python bench/polls.py
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import db_query, serve  # noqa: E402

#: What the served site needs so that one address may cast every vote of the run.
UNLIMITED = {"POLLS_VOTES_PER_ADDRESS": "100000000/h", "POLLS_ATTEMPT_RATE": "100000000/h"}


def vote(args: tuple[str, int, str | None]) -> tuple[float, int, str]:
    """POST one vote; (seconds, status, the voter token the answer gave)."""
    url, choice, token = args
    headers = {"Content-Type": "application/json"}
    if token:
        headers["X-Voter-Token"] = token
    request = urllib.request.Request(
        url, data=json.dumps({"choice": choice}).encode(), headers=headers, method="POST"
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            body = json.load(response)
            return time.perf_counter() - started, response.status, body["voter_token"]
    except urllib.error.HTTPError as error:
        return time.perf_counter() - started, error.code, ""


def read(args: tuple[str, str]) -> tuple[float, int]:
    url, token = args
    request = urllib.request.Request(url, headers={"X-Voter-Token": token})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
            return time.perf_counter() - started, response.status
    except urllib.error.HTTPError as error:
        return time.perf_counter() - started, error.code


def open_poll(base_url: str) -> dict:
    with urllib.request.urlopen(f"{base_url}/api/v3/polls/?locale=sq") as response:
        polls = json.load(response)["items"]
    return next(poll for poll in polls if poll["status"] == "open")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--votes", type=int, default=6000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--reads", type=int, default=4000)
    parser.add_argument("--readers", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()

    base_url, server, env = serve(args.workers, UNLIMITED, threads=args.threads)
    try:
        poll = open_poll(base_url)
        choices = [choice["id"] for choice in poll["choices"]]
        jobs = [(poll["vote_url"], choices[n % len(choices)], None) for n in range(args.votes)]
        # Warm every worker (connections, templates) before timing.
        with ThreadPoolExecutor(args.concurrency) as pool:
            warm = list(pool.map(vote, jobs[: args.concurrency * 4]))
        started = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            votes = list(pool.map(vote, jobs))
        elapsed = time.perf_counter() - started
        token = votes[0][2]
        reads = [(poll["results_url"], token)] * args.reads
        with ThreadPoolExecutor(args.readers) as pool:
            list(pool.map(read, reads[: args.readers * 4]))
            read_started = time.perf_counter()
            results = list(pool.map(read, reads))
            read_elapsed = time.perf_counter() - read_started
        with urllib.request.urlopen(
            urllib.request.Request(poll["results_url"], headers={"X-Voter-Token": token})
        ) as response:
            tally = json.load(response)
    finally:
        server.terminate()
        server.wait(timeout=10)

    accepted = [seconds for seconds, status, _ in votes if status == 201]
    stored = db_query(
        env,
        "SELECT COUNT(*) FROM polls_vote v JOIN polls_poll p ON p.translation_key = v.poll_key "
        "WHERE p.id = %s",
        poll["id"],
    )[0][0]
    read_times = [seconds for seconds, status in results if status == 200]
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    cache = "Redis" if env.get("CACHE_URL") else "local memory"
    print(f"{database}, cache in {cache}, gunicorn {args.workers}x{args.threads}")
    print(
        f"votes: {len(votes)} sent by {args.concurrency} clients in {elapsed:.1f} s = "
        f"{len(votes) / elapsed:.0f} votes/s; accepted {len(accepted)}; "
        f"p50 {statistics.median(accepted) * 1000:.1f} ms, "
        f"p99 {percentile(accepted, 0.99) * 1000:.1f} ms"
    )
    print(
        f"stored: {stored} votes (warm-up {len(warm)} + timed {len(votes)}); tally {tally['votes']}"
    )
    print(
        f"results: {len(results)} reads by {args.readers} readers in {read_elapsed:.1f} s = "
        f"{len(results) / read_elapsed:.0f} reads/s; "
        f"p50 {statistics.median(read_times) * 1000:.1f} ms, "
        f"p99 {percentile(read_times, 0.99) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
