from django import template
from wagtail_localize.models import Translation

from translations.glossary import GlossaryEntry, glossary_for

register = template.Library()


@register.simple_tag
def glossary_entries(translation: Translation) -> list[GlossaryEntry]:
    """The glossary terms in the text ``translation`` translates (translations.glossary)."""
    return glossary_for(translation)
