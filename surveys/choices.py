"""The form builder's choices, split the way Wagtail splits them, and matched across languages by
their position."""

from __future__ import annotations

#: Question types whose answer is one or more of the listed choices.
SINGLE_CHOICE_TYPES = ("dropdown", "radio")
MULTIPLE_CHOICE_TYPES = ("checkboxes", "multiselect")
CHOICE_TYPES = SINGLE_CHOICE_TYPES + MULTIPLE_CHOICE_TYPES
#: Types the summary counts (a lone checkbox counts ticked and not ticked).
COUNTED_TYPES = (*CHOICE_TYPES, "checkbox")


def split_choices(text: str) -> list[str]:
    """As ``wagtail.contrib.forms.forms``: one choice a line, or comma-separated on one line."""
    lines = text.strip().splitlines()
    if len(lines) > 1:
        choices = [line.strip().rstrip(",").strip() for line in lines]
    else:
        choices = [part.strip() for part in text.split(",")]
    return [choice for choice in choices if choice]


def to_source(answer: str, choices: list[str], source_choices: list[str]) -> str:
    """A choice in the respondent's wording as the source's choice at the same position. Kept
    as given when the translation does not list as many choices as the source (a translator
    dropped or merged one): matching by position would then record another answer than the one
    chosen; the summary shows it apart, in the respondent's words."""
    if len(choices) != len(source_choices):
        return answer
    try:
        position = choices.index(answer)
    except ValueError:
        return answer
    return source_choices[position]
