"""The polls of the Klokot demo (``demo_data/polls.toml``): Albanian source, Serbian and English
through wagtail-localize. Running it again adds only what is missing."""

from __future__ import annotations

import datetime
import secrets
from typing import Any

from django.utils import timezone
from wagtail.models import Locale, Page

from services.demo import SOURCE, TARGETS, read_data, translate_all
from services.polls.models import Choice, Poll, Vote, VoteChoice

POLLS: list[dict[str, Any]] = read_data(__file__, "polls.toml")["poll"]


def _texts(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    # The order of the strings of a poll as wagtail-localize lists them: the question, the
    # description, then the answers.
    return {code: spec[code] for code in (SOURCE, *TARGETS)}


def load_demo(home: Page, locales: dict[str, Locale]) -> None:
    today = timezone.now().replace(hour=8, minute=0, second=0, microsecond=0)
    for spec in POLLS:
        sq = spec[SOURCE]
        poll = Poll.objects.filter(locale=locales[SOURCE], question=sq["question"]).first()
        if poll is None:
            poll = Poll(
                locale=locales[SOURCE],
                question=sq["question"],
                description=sq["description"],
                opens_at=today + datetime.timedelta(days=spec["opens_in_days"]),
                closes_at=today + datetime.timedelta(days=spec["closes_in_days"]),
                multiple=spec["multiple"],
                results_shown=spec["results_shown"],
            )
            poll.choices = [Choice(text=text, locale=locales[SOURCE]) for text in sq["choices"]]
            poll.save()
        translate_all(poll, _texts(spec), locales)
        if spec.get("votes") and not Vote.objects.filter(poll_key=poll.translation_key).exists():
            _votes(poll, spec["votes"])


def _votes(poll: Poll, per_answer: list[list[int]]) -> None:
    """Illustrative ballots: each answer's count per language, one answer per ballot (a
    multiple-choice poll's voters might tick several; the demo keeps it simple)."""
    languages = (SOURCE, *TARGETS)
    cast = poll.opens_at + datetime.timedelta(hours=3)
    for choice, counts in zip(poll.choices.all(), per_answer, strict=True):
        for language, count in zip(languages, counts, strict=True):
            for _ in range(count):
                vote = Vote.objects.create(
                    poll_key=poll.translation_key,
                    voter=secrets.token_hex(32),
                    language=language,
                    cast_at=cast,
                )
                VoteChoice.objects.create(vote=vote, choice_key=choice.translation_key)
