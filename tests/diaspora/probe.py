"""Start the site without the subscriptions plugin on a copy of the demo and report, as JSON,
what the diaspora section does: its pages, its feed, its directory, a registration of interest
on the page and in the API, and whether "Send by e-mail" is offered.

Run by ``test_without_subscriptions.py`` in its own process (``REMOVE_APPS`` is read when the
settings load): ``python tests/diaspora/probe.py TEMPLATE``.
"""

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path


def probe() -> dict:
    import django

    django.setup()
    from captcha.models import CaptchaStore
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.test.utils import setup_test_environment

    from diaspora.models import (
        DiasporaAssociationsPage,
        DiasporaEventPage,
        DiasporaIndexPage,
        DiasporaNewsPage,
        DiasporaServicePage,
        InterestRegistration,
    )
    from services.registry import registry

    setup_test_environment()
    client = Client()
    statuses: dict[str, int] = {}
    for model in (
        DiasporaIndexPage,
        DiasporaNewsPage,
        DiasporaEventPage,
        DiasporaServicePage,
        DiasporaAssociationsPage,
    ):
        for page in model.objects.live():
            statuses[page.url] = client.get(page.url).status_code
    index = DiasporaIndexPage.objects.get(locale__language_code="sr-latn")
    index_html = client.get(index.url).content.decode()
    statuses[index.url + "feed/"] = client.get(index.url + "feed/").status_code
    directory = DiasporaAssociationsPage.objects.get(locale__language_code="sr-latn")
    filtered = client.get(directory.url, {"country": "DE"}).content.decode()
    api = client.get("/api/v3/diaspora/associations/", {"country": "DE", "locale": "sr-latn"})

    def solved() -> dict[str, str]:
        key = client.get("/api/v3/captcha/").json()["key"]
        return {
            "captcha_key": key,
            "captcha_answer": CaptchaStore.objects.get(hashkey=key).response,
        }

    event = DiasporaEventPage.objects.get(locale__language_code="sr-latn")
    data = {
        "name": "Probe",
        "email": "probe@example.org",
        "country": "AT",
        "people": "2",
        "consent": "on",
    }
    site_post = client.post(event.url, {**data, **solved()})
    api_post = client.post(
        f"/api/v3/diaspora/events/{event.pk}/interest/",
        {**data, "consent": True, **solved()},
        content_type="application/json",
    )
    news = DiasporaNewsPage.objects.filter(locale__language_code="sq").first()
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    edit = client.get(f"/admin/pages/{news.pk}/edit/").content.decode()
    return {
        "statuses": statuses,
        "follow_link": "?topic=diaspora" in index_html,
        "feed_advertised": 'type="application/atom+xml"' in index_html,
        "filtered_count": filtered.count('class="card"'),
        "api": [api.status_code, api.json().get("count")],
        "site_post": site_post.status_code,
        "api_post": api_post.status_code,
        "stored": InterestRegistration.objects.count(),
        "topic_registered": registry.topic("diaspora") is not None,
        "send_in_edit_menu": f"/admin/mail/send/{news.pk}/" in edit,
        "send_screen": client.get(f"/admin/mail/send/{news.pk}/").status_code,
    }


def main(template: str) -> None:
    sys.path.insert(0, os.getcwd())
    with tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "probe.sqlite3"
        shutil.copyfile(template, database)
        os.environ["DATABASE_URL"] = f"sqlite:///{database}"
        print(json.dumps(probe()))


if __name__ == "__main__":
    main(sys.argv[1])
