"""A poll in the bulletin: the web edition shows the ballot, the e-mail and the PDF (which
cannot vote) its question and the address where readers vote."""

import pytest
from django.core import mail

from bulletin.models import BulletinIssuePage, IssuePDF
from services.polls.models import Poll
from services.subscriptions.mailing import deliver, start_mailing
from tests.bulletin.test_editions import pdf_text
from tests.bulletin.test_pdf import _require_weasyprint
from tests.factories import DocumentFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

QUESTION = "Si preferoni të merrni informacione nga komuna?"


@pytest.fixture
def issue(locales):
    poll = Poll.objects.get(locale=locales["sq"], question=QUESTION)
    issue = BulletinIssuePage.objects.get(locale=locales["sq"], number=4).specific
    issue.sections.append(
        ("poll", {"service": "polls", "title": "Sondazhi i muajit", "options": str(poll.pk)})
    )
    issue.save_revision().publish()
    return issue, poll


def test_the_web_edition_shows_the_ballot(client, issue):
    page, poll = issue
    html = client.get(page.url).content.decode()
    assert "Sondazhi i muajit" in html
    assert f'action="/sq/sondazhet/{poll.pk}/"' in html
    assert 'name="choice"' in html


def test_the_mail_carries_the_question_and_an_absolute_link_to_vote(issue, settings):
    page, poll = issue
    IssuePDF.objects.update_or_create(page=page, defaults={"document": DocumentFactory()})
    SubscriberFactory(email="lexuesi@example.org", language="sq", topics=["bulletin"])
    deliver(start_mailing(page, "bulletin", queue=False).pk)
    (message,) = mail.outbox
    html = message.alternatives[0][0]
    link = f"{settings.BASE_URL}/sq/sondazhet/{poll.pk}/"
    assert f'<a href="{link}">{link}</a>' in html
    assert QUESTION in html and 'name="choice"' not in html
    assert QUESTION in message.body and link in message.body
    assert "Votoni dhe shihni rezultatet në uebfaqe:" in message.body


def test_the_pdf_prints_the_question_and_the_address_to_vote_at(issue, settings):
    _require_weasyprint()
    from bulletin.pdf import render_pdf

    page, poll = issue
    text = pdf_text(render_pdf(page))
    assert "Sondazhi i muajit" in text and QUESTION in text
    assert f"/sq/sondazhet/{poll.pk}/" in text.replace("\n", "")


def test_a_poll_block_whose_poll_is_gone_shows_nothing_in_any_edition(client, issue):
    page, poll = issue
    Poll.objects.filter(translation_key=poll.translation_key).delete()
    html = client.get(page.url).content.decode()
    assert "Sondazhi i muajit" not in html
    mailed = page.render_email({"unsubscribe_url": "u", "my_data_url": "d"})
    assert "Sondazhi i muajit" not in mailed.html and "Sondazhi i muajit" not in mailed.text
