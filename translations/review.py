"""From the translation editor to the review: a translator sends a finished translation on, as
a draft, into the same workflow as its source (the Bulletin review for an issue); publishing stays
with whoever may publish.

wagtail-localize's editor offers only "Publish in <language>", to those who may publish: without
this, a translator's finished work had no way forward.
"""

from typing import Any

from django.contrib import messages
from django.core.exceptions import (
    FieldDoesNotExist,
    ValidationError,
)
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, Page, WorkflowMixin, WorkflowState
from wagtail_localize.models import (
    MissingRelatedObjectError,
    MissingTranslationError,
    StringSegment,
    Translation,
)

from home.official import held_for, holdups
from services.formats import language_name
from translations import po
from translations.access import editable_translation, target_of
from translations.models import QueueClaim


def may_publish(user: Any, instance: Any) -> bool:
    if isinstance(instance, Page):
        return bool(instance.permissions_for_user(user).can_publish())
    meta = instance._meta
    return bool(user.has_perm(f"{meta.app_label}.publish_{meta.model_name}"))


def send_for_review(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation, instance = editable_translation(request, translation_id, enabled=True)
    edit_url = translation.get_target_instance_edit_url()
    if request.method != "POST" or not isinstance(instance, DraftStateMixin):
        return redirect(edit_url)
    missing = untranslated_fields(translation, instance)
    if missing:
        messages.error(
            request,
            _(
                "Not translated yet: %(fields)s. Translate every segment before sending the "
                "translation for review."
            )
            % {"fields": ", ".join(missing)},
        )
        return redirect(edit_url)
    # A new revision carries the translated text; the object itself is not written, so a live
    # page keeps serving its published text until the review publishes this revision
    # (wagtail-localize's save_target(publish=False) would write the live row too).
    try:
        draft = translation.source.get_ephemeral_translated_instance(
            translation.target_locale, fallback=False
        )
        if isinstance(draft, Page):
            # As wagtail-localize does when it saves a translation: a translated slug is made
            # valid and unique among its siblings.
            draft.slug = find_available_slug(
                draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk
            )
        draft.save_revision(user=request.user)
    except (MissingRelatedObjectError, MissingTranslationError):
        messages.error(
            request,
            _(
                "A snippet this text uses is not translated into %(language)s yet: translate it "
                "first."
            )
            % {"language": language_name(translation.target_locale.language_code)},
        )
        return redirect(edit_url)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(edit_url)
    instance = target_of(translation)
    workflow = instance.get_workflow() if isinstance(instance, WorkflowMixin) else None
    if workflow is None:
        messages.success(
            request,
            _("The translation is saved as a draft: the Information Office publishes it."),
        )
        return redirect(edit_url)
    state = instance.current_workflow_state
    if state is None:
        workflow.start(instance, request.user)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    messages.success(
        request,
        _("The translation is sent for review (%(workflow)s).") % {"workflow": workflow.name},
    )
    return redirect(edit_url)


def untranslated_fields(translation: Translation, instance: Any) -> list[str]:
    """The fields (by their label, with the editor's tab for those outside "Content", such as
    the slug) that still have untranslated segments."""
    paths = (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .values_list("context__path", flat=True)
    )
    labels = []
    for path in paths:
        name = path.split(".")[0]
        try:
            field = instance._meta.get_field(name)
            label = str(field.verbose_name)
        except FieldDoesNotExist:
            label = name
        if isinstance(instance, Page) and name in PROMOTE_FIELDS:
            label = _("%(field)s (on the Promote tab)") % {"field": label}
        if label not in labels:
            labels.append(label)
    return labels


#: Page fields wagtail-localize translates that the editor shows outside the Content tab.
PROMOTE_FIELDS = {"slug", "seo_title", "search_description"}


def review_panel(request: HttpRequest, translation: Translation, instance: Any) -> dict[str, Any]:
    """What the editor's review panel shows: progress, where the translation is on its way to
    readers, who took it, and whether the user can send it on."""
    total, translated = translation.get_progress()
    claim = (
        QueueClaim.objects.filter(
            translation_key=translation.source.object_id, locale=translation.target_locale
        )
        .select_related("user")
        .first()
    )
    state = instance.current_workflow_state if isinstance(instance, WorkflowMixin) else None
    workflow = instance.get_workflow() if isinstance(instance, WorkflowMixin) else None
    reviewable = isinstance(instance, DraftStateMixin)
    waiting = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state if waiting and state is not None else None
    reviews = bool(
        task_state is not None and task_state.task.specific.get_actions(instance, request.user)
    )
    return {
        "translation": translation,
        "reviews": reviews,
        "total": total,
        "translated": translated,
        "complete": translated >= total,
        "taken_by": claim.user if claim else None,
        "workflow": workflow,
        "in_review": state if waiting else None,
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "held": isinstance(instance, Page) and held_for(instance) is not None,
        "holdups": holdups(instance) if isinstance(instance, Page) else [],
        "can_send": reviewable and not waiting,
        "may_publish": may_publish(request.user, instance),
        "live": getattr(instance, "live", True),
        "batch_size": len(po.batch(translation)),
    }
