"""Amounts, dates and month names as each language writes them (docs/LANGUAGE.md), in the
format helpers and where citizens read them: the bulletin's page, its PDF and its e-mail, the
complaint's e-mail and tracking page, and the admin's lists."""

from __future__ import annotations

import datetime
import io
import os
from decimal import Decimal

import pytest
from django.core import mail
from django.template import Context, Template
from django.urls import reverse
from django.utils import formats, timezone, translation

from services.formats import language_name, money, month_year

NBSP = "\u00a0"
DAY = datetime.date(2019, 4, 5)

#: language -> (amount, numeric date, long date, month and year, the issue's line)
EXPECTED = {
    "sq": (f"1.234,50{NBSP}€", "05.04.2019", "5 prill 2019", "prill 2019", "Nr. 1, prill 2019"),
    "sr-latn": (
        f"1.234,50{NBSP}€",
        "05.04.2019.",
        "5. april 2019.",
        "april 2019.",
        "Br. 1, april 2019.",
    ),
    "en": ("€1,234.50", "5 April 2019", "5 April 2019", "April 2019", "No. 1, April 2019"),
}
LANGUAGES = list(EXPECTED)


@pytest.mark.parametrize("language", LANGUAGES)
def test_amounts_dates_and_months_follow_the_style_guide(language):
    amount, numeric, long, month, _line = EXPECTED[language]
    with translation.override(language):
        assert money(Decimal("1234.5")) == amount
        assert formats.date_format(DAY, "SHORT_DATE_FORMAT") == numeric
        assert formats.date_format(DAY, "DATE_FORMAT") == long
        assert month_year(2019, 4) == month
        assert formats.date_format(DAY, "YEAR_MONTH_FORMAT") == month


def test_money_groups_thousands_and_keeps_bad_values_off_the_page():
    with translation.override("sq"):
        assert money(1234567.891) == f"1.234.567,89{NBSP}€"
        assert money(-5) == f"-5,00{NBSP}€"
        assert money(0) == f"0,00{NBSP}€"
        assert [money(v) for v in (None, "", "abc", True, float("nan"))] == [""] * 5
    with translation.override("en"):
        assert money("-1234.5") == "-€1,234.50"


@pytest.mark.parametrize(
    "language, months, weekday",
    [
        ("sq", ["janar", "prill", "korrik", "dhjetor"], "e premte"),
        ("sr-latn", ["januar", "april", "jul", "decembar"], "petak"),
        ("en", ["January", "April", "July", "December"], "Friday"),
    ],
)
def test_month_and_weekday_names_are_lowercase_in_albanian_and_serbian(language, months, weekday):
    # Django's own Albanian names are capitalised ("Prill"): the project catalog wins.
    with translation.override(language):
        names = [formats.date_format(datetime.date(2019, m, 1), "F") for m in (1, 4, 7, 12)]
        assert names == months
        assert formats.date_format(DAY, "l") == weekday


def test_the_template_filters():
    template = Template(
        "{% load local_formats %}{{ amount|money }}|{{ issue|month_year }}|{{ code|language_name }}"
        "|{{ bad|money }}{{ bad|month_year }}"
    )
    issue = type("Issue", (), {"year": 2019, "month": 4})()
    context = Context({"amount": Decimal("1234.5"), "issue": issue, "code": "sr-latn", "bad": "x"})
    with translation.override("sq"):
        assert template.render(context) == f"1.234,50{NBSP}€|prill 2019|serbisht|"
    with translation.override("sr-latn"):
        assert template.render(context) == f"1.234,50{NBSP}€|april 2019.|srpski|"


def test_language_names_inside_sentences_are_the_active_languages():
    with translation.override("sq"):
        assert [str(language_name(c)) for c in ("sq", "sr-latn", "en")] == [
            "shqip",
            "serbisht",
            "anglisht",
        ]
    with translation.override("sr-latn"):
        assert str(language_name("sq")) == "albanski"
    assert str(language_name("xx")) == "xx"


# --- Where citizens read them ------------------------------------------------------------------


def _require_weasyprint():
    try:
        import weasyprint  # noqa: F401
    except OSError as error:  # Pango missing on this machine
        reason = f"WeasyPrint cannot load its system libraries ({error})"
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)


@pytest.fixture
def issue_with_a_project(locales, django_capture_on_commit_callbacks):
    """The demo's issue no. 1 (April 2019), in every language, with a realised project worth
    1234.50 € started on 5 April 2019 and an event on that day; published (PDFs built)."""
    from bulletin.models import BulletinIssuePage

    source = BulletinIssuePage.objects.get(locale=locales["sq"], number=1)
    issues = {}
    for language in LANGUAGES:
        issue = source.get_translation(locales[language]).specific
        sections = [(block.block_type, block.value) for block in issue.sections]
        sections.append(
            (
                "project",
                {
                    "name": "Ndriçimi publik",
                    "value_eur": Decimal("1234.50"),
                    "started": DAY,
                    "finished": DAY,
                },
            )
        )
        sections.append(("event", {"title": "Seanca", "date": DAY}))
        issue.sections = sections
        with django_capture_on_commit_callbacks(execute=True):
            issue.save_revision().publish()
        issues[language] = BulletinIssuePage.objects.get(pk=issue.pk)
    return issues


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_bulletin_page_shows_amounts_dates_and_months_in_its_language(
    client, issue_with_a_project, language
):
    amount, _numeric, long, _month, line = EXPECTED[language]
    html = client.get(issue_with_a_project[language].url).content.decode()
    assert line in html
    assert amount in html
    assert long in html
    assert "Prill" not in html.replace("Prill 2019:", "")  # only a title starts with it


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_edition_prints_amounts_dates_and_months_in_its_language(
    issue_with_a_project, language
):
    _require_weasyprint()
    import pypdf

    from bulletin.models import IssuePDF

    edition = IssuePDF.objects.get(page=issue_with_a_project[language])
    reader = pypdf.PdfReader(io.BytesIO(edition.document.file.read()))
    text = " ".join(page.extract_text() for page in reader.pages)
    text = text.replace(NBSP, " ")
    amount, _numeric, long, _month, line = EXPECTED[language]
    assert line in text
    assert amount.replace(NBSP, " ") in text
    assert long in text


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_bulletin_email_writes_amounts_dates_and_months_in_its_language(
    issue_with_a_project, language
):
    from services.subscriptions.mailing import deliver, start_mailing
    from tests.factories import SubscriberFactory

    SubscriberFactory(email="reader@example.org", language=language, topics=["bulletin"])
    deliver(start_mailing(issue_with_a_project[language], "bulletin").pk)
    (message,) = mail.outbox
    amount, _numeric, long, _month, line = EXPECTED[language]
    html, _kind = message.alternatives[0]
    assert line in message.body and line in html
    assert long in message.body and long in html
    assert amount in html
    # The unsubscribe link asks politely (2pl), like the instruction beside it.
    link = {"sq": "Çabonohuni", "sr-latn": "Odjavite se", "en": "Unsubscribe"}[language]
    assert f">{link}</a>" in html and f"{link}:" in message.body


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_complaint_email_and_tracking_page_write_the_due_date_in_their_language(
    client, language
):
    from services.complaints.tasks import complaint_received
    from tests.factories import ComplaintFactory

    due = timezone.make_aware(datetime.datetime(2019, 4, 5, 12, 0))
    complaint = ComplaintFactory(language=language, email="citizen@example.org", due_at=due)
    complaint_received.call(complaint.pk)
    (message,) = mail.outbox
    numeric = EXPECTED[language][1]
    assert numeric in message.body
    # Serbian's year dot ends the sentence too: never "05.04.2019..".
    assert "2019.." not in message.body
    with translation.override(language):
        url = reverse("complaints:track")
    page = client.get(url, {"code": complaint.tracking_code})
    assert numeric in page.content.decode()


@pytest.mark.django_db
def test_admin_lists_write_dates_in_one_format(client):
    """The complaints list: the received column and the answer-due column alike."""
    from tests.factories import ComplaintFactory, UserFactory

    created = timezone.make_aware(datetime.datetime(2019, 4, 2, 9, 30))
    due = timezone.make_aware(datetime.datetime(2019, 4, 5, 12, 0))
    ComplaintFactory(created_at=created, due_at=due, subject="Llamba e fikur")
    client.force_login(UserFactory(username="coordinator", groups=["Information Office"]))
    html = client.get(reverse("complaints_complaint_modeladmin_index")).content.decode()
    assert "Llamba e fikur" in html
    # The admin is in English (WAGTAILADMIN_PERMITTED_LANGUAGES): "j F Y", never numeric.
    # The admin speaks the site's default language here (Albanian): both columns numeric, in
    # the same per-language format, not Django's "April 2, 2019, 9:30 a.m." beside it.
    assert "02.04.2019 09:30" in html
    assert "05.04.2019" in html
    assert "April" not in html and "a.m." not in html


@pytest.mark.parametrize(
    "language, days, shown",
    [
        ("sr-latn", 1, "1 dan"),
        ("sr-latn", 3, "3 dana"),
        ("sr-latn", 5, "5 dana"),
        ("sr-latn", 21, "21 dan"),
        ("sr-latn", 2.5, "2,5 dana"),
        ("sq", 1, "1 ditë"),
        ("sq", 1.5, "1,5 ditë"),
        ("en", 1, "1 day"),
        ("en", 1.5, "1.5 days"),
    ],
)
def test_the_median_time_to_answer_has_its_plural_form(language, days, shown):
    from django.template.loader import render_to_string

    from services.complaints.dashboard import plural_count

    stats = {"median_days": days, "median_days_plural": plural_count(days), "months": []}
    with translation.override(language):
        html = render_to_string("complaints/admin/dashboard_panel.html", {"stats": stats})
    assert f"<strong>{shown}</strong>" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "prefix, label, button",
    [
        ("/sq/", "Kërkimi", "Kërko"),
        ("/sr-latn/", "Pretraga", "Pretraži"),
        ("/en/", "Search", "Search"),
    ],
)
def test_search_is_a_noun_as_a_label_and_a_verb_on_the_button(client, prefix, label, button):
    html = client.get(prefix).content.decode()
    assert f'<label for="site-search">{label}</label>' in html
    assert f'<button type="submit">{button}</button>' in html
