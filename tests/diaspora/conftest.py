import datetime

import pytest
from captcha.models import CaptchaStore

from diaspora.models import (
    DiasporaAssociationsPage,
    DiasporaEventPage,
    DiasporaIndexPage,
    DiasporaNewsPage,
    DiasporaServicePage,
)

LANGUAGES = ("sq", "sr-latn", "en")


def solved_captcha(client) -> dict[str, str]:
    key = client.get("/api/v3/captcha/").json()["key"]
    return {"captcha_key": key, "captcha_answer": CaptchaStore.objects.get(hashkey=key).response}


def captcha_from(response) -> dict[str, str]:
    """The challenge the page's form shows, solved."""
    key = response.context["form"]["captcha_key"].value()
    return {"captcha_key": key, "captcha_answer": CaptchaStore.objects.get(hashkey=key).response}


@pytest.fixture
def section(locales):
    """The section's pages of the demo, by type and language."""

    def find(model, language: str):
        return model.objects.filter(locale=locales[language]).order_by("path").first()

    return find


@pytest.fixture
def event(section) -> DiasporaEventPage:
    """The demo's St. Peter's Day, in Albanian (open: the demo places it next summer)."""
    page = section(DiasporaEventPage, "sq")
    assert page.registration_accepted
    return page


def close(event: DiasporaEventPage) -> None:
    """Move the gathering into the past (every language: the dates are synchronised)."""
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    DiasporaEventPage.objects.filter(translation_key=event.translation_key).update(
        start_date=yesterday - datetime.timedelta(days=2), end_date=yesterday
    )


def interest_data(**overrides) -> dict[str, str]:
    data = {
        "name": "Dragan Petrović",
        "email": "dragan@example.org",
        "country": "DE",
        "people": "4",
        "message": "Dolazimo kolima iz Štutgarta.",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


__all__ = [
    "LANGUAGES",
    "DiasporaAssociationsPage",
    "DiasporaIndexPage",
    "DiasporaNewsPage",
    "DiasporaServicePage",
    "captcha_from",
    "close",
    "interest_data",
    "solved_captcha",
]
