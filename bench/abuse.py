"""A decompression flood against a served site: does it stay up for everyone else?

Not a test. Serves the demo with gunicorn and production settings, then, from concurrent
clients, posts complaints each carrying three 5999×5999 PNG images (about 140 KB on the wire,
108 MB once decoded) with a wrong captcha, for a while. Meanwhile it reads `/healthz` and a page
every 100 ms and samples the workers' memory. It reports the latency of those reads (p50, p99)
and the workers' peak resident memory.

    .venv/bin/python bench/abuse.py --seconds 20 --concurrency 6
"""

import argparse
import io
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import fetch, serve  # noqa: E402

BOUNDARY = "----abuse" + uuid.uuid4().hex


def bomb_png(side: int = 5999) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (side, side)).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def body(image: bytes) -> bytes:
    fields = {
        "kind": "complaint",
        "category": "1",
        "subject": "Ndriçimi",
        "text": "Llambat nuk ndizen.",
        "consent": "true",
        "captcha_key": uuid.uuid4().hex,
        "captcha_answer": "WRONG",
    }
    parts: list[bytes] = []
    for name, value in fields.items():
        disposition = f'Content-Disposition: form-data; name="{name}"'
        parts.append(f"--{BOUNDARY}\r\n{disposition}\r\n\r\n{value}\r\n".encode())
    for number in range(3):
        parts.append(
            (
                f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="attachments"; '
                f'filename="photo{number}.png"\r\nContent-Type: image/png\r\n\r\n'
            ).encode()
            + image
            + b"\r\n"
        )
    parts.append(f"--{BOUNDARY}--\r\n".encode())
    return b"".join(parts)


def post(url: str, data: bytes) -> int:
    request = urllib.request.Request(
        url,
        data=data,
        headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--concurrency", type=int, default=6)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--no-attempt-limit",
        action="store_true",
        help="lift the per-client attempt limit, to load the upload checks themselves",
    )
    args = parser.parse_args()

    image = bomb_png()
    data = body(image)
    extra = {"COMPLAINTS_ATTEMPT_RATE": "1000000/h"} if args.no_attempt_limit else {}
    base_url, server, _env = serve(args.workers, extra_env=extra)
    try:
        workers = children(server.pid)
        baseline = {pid: rss_mb(pid) for pid in workers}
        reads: dict[str, list[float]] = {"/healthz": [], "/sq/": []}
        peak = dict(baseline)
        stop = threading.Event()

        def probe() -> None:
            while not stop.is_set():
                for path, times in reads.items():
                    elapsed, _status = fetch(base_url + path)
                    times.append(elapsed * 1000)
                for pid in workers:
                    peak[pid] = max(peak[pid], rss_mb(pid))
                time.sleep(0.1)

        statuses: list[int] = []

        def flood() -> None:
            while not stop.is_set():
                statuses.append(post(f"{base_url}/api/v3/complaints/", data))

        prober = threading.Thread(target=probe)
        prober.start()
        with ThreadPoolExecutor(args.concurrency) as pool:
            for _ in range(args.concurrency):
                pool.submit(flood)
            time.sleep(args.seconds)
            stop.set()
        prober.join()

        print(
            f"{len(image) // 1024} KB PNG ×3 per request, wrong captcha; "
            f"{args.concurrency} clients for {args.seconds:.0f} s against "
            f"{args.workers} gunicorn workers"
            + (", attempt limit lifted" if args.no_attempt_limit else "")
        )
        counts = {status: statuses.count(status) for status in sorted(set(statuses))}
        print(f"flood requests: {len(statuses)}, statuses: {counts}")
        for path, times in reads.items():
            print(
                f"{path}: {len(times)} reads, p50 {statistics.median(times):.0f} ms, "
                f"p99 {percentile(times, 0.99):.0f} ms, max {max(times):.0f} ms"
            )
        for pid in workers:
            print(f"worker {pid}: RSS {baseline[pid]:.0f} MB before, peak {peak[pid]:.0f} MB")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
