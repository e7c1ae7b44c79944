from decimal import Decimal

from django import template

from transparency.money import euro as format_euro

register = template.Library()


@register.filter
def euro(amount: Decimal | None) -> str:
    return format_euro(amount)
