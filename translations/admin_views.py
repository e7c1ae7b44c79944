"""The "Translation queue" screen: what to translate next, in the languages the user works in."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from translations.queue import STATES, queue, target_locales


def translation_queue(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    locales = target_locales(request.user)
    chosen_locale = request.GET.get("locale", "")
    if chosen_locale:
        locales = [locale for locale in locales if locale.language_code == chosen_locale]
    items = queue(request.user, locales)
    everything = items
    state, model = request.GET.get("state", ""), request.GET.get("type", "")
    if state in STATES:
        items = [item for item in items if item.state == state]
    types = sorted({(item.model, item.kind) for item in everything})
    if model:
        items = [item for item in items if item.model == model]
    context = {
        "items": items,
        "locales": target_locales(request.user),
        "states": [
            (key, label, sum(1 for item in everything if item.state == key))
            for key, label in STATES.items()
        ],
        "types": types,
        "chosen": {"locale": chosen_locale, "state": state, "type": model},
    }
    return TemplateResponse(request, "translations/queue.html", context)
