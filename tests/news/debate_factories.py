"""Factories and helpers of the public debates' tests."""

import datetime

import factory
import wagtail_factories
from captcha.models import CaptchaStore
from django.utils import timezone
from wagtail.models import Locale

from news.debates import DebateComment, PublicDebatePage
from news.events import EventIndexPage
from tests.factories import DocumentFactory


def events_index(language: str = "sq") -> EventIndexPage:
    return EventIndexPage.objects.get(locale__language_code=language)


class PublicDebatePageFactory(wagtail_factories.PageFactory):
    """A consultation open today for 20 days; give ``parent`` (an events index)."""

    class Meta:
        model = PublicDebatePage

    title = factory.Sequence(lambda n: f"Debati publik {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=3))
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=2))
    comments_open = factory.LazyFunction(timezone.localdate)
    comments_close = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=19)
    )
    draft_sq = factory.SubFactory(DocumentFactory, title="Drafti")
    draft_sr = factory.SubFactory(DocumentFactory, title="Nacrt")


class DebateCommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DebateComment

    text = "Një koment."
    language = "sq"


def solved_captcha(client) -> dict[str, str]:
    key = client.get("/api/v3/captcha/").json()["key"]
    return {"captcha_key": key, "captcha_answer": CaptchaStore.objects.get(hashkey=key).response}


def captcha_from(response) -> dict[str, str]:
    """The challenge the page's form shows, solved."""
    key = response.context["form"]["captcha_key"].value()
    return {"captcha_key": key, "captcha_answer": CaptchaStore.objects.get(hashkey=key).response}


def comment_data(**overrides) -> dict[str, str]:
    data = {
        "text": "Neni 12 duhet të ketë një tarifë më të ulët për fshatrat.",
        "section": "Neni 12",
        "name": "Vesna Marković",
        "email": "Vesna@example.org",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def open_debate(language: str = "sq") -> PublicDebatePage:
    """The demo's open consultation (the draft regulation) in ``language``."""
    page = (
        PublicDebatePage.objects.filter(
            locale=Locale.objects.get(language_code=language), concluded=False
        )
        .order_by("-comments_close")
        .first()
    )
    assert page is not None and page.comments_accepted
    return page


def concluded_debate(language: str = "sq") -> PublicDebatePage:
    """The demo's debate on the strategy (2019, concluded)."""
    return PublicDebatePage.objects.get(
        locale__language_code=language, concluded=True, start__year=2019
    )


def close(debate: PublicDebatePage) -> None:
    """Move the comment period into the past (every language: the dates are synchronised)."""
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    PublicDebatePage.objects.filter(translation_key=debate.translation_key).update(
        comments_open=yesterday - datetime.timedelta(days=20), comments_close=yesterday
    )
