"""Factories of the news section's tests."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from news.articles import NewsCategory, NewsIndexPage, NewsKind, NewsPage
from news.press import MediaCoverage, MediaOutlet, OutletKind


def source_locale() -> Locale:
    return Locale.objects.get(language_code="sq")


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsCategory

    name = factory.Sequence(lambda n: f"Kategoria {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    locale = factory.LazyFunction(source_locale)


class MediaOutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MediaOutlet

    name = factory.Sequence(lambda n: f"Radio {n}")
    kind = OutletKind.RADIO
    website = "https://radio.example.org/"


class NewsPageFactory(wagtail_factories.PageFactory):
    """A news item; give ``parent`` (the news index) and it is added under it."""

    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Lajmi {n}")
    intro = "Një lajm i shkurtër."
    date = datetime.date(2030, 1, 15)
    kind = NewsKind.NEWS


class MediaCoverageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MediaCoverage

    outlet = factory.SubFactory(MediaOutletFactory)
    date = datetime.date(2030, 2, 1)
    headline = factory.Sequence(lambda n: f"Raporti {n}")
    url = "https://radio.example.org/lajmi"


LANGUAGES = ("sq", "sr-latn", "en")
HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}


def news_index(language: str = "sq") -> NewsIndexPage:
    """The demo's news index in ``language``."""

    return NewsIndexPage.objects.get(locale__language_code=language)


def demo_release(language: str = "sq") -> NewsPage:
    """The demo's press release on the strategy's adoption (No. 1/2019) in ``language``."""
    return NewsPage.objects.get(
        locale__language_code=language, kind=NewsKind.PRESS_RELEASE, release_number="1/2019"
    )


def demo_news(language: str = "sq") -> NewsPage:
    """A demo news item that is no press release (the OSCE's support)."""
    page = demo_release("sq")
    item = NewsPage.objects.filter(
        locale=page.locale, kind=NewsKind.NEWS, category__slug="mayor"
    ).order_by("date")[0]
    return item.get_translation(Locale.objects.get(language_code=language))
