import datetime
from typing import Any

import pytest
from django.utils import timezone

from services.demo import translate
from services.polls.models import Choice, Poll

SQ_CHOICES = ["Po", "Jo", "Nuk e di"]
SR_CHOICES = ["Da", "Ne", "Ne znam"]


def make_poll(locales: dict[str, Any], *, translated: bool = True, **fields: Any) -> Poll:
    """A poll in Albanian with three answers, translated into Serbian (wagtail-localize)."""
    now = timezone.now()
    values = {
        "question": "A duhet të ketë më shumë ndriçim rrugor?",
        "description": "Pyetje prove.",
        "opens_at": now - datetime.timedelta(days=1),
        "closes_at": now + datetime.timedelta(days=10),
        **fields,
    }
    poll = Poll(locale=locales["sq"], **values)
    poll.choices = [Choice(text=text, locale=locales["sq"]) for text in SQ_CHOICES]
    poll.save()
    if translated:
        mapping = {
            values["question"]: "Da li treba da bude više ulične rasvete?",
            values["description"]: "Probno pitanje.",
            **dict(zip(SQ_CHOICES, SR_CHOICES, strict=True)),
        }
        translate(poll, locales["sr-latn"], mapping)
    return poll


@pytest.fixture
def poll(locales) -> Poll:
    return make_poll(locales)


def choice_id(poll: Poll, position: int) -> str:
    return str(list(poll.choices.all())[position].pk)
