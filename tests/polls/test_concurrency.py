"""Votes racing on a real server on PostgreSQL: one voter is counted once however many of its
requests arrive together; different voters are all counted."""

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core import signing

from tests import demo_db

pytestmark = [pytest.mark.postgres]

DATABASE_URL = os.environ.get("DATABASE_URL", "")


@pytest.fixture
def served(shared_tmp):
    if not demo_db.is_postgres(DATABASE_URL):
        pytest.skip("needs PostgreSQL (DATABASE_URL); CI runs it in its PostgreSQL pass")
    from bench.common import serve
    from bench.polls import UNLIMITED, open_poll

    name = DATABASE_URL.rpartition("/")[2].split("?")[0] + "_polls_race"
    url = demo_db.postgres_copy(shared_tmp, DATABASE_URL, name)
    base_url, server, env = serve(3, {**UNLIMITED, "DATABASE_URL": url}, threads=4)
    try:
        yield open_poll(base_url), env
    finally:
        server.terminate()
        server.wait(timeout=10)
        demo_db.postgres_drop(DATABASE_URL, name)


def _race(jobs: list) -> list[int]:
    """Send every vote at once: each thread waits at the barrier, then posts."""
    from bench.polls import vote

    barrier = threading.Barrier(len(jobs))

    def go(job):
        barrier.wait()
        return vote(job)[1]

    with ThreadPoolExecutor(len(jobs)) as pool:
        return list(pool.map(go, jobs))


def _stored(env, poll_id: int) -> int:
    from bench.common import db_query

    return db_query(
        env,
        "SELECT COUNT(*) FROM polls_vote v JOIN polls_poll p ON p.translation_key = v.poll_key "
        "WHERE p.id = %s",
        poll_id,
    )[0][0]


def test_parallel_votes_of_one_voter_count_once_and_of_many_voters_count_all(served):
    poll, env = served
    choice = poll["choices"][0]["id"]
    # A voter token as the site signs it (the served site's own secret key).
    token = signing.Signer(key=env["SECRET_KEY"], salt="services.polls.voter").sign("racer")
    statuses = _race([(poll["vote_url"], choice, token)] * 100)
    assert sorted(set(statuses)) == [201, 409]
    assert statuses.count(201) == 1 and statuses.count(409) == 99
    assert _stored(env, poll["id"]) == 1

    statuses = _race([(poll["vote_url"], choice, None)] * 100)
    assert statuses == [201] * 100
    assert _stored(env, poll["id"]) == 101
