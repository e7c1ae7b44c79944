"""The "Translation queue" screen: what to translate next, in the languages the user works in."""

from typing import Any
from uuid import UUID

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from translations.models import QueueClaim, UrgentItem
from translations.queue import STATES, queue, target_locales


def translation_queue(request: HttpRequest) -> HttpResponse:
    # Translators work from it; editors follow it and mark what is urgent.
    translates = request.user.has_perm("wagtail_localize.submit_translation")
    if not translates and not may_mark_urgent(request.user):
        raise PermissionDenied
    if request.method == "POST":
        if request.POST.get("action") in ("urgent", "not_urgent"):
            mark_urgent(request)
        elif translates:
            take_or_release(request)
        else:
            raise PermissionDenied
        return redirect(request.get_full_path())
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
    sections = sorted({item.section for item in everything if item.section})
    section = request.GET.get("section", "")
    if section:
        items = [item for item in items if item.section == section]
    assignee = request.GET.get("assignee", "")
    if assignee == "mine":
        items = [item for item in items if item.taken_by == request.user]
    elif assignee == "nobody":
        items = [item for item in items if item.taken_by is None]
    context = {
        "items": items,
        "locales": target_locales(request.user),
        "states": [
            (key, label, sum(1 for item in everything if item.state == key))
            for key, label in STATES.items()
        ],
        "types": types,
        "sections": sections,
        "may_mark_urgent": may_mark_urgent(request.user),
        "translates": translates,
        "chosen": {
            "section": section,
            "locale": chosen_locale,
            "state": state,
            "type": model,
            "assignee": assignee,
        },
    }
    return TemplateResponse(request, "translations/queue.html", context)


def take_or_release(request: HttpRequest) -> None:
    """Take an item of one's own languages (not one another translator holds), or give back
    one's own."""
    try:
        key = UUID(request.POST.get("key", ""))
    except ValueError:
        messages.error(request, _("This item is no longer in the queue."))
        return
    locale = next(
        (
            locale
            for locale in target_locales(request.user)
            if locale.language_code == request.POST.get("language")
        ),
        None,
    )
    if locale is None:
        raise PermissionDenied
    user_id: int = request.user.pk or 0  # the view requires a logged-in user
    claims = QueueClaim.objects.filter(translation_key=key, locale=locale)
    if request.POST.get("action") == "release":
        claims.filter(user_id=user_id).delete()
        return
    try:
        with transaction.atomic():
            QueueClaim.objects.create(translation_key=key, locale=locale, user_id=user_id)
    except IntegrityError:
        holder = claims.select_related("user").first()
        if holder is not None and holder.user_id != user_id:
            messages.warning(
                request,
                _("%(name)s is already working on it.")
                % {"name": holder.user.get_full_name() or holder.user.get_username()},
            )


def may_mark_urgent(user: Any) -> bool:
    """Editors (who may edit the source language's pages), not translators."""
    root = Page.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).first()
    return bool(user.is_superuser or (root and root.permissions_for_user(user).can_edit()))


def mark_urgent(request: HttpRequest) -> None:
    if not may_mark_urgent(request.user):
        raise PermissionDenied
    try:
        key = UUID(request.POST.get("key", ""))
    except ValueError:
        messages.error(request, _("This item is no longer in the queue."))
        return
    if request.POST.get("action") == "urgent":
        UrgentItem.objects.get_or_create(
            translation_key=key, defaults={"marked_by_id": request.user.pk}
        )
    else:
        UrgentItem.objects.filter(translation_key=key).delete()
