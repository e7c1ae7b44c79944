"""A translation a user may work on, found by its id: one lookup for every screen that takes
one (sending for review, restarting sync, PO files)."""

from typing import Any

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance


def target_of(translation: Translation) -> Any:
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error


def editable_translation(
    request: HttpRequest, translation_id: int, **filters: Any
) -> tuple[Translation, Any]:
    """The translation and its target, when the user may edit the target (404 when either is
    missing, 403 when not theirs)."""
    translation = get_object_or_404(Translation, pk=translation_id, **filters)
    instance = target_of(translation)
    if not user_can_edit_instance(request.user, instance):
        raise PermissionDenied
    return translation, instance
