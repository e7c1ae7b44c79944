"""Time to send one bulletin issue to 10,000 subscribers, and to build its PDF (not a test).

Runs the real sending code (the task the worker runs) in this process on a fresh database
(SQLite, or DATABASE_URL), with Django's in-memory e-mail backend, so the figure is the cost
of rendering, bookkeeping and handing messages to the backend, without an SMTP server.

    .venv/bin/python bench/bulletin.py [--subscribers 10000]
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    args = parser.parse_args()

    os.environ.setdefault(
        "DATABASE_URL", f"sqlite:///{tempfile.mkdtemp(prefix='bench-')}/bulletin.sqlite3"
    )
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.dev"
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    os.environ["BASE_URL"] = "http://127.0.0.1:8000"
    import django

    django.setup()
    from django.core import mail
    from django.core.management import call_command

    from bulletin.models import BulletinIssuePage
    from services.subscriptions.mailing import deliver, start_mailing
    from services.subscriptions.models import Subscriber, Subscription

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    Subscriber.objects.all().delete()
    people = Subscriber.objects.bulk_create(
        [Subscriber(email=f"s{n}@example.org", language="sq") for n in range(args.subscribers)],
        batch_size=2000,
    )
    Subscription.objects.bulk_create(
        [Subscription(subscriber=person, topic="bulletin") for person in people], batch_size=2000
    )
    issue = BulletinIssuePage.objects.get(locale__language_code="sq", number=2)
    mail.outbox = []

    started = time.perf_counter()
    # In development settings the task runs as soon as the mailing is queued, as the worker
    # would; deliver() then finds nothing left, which is the restart path.
    mailing = start_mailing(issue, "bulletin")
    deliver(mailing.pk)
    elapsed = time.perf_counter() - started

    recipients = [message.to[0] for message in mail.outbox]
    unique = len(set(recipients))
    print(f"subscribers: {args.subscribers}, messages: {len(recipients)}, unique: {unique}")
    print(f"send time: {elapsed:.1f} s ({len(recipients) / elapsed:.0f} messages/s)")

    from bulletin.pdf import render_pdf

    timings = []
    for _ in range(5):
        started = time.perf_counter()
        size = len(render_pdf(issue))
        timings.append(time.perf_counter() - started)
    print(f"PDF build: best {min(timings):.2f} s, worst {max(timings):.2f} s of 5 ({size} bytes)")


if __name__ == "__main__":
    main()
