"""What a cache outage costs readers: page and API latency with Redis up, gone, hanging, back.

Not a test. Serves the demo with gunicorn and production settings, its cache on a Redis server
of its own reached through a TCP proxy (tests/faults.py), and reads the home page and the API
page list from concurrent clients for a few seconds in each phase: Redis answering; Redis gone
(the proxy refuses connections); Redis hanging (the proxy accepts and never answers, so every
call would wait for its timeout); Redis back.

    python bench/cache_outage.py [--seconds 8] [--concurrency 4] [--workers 2]
"""

import argparse
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.abuse import percentile  # noqa: E402
from bench.common import fetch, serve  # noqa: E402
from tests.faults import RedisServer, TcpProxy  # noqa: E402

PATHS = ("/sq/", "/api/v3/pages/?locale=sr-latn")


def measure(base_url: str, seconds: float, concurrency: int) -> dict[str, tuple]:
    times: dict[str, list[float]] = {path: [] for path in PATHS}
    errors: list[int] = []
    stop = threading.Event()

    def client() -> None:
        while not stop.is_set():
            for path in PATHS:
                elapsed, status = fetch(base_url + path)
                times[path].append(elapsed * 1000)
                if status != 200:
                    errors.append(status)

    with ThreadPoolExecutor(concurrency) as pool:
        for _ in range(concurrency):
            pool.submit(client)
        time.sleep(seconds)
        stop.set()
    return {
        path: (len(values), statistics.median(values), percentile(values, 0.99), len(errors))
        for path, values in times.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    redis = RedisServer(Path(tempfile.mkdtemp(prefix="bench-redis-")))
    redis.start()
    proxy = TcpProxy(redis.port).start()
    base_url, server, _env = serve(
        args.workers, extra_env={"CACHE_URL": f"redis://127.0.0.1:{proxy.port}/0"}
    )
    phases = (
        ("Redis answering", proxy.restore),
        ("Redis gone (connections refused)", proxy.cut),
        ("Redis hanging (never answers)", proxy.hang),
        ("Redis back", proxy.restore),
    )
    try:
        print(
            f"{args.concurrency} clients, {args.seconds:.0f} s per phase, "
            f"{args.workers} gunicorn workers"
        )
        for name, action in phases:
            action()
            results = measure(base_url, args.seconds, args.concurrency)
            for path, (count, p50, p99, errors) in results.items():
                print(
                    f"{name:34} {path:32} {count:5} reads, p50 {p50:6.1f} ms, "
                    f"p99 {p99:6.1f} ms, non-200: {errors}"
                )
    finally:
        server.terminate()
        server.wait(timeout=10)
        proxy.cut()
        redis.stop()


if __name__ == "__main__":
    main()
