"""wagtail-localize's screens, with the publishing rule of this product: only who may publish a
translation (the Information Office) can make it live, whichever screen the request comes from.

wagtail-localize checks only the permission to submit translations in "Sync translated pages"
(its update view), and its "Publish immediately" would make a translator's text live at once.
"""

from typing import Any

from django import forms
from django.core.exceptions import ObjectDoesNotExist
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import Translation
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from translations.queue import target_locales


def may_publish_every_target(user: Any, translations: list[Translation]) -> bool:
    """Whether ``user`` may publish each of these translations' targets (a new target, not yet
    created, counts as its source's)."""
    for translation in translations:
        try:
            instance = translation.get_target_instance()
        except ObjectDoesNotExist:
            instance = translation.source.get_source_instance()
        if isinstance(instance, Page):
            if not instance.permissions_for_user(user).can_publish():
                return False
        elif isinstance(instance, DraftStateMixin):
            meta = instance._meta
            if not user.has_perm(f"{meta.app_label}.publish_{meta.model_name}"):
                return False
    return True


PUBLISH_NOTICE = _(
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
