"""wagtail-localize's screens, with the publishing rule of this product: only who may publish a
translation (the Information Office) can make it live, whichever screen the request comes from.

wagtail-localize checks only the permission to submit translations in "Sync translated pages"
(its update view), and its "Publish immediately" would make a translator's text live at once.
"""

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import Translation
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from home.official import review_required
from translations.queue import target_locales


def may_publish_every_target(user: Any, translations: list[Translation]) -> bool:
    """Whether ``user`` may publish each of these translations' targets at once (a new target,
    not yet created, counts as its source's): never content that goes through a workflow."""
    for translation in translations:
        try:
            instance = translation.get_target_instance()
        except ObjectDoesNotExist:
            instance = translation.source.get_source_instance()
        if review_required(instance):
            return False
        if isinstance(instance, Page):
            if not instance.permissions_for_user(user).can_publish():
                return False
        elif isinstance(instance, DraftStateMixin):
            meta = instance._meta
            if not user.has_perm(f"{meta.app_label}.publish_{meta.model_name}"):
                return False
    return True


PUBLISH_NOTICE = gettext_lazy(
    "The translations are updated as drafts: publishing them is for the Information Office, "
    "through the review."
)


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    """The "Sync translated pages" screen, where "Publish immediately" is offered, and
    honoured, only to those who may publish every translation it would make live."""

    template_name = "translations/update_translations.html"

    @cached_property
    def may_publish(self) -> bool:
        translations = list(self.object.translations.filter(enabled=True))
        return may_publish_every_target(self.request.user, translations)

    def get_form(self) -> forms.Form:
        form: forms.Form = super().get_form()
        if not self.may_publish:
            field = form.fields["publish_translations"]
            # Not offered, and a disabled field ignores whatever is posted for it.
            field.disabled = True
            field.initial = False
            field.widget = forms.HiddenInput()
        return form

    def get_default_success_url(self) -> str:
        """After syncing, a translator goes on translating: to their translation's editor when
        the sync concerned one of their languages only, else to the queue."""
        allowed = set(target_locales(self.request.user))
        mine = [
            translation
            for translation in self.object.translations.filter(enabled=True).select_related(
                "target_locale"
            )
            if translation.target_locale in allowed
        ]
        if len(mine) == 1:
            try:
                return str(mine[0].get_target_instance_edit_url())
            except ObjectDoesNotExist:
                pass
        return reverse("translation_queue")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context_data(**kwargs)
        context["publish_notice"] = None if self.may_publish else PUBLISH_NOTICE
        return context


class OwnLanguagesOnly:
    """ "Translate": offers, and accepts, only the languages whose tree the user may edit (a
    translator of Serbian cannot start an English translation)."""

    def get_form(self) -> forms.Form:
        form: forms.Form = super().get_form()  # type: ignore[misc]
        allowed = [locale.pk for locale in target_locales(self.request.user)]  # type: ignore[attr-defined]
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(pk__in=allowed)  # type: ignore[attr-defined]
        return form


class GuardedSubmitPageTranslationView(OwnLanguagesOnly, SubmitPageTranslationView):
    pass


class GuardedSubmitSnippetTranslationView(OwnLanguagesOnly, SubmitSnippetTranslationView):
    pass


def no_alias(request: HttpRequest, page_id: int) -> HttpResponse:
    """wagtail-localize's "Convert to alias page", refused: it would show the source language's
    text, live, on a page of another language. A translation is translated, never aliased."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    messages.error(
        request,
        _(
            "A page in one language never shows another language's text: translate it instead "
            "of converting it to an alias of its source."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
