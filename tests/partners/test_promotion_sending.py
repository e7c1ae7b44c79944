"""News for investors and the donors' conference go to the subscribers of "Investors and
donors" with the generic "Send by e-mail"; without the subscriptions plugin the section still
publishes and serves, and offers no sending."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from wagtail.users.models import UserProfile

from partners.promotion import DonorConferencePage, InvestorNewsPage
from services.registry import registry
from tests import demo_db
from tests.factories import SubscriberFactory, UserFactory

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_the_section_registers_its_mail_topic():
    topic = registry.topic("investors")
    assert topic is not None
    assert set(topic.page_types) == {InvestorNewsPage, DonorConferencePage}
    news = InvestorNewsPage.objects.first()
    assert registry.topic_for_page(news) == topic


@pytest.mark.django_db
def test_news_for_investors_is_sent_once_to_a_confirmed_subscriber_with_absolute_links(
    client, locales, django_capture_on_commit_callbacks
):
    news = InvestorNewsPage.objects.get(locale=locales["sq"])
    english = news.get_translation(locales["en"])
    SubscriberFactory(email="investor@example.org", language="en", topics=["investors"])
    SubscriberFactory(email="reader@example.org", language="en", topics=["bulletin"])
    office = UserFactory(username="office", groups=["Information Office"])
    profile = UserProfile.get_for_user(office)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(office)
    # The source page's edit screen (its translations are edited in wagtail-localize's).
    edit = client.get(f"/admin/pages/{news.pk}/edit/").content.decode()
    url = f"/admin/mail/send/{news.pk}/"
    assert url in edit and "Send by e-mail" in edit
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "send"}, follow=True)
    (message,) = mail.outbox
    assert message.to == ["investor@example.org"]
    assert message.subject == english.title
    assert "The meeting presented the sites" in message.body
    assert english.full_url in message.body
    html, kind = message.alternatives[0]
    assert kind == "text/html" and 'lang="en"' in html
    assert "20 February 2020" in html and "20 February 2020" in message.body
    hrefs = re.findall(r'href="([^"]+)"', html)
    assert hrefs and all(href.startswith(("http://", "https://")) for href in hrefs), hrefs
    # Sending again reaches nobody twice.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "send"}, follow=True)
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_conference_e_mail_gives_its_day_place_and_programme(locales):
    conference = DonorConferencePage.objects.get(locale=locales["sr-latn"])
    email = conference.render_email(
        {"unsubscribe_url": "https://x/u", "my_data_url": "https://x/d"}
    )
    assert email.subject == "Donatorska konferencija 2020."
    for part in (email.text, email.html):
        assert "15. oktobar 2020." in part
        assert "Sala Skupštine opštine, Klokot" in part
        assert "Okrugli sto sa privrednicima" in part
        assert "Program" in part


PROBE = """
import json, django
django.setup()
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Locale
from partners.promotion import InvestIndexPage, InvestorNewsPage

client = Client()
index = InvestIndexPage.objects.get(locale__language_code="en")
news = InvestorNewsPage(title="Probe news", slug="probe-news", date="2021-01-10", intro="Probe.")
index.add_child(instance=news)
news.save_revision().publish()
client.force_login(get_user_model().objects.filter(is_superuser=True).first())
edit = client.get(f"/admin/pages/{news.pk}/edit/").content.decode()
paths = [index.url, index.url + "feed/", news.url, index.url + "donors-projects/",
         "/api/v3/donor-projects/?locale=en", "/api/v3/pages/?type=partners.InvestorNewsPage"]
print(json.dumps({
    "statuses": {path: client.get(path).status_code for path in paths},
    "live": InvestorNewsPage.objects.get(pk=news.pk).live,
    "in_feed": "Probe news" in client.get(index.url + "feed/").content.decode(),
    "send_in_edit_menu": f"/admin/mail/send/{news.pk}/" in edit,
    "send_screen": client.get(f"/admin/mail/send/{news.pk}/").status_code,
}))
"""


def probe(template: Path, tmp_path: Path, removed: str) -> dict:
    database = tmp_path / f"probe-{removed or 'all'}.sqlite3"
    shutil.copyfile(template, database)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.services.settings_without_plugin",
        "REMOVE_APPS": removed,
        "DATABASE_URL": f"sqlite:///{database}",
    }
    env.pop("CACHE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict = json.loads(result.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.slow
def test_without_subscriptions_the_section_publishes_and_serves_without_sending(
    shared_tmp, tmp_path
):
    template = demo_db.sqlite_template(shared_tmp)
    without = probe(template, tmp_path, "services.subscriptions")
    assert set(without["statuses"].values()) == {200}, without["statuses"]
    assert without["live"] and without["in_feed"]
    assert not without["send_in_edit_menu"] and without["send_screen"] == 404
    # The control: the same probe with the plugin installed does see the sending.
    installed = probe(template, tmp_path, "")
    assert set(installed["statuses"].values()) == {200}, installed["statuses"]
    assert installed["send_in_edit_menu"] and installed["send_screen"] == 200
