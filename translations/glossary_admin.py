"""The glossary in the Wagtail admin: a translatable snippet that each person edits in the
languages they work in.

"Their languages" are those whose page tree they may edit (the same rule as the translation
queue and "Translate"): a translator of Serbian edits the Serbian entries (through
wagtail-localize's editor, like any translated snippet) and only reads the others; Editors and
the Information Office, whose page permissions cover every tree, keep the whole glossary.
Wagtail's snippet views and wagtail-localize's editing endpoints check only model permissions,
so the language rule is added here: to the snippet's views, and in front of the
wagtail-localize endpoints that change a translation (same addresses, registered before
wagtail-localize's own, as ``translations/wagtail_hooks.py`` does for its other screens).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    IndexView,
    SnippetViewSet,
)
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

from translations.machine_translation import machine_translate
from translations.models import GlossaryTerm

#: Reading needs no particular language.
READ_ACTIONS = {"view"}


def user_languages(user: Any) -> set[int]:
    """The ids of the locales ``user`` works in: those whose home page they may edit.
    Remembered on the user object, so a listing asks once per request, not once per row."""
    cached: set[int] | None = getattr(user, "_translations_languages", None)
    if cached is not None:
        return cached
    homes = Page.objects.filter(depth=2).select_related("locale")
    if user.is_active and user.is_superuser:
        languages = set(Locale.objects.values_list("pk", flat=True))
    else:
        languages = {home.locale_id for home in homes if home.permissions_for_user(user).can_edit()}
    user._translations_languages = languages
    return languages


class LanguagePermissionPolicy(ModelPermissionPolicy):
    """Model permissions, and for changing or deleting an instance, its language must be one
    of the user's."""

    def _in_their_language(self, user: Any, actions: Iterable[str], instance: Model) -> bool:
        if set(actions) <= READ_ACTIONS:
            return True
        return getattr(instance, "locale_id", None) in user_languages(user)

    def user_has_permission_for_instance(self, user: Any, action: str, instance: Model) -> bool:
        return bool(
            self.user_has_permission(user, action)
            and self._in_their_language(user, [action], instance)
        )

    def user_has_any_permission_for_instance(
        self, user: Any, actions: Iterable[str], instance: Model
    ) -> bool:
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(
        self, user: Any, actions: Iterable[str]
    ) -> QuerySet[Any]:
        instances: QuerySet[Any] = super().instances_user_has_any_permission_for(user, actions)
        if set(actions) <= READ_ACTIONS:
            return instances
        return instances.filter(locale_id__in=user_languages(user))


def may_change(user: Any, instance: Model) -> bool:
    """Whether the language rule lets ``user`` change ``instance`` (objects under another
    permission policy, such as pages, are left to that policy)."""
    policy = policy_registry.get_by_type(type(instance))
    if not isinstance(policy, LanguagePermissionPolicy):
        return True
    return bool(policy.user_has_permission_for_instance(user, "change", instance))


class _InTheirLanguage:
    """For a view on one object: refuse it when the object is in another language."""

    request: HttpRequest
    object: Model
    permission_required: str
    permission_policy: LanguagePermissionPolicy

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not self.permission_policy.user_has_permission_for_instance(
            request.user, self.permission_required, self.object
        ):
            raise PermissionDenied
        response: HttpResponse = super().dispatch(request, *args, **kwargs)  # type: ignore[misc]
        return response


class GlossaryEditView(_InTheirLanguage, EditView):
    pass


class GlossaryDeleteView(_InTheirLanguage, DeleteView):
    pass


class GlossaryCreateView(CreateView):
    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # A new entry is in the language chosen for it (the "locale" parameter).
        if self.locale is not None and self.locale.pk not in user_languages(request.user):
            raise PermissionDenied
        response: HttpResponse = super().dispatch(request, *args, **kwargs)
        return response


class GlossaryIndexView(IndexView):
    """The list links to the editor only where the user may edit (others open read-only)."""

    def get_edit_url(self, instance: GlossaryTerm) -> str | None:
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", instance
        ):
            return None
        url: str | None = super().get_edit_url(instance)
        return url

    def get_delete_url(self, instance: GlossaryTerm) -> str | None:
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "delete", instance
        ):
            return None
        url: str | None = super().get_delete_url(instance)
        return url


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "list-ul"
    menu_label = _("Glossary")
    menu_order = 251  # beside the translation queue
    add_to_admin_menu = True
    list_display = ["term", "note", "locale"]
    inspect_view_enabled = True  # those who only read an entry open it here
    index_view_class = GlossaryIndexView
    add_view_class = GlossaryCreateView
    edit_view_class = GlossaryEditView
    delete_view_class = GlossaryDeleteView


# Before the viewset is registered: Wagtail would otherwise make a plain model policy for it.
register_permission_policy(GlossaryTerm, LanguagePermissionPolicy(GlossaryTerm))
register_snippet(GlossaryViewSet)


View = Callable[..., HttpResponse]


def in_their_language(view: View) -> View:
    """Put the language rule in front of a wagtail-localize endpoint that changes the
    translation named by ``translation_id`` (wagtail-localize checks only the model's
    permission for snippets)."""

    @wraps(view)  # keeps the endpoint's own attributes (csrf_exempt for its API views)
    def guarded(request: HttpRequest, translation_id: int, *args: Any, **kwargs: Any) -> Any:
        translation = get_object_or_404(Translation, pk=translation_id)
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            target = None
        if target is not None and not may_change(request.user, target):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return guarded


@hooks.register("register_admin_urls")  # type: ignore[untyped-decorator]
def guarded_translation_endpoints() -> list[URLPattern]:
    # wagtail-localize's addresses (its app is mounted at /admin/localize/), reached here
    # first because this app comes before it in INSTALLED_APPS. (Its PO file addresses are
    # translations.po_views', guarded the same way in wagtail_hooks.)
    prefix = "localize/translate/<int:translation_id>/"
    return [
        path(
            prefix + "strings/<int:string_segment_id>/edit/",
            in_their_language(edit_translation.edit_string_translation),
            name="translations_edit_string",
        ),
        path(
            prefix + "overrides/<int:overridable_segment_id>/edit/",
            in_their_language(edit_translation.edit_override),
            name="translations_edit_override",
        ),
        path(
            prefix + "machine_translate/",
            in_their_language(machine_translate),
            name="translations_machine_translate",
        ),
        path(
            prefix + "disable/",
            in_their_language(edit_translation.stop_translation),
            name="translations_stop_translation",
        ),
    ]
