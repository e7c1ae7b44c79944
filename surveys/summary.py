"""The summary of a survey, question by question: counts per choice for the questions with
choices, the answers themselves for the others.

Every translation's answers are stored on the survey's source page with their choices in the
source's wording (``surveys.respond.store``), so the counts are of all languages together and
the labels are the source's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import FormSubmission

from surveys.choices import COUNTED_TYPES, MULTIPLE_CHOICE_TYPES, split_choices
from surveys.respond import LANGUAGE_KEY

#: Free-text answers shown on the summary itself (the rest on the question's own pages).
PREVIEW = 5


@dataclass
class Question:
    name: str
    label: str
    field_type: str
    #: Respondents who answered the question.
    total: int = 0
    #: For counted questions: dicts with label, count, percent (the chart's rows).
    rows: list[dict[str, Any]] = field(default_factory=list)
    #: For the others: the first answers, newest first.
    answers: list[str] = field(default_factory=list)

    @property
    def counted(self) -> bool:
        return self.field_type in COUNTED_TYPES


def _rows(counts: Counter[str], labels: list[str], total: int) -> list[dict[str, Any]]:
    # The choices in their order, then anything answered that is no longer a choice.
    order = labels + [label for label in counts if label not in labels]
    return [
        {
            "label": label,
            "count": counts[label],
            "percent": round(100 * counts[label] / total, 1) if total else 0,
        }
        for label in order
    ]


def answers_of(submissions: QuerySet[FormSubmission], name: str) -> list[str]:
    """The non-empty answers to the question ``name``, newest first."""
    values = (submission.form_data.get(name) for submission in submissions.order_by("-pk"))
    return [str(value).strip() for value in values if value not in (None, "", [])]


def summarise(
    source: Any, submissions: QuerySet[FormSubmission], shown: Any = None
) -> list[Question]:
    """Each question of ``source`` summarised; labelled in the translation ``shown`` (the
    question with the same translation key, its choices by position) when one is given."""
    data = [submission.form_data for submission in submissions.order_by("-pk")]
    labels = {q.translation_key: q for q in (shown or source).get_form_fields()}
    questions = []
    for question in source.get_form_fields():
        name = question.clean_name
        own = labels.get(question.translation_key, question)
        summary = Question(name=name, label=own.label, field_type=question.field_type)
        values = [answer.get(name) for answer in data if name in answer]
        if question.field_type == "checkbox":
            counts = Counter(str(_("Yes") if value else _("No")) for value in values)
            summary.total = len(values)
            summary.rows = _rows(counts, [str(_("Yes")), str(_("No"))], summary.total)
        elif question.field_type in COUNTED_TYPES:
            counts = Counter()
            for value in values:
                chosen = value if question.field_type in MULTIPLE_CHOICE_TYPES else [value]
                chosen = [item for item in chosen or [] if item]
                counts.update(set(chosen))
                summary.total += bool(chosen)
            summary.rows = _rows(counts, split_choices(question.choices), summary.total)
            _relabel(summary.rows, split_choices(question.choices), split_choices(own.choices))
        else:
            answers = [str(value).strip() for value in values if value not in (None, "", [])]
            summary.total = len(answers)
            summary.answers = answers[:PREVIEW]
        questions.append(summary)
    return questions


def _relabel(rows: list[dict[str, Any]], source: list[str], shown: list[str]) -> None:
    for row in rows:
        if row["label"] in source and source.index(row["label"]) < len(shown):
            row["label"] = shown[source.index(row["label"])]


def languages(submissions: QuerySet[FormSubmission]) -> list[dict[str, Any]]:
    """How many answered in each language (the chart's rows)."""
    names = dict(settings.LANGUAGES)
    counts = Counter(str(s.form_data.get(LANGUAGE_KEY, "")) for s in submissions)
    total = sum(counts.values())
    return [
        {
            "label": str(names.get(code, code)),
            "count": counts[code],
            "percent": round(100 * counts[code] / total, 1) if total else 0,
        }
        for code in [code for code, _name in settings.LANGUAGES if counts[code]]
        + sorted(code for code in counts if code not in names)
    ]
