"""200 citizens submitting at once to a real server on PostgreSQL: all stored, codes unique."""

import json
import os
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests import demo_db

pytestmark = [pytest.mark.postgres]

DATABASE_URL = os.environ.get("DATABASE_URL", "")


@pytest.fixture
def postgres_url(shared_tmp):
    if not demo_db.is_postgres(DATABASE_URL):
        pytest.skip("needs PostgreSQL (DATABASE_URL); CI runs it in its PostgreSQL pass")
    # A copy of the run's demo database, for the server this test starts.
    name = DATABASE_URL.rpartition("/")[2].split("?")[0] + "_concurrency"
    yield demo_db.postgres_copy(shared_tmp, DATABASE_URL, name)
    demo_db.postgres_drop(DATABASE_URL, name)


def test_parallel_submissions_are_all_stored_with_unique_codes(postgres_url):
    from bench.common import db_query, serve
    from bench.complaints import submit

    limits = {
        "DATABASE_URL": postgres_url,
        "COMPLAINTS_RATE": "100000/h",
        "COMPLAINTS_ATTEMPT_RATE": "100000/h",
        "CAPTCHA_RATE": "100000/h",
    }
    base_url, server, env = serve(3, limits, threads=2)
    try:
        with urllib.request.urlopen(f"{base_url}/api/v3/complaints/categories/") as response:
            category = json.load(response)[0]["id"]
        jobs = []
        for n in range(200):
            with urllib.request.urlopen(f"{base_url}/api/v3/captcha/") as response:
                key = json.load(response)["key"]
            (answer,) = db_query(
                env, "SELECT response FROM captcha_captchastore WHERE hashkey = %s", key
            )[0]
            fields = {
                "kind": "complaint",
                "category": str(category),
                "subject": f"Paralel {n}",
                "text": "Teksti.",
                "anonymous": "true",
                "consent": "true",
                "captcha_key": key,
                "captcha_answer": answer,
            }
            jobs.append((f"{base_url}/api/v3/complaints/", fields))
        with ThreadPoolExecutor(20) as pool:
            results = list(pool.map(submit, jobs))
    finally:
        server.terminate()
        server.wait(timeout=10)

    assert [status for _, status, _ in results] == [201] * 200
    codes = [code for _, _, code in results]
    assert len(set(codes)) == 200
    stored = db_query(
        env, "SELECT tracking_code FROM complaints_complaint WHERE subject LIKE 'Paralel %%'"
    )
    assert sorted(code for (code,) in stored) == sorted(codes)
