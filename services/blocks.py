"""The one generic block through which pages show a plugin's widget.

Pages name the plugin by its slug, so page models and their migrations never depend on which
plugins are installed. A widget whose plugin is not installed renders nothing for visitors
and a notice in the editor's preview.

A plugin with an :class:`~services.registry.OptionChooser` gets Wagtail's searchable snippet
chooser in place of the ``options`` text input: the editor's JavaScript
(``services/js/service-options.js``) follows the block's ``service`` select and shows the
chooser of the chosen service, or the text input for a service without one. The value stays
the string it always was (the chosen object's primary key), and the options block still
deconstructs as a plain ``CharBlock``, so no page migration changes with it.
"""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.telepath import register
from wagtail.admin.telepath.widgets import WidgetAdapter
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.widgets import AdminSnippetChooser
from wagtail_localize.segments.extract import StreamFieldSegmentExtractor
from wagtail_localize.segments.ingest import StreamFieldSegmentsWriter

from services.registry import OptionChooser, registry, widget_choices
from services.urls import absolute


def chooser_widget(chooser: OptionChooser) -> AdminSnippetChooser | None:
    """Wagtail's snippet chooser for ``chooser``'s model (None when its app is missing)."""
    model = chooser.model_class()
    if model is None:
        return None
    return AdminSnippetChooser(model=model, choose_one_text=chooser.label)


class ServiceOptionsInput(forms.TextInput):
    """The ``options`` input: a text input, swapped in the editor for the chooser of the
    service selected in the block's ``service`` child (see ``ServiceOptionsInputAdapter``)."""

    #: The name of the sibling child whose value selects the chooser.
    service_field = "service"


class ServiceOptionsInputAdapter(WidgetAdapter):
    js_constructor = "services.blocks.ServiceOptionsInput"

    def js_args(self, widget: ServiceOptionsInput) -> list[Any]:
        # Read at each page load, not at import: plugins register in their ready().
        choosers = {
            slug: chooser
            for slug, chooser in (
                (slug, chooser_widget(option_chooser))
                for slug, option_chooser in registry.option_choosers().items()
            )
            if chooser is not None
        }
        return [
            forms.TextInput(attrs=widget.attrs),
            choosers,
            widget.service_field,
        ]

    @cached_property
    def media(self) -> forms.Media:
        return forms.Media(
            js=[
                versioned_static("wagtailadmin/js/telepath/widgets.js"),
                versioned_static("services/js/service-options.js"),
            ]
        )


register(ServiceOptionsInputAdapter(), ServiceOptionsInput)


#: The options' help text as page migrations recorded it (see ``ServiceOptionsBlock``).
MIGRATED_HELP_TEXT = "Optional settings for the service, e.g. the identifier of a poll."


class ServiceOptionsBlock(blocks.CharBlock):
    """A ``CharBlock`` with the chooser-aware input. It deconstructs as ``CharBlock``: what it
    changes is the editor, not the stored data, and migrations must not name it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.field.widget = ServiceOptionsInput()

    def deconstruct(self) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
        # Migrations recorded this child as a plain CharBlock with the help text of before
        # the choosers. Only the editor changed (class, widget, help text), not what is
        # stored, so they keep seeing exactly what they recorded and never a new migration.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.CharBlock", args, {**kwargs, "help_text": MIGRATED_HELP_TEXT}


class ServiceWidgetBlock(blocks.StructBlock):
    service = blocks.ChoiceBlock(choices=widget_choices, label=_("Service"))
    title = blocks.CharBlock(label=_("Title"), required=False)
    options = ServiceOptionsBlock(
        label=_("Options"),
        required=False,
        help_text=_(
            "Optional settings for the service; some services offer a button to choose them."
        ),
    )

    class Meta:
        icon = "cogs"
        label = _("Public service")
        description = _("A form or widget of a public service: a poll, a complaint form, ...")

    def chosen(self, value: Any) -> tuple[OptionChooser | None, Model | None]:
        """The service's chooser, if it has one, and the object its options name."""
        chooser = registry.option_chooser(value.get("service") or "")
        if chooser is None:
            return None, None
        return chooser, chooser.get_object(value.get("options"))

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        chooser, chosen = self.chosen(value)
        if chooser is not None and value.get("options") and chosen is None:
            raise StructBlockValidationError(
                block_errors={
                    "options": ValidationError(
                        _(
                            "“%(value)s” is not one of the choices (it may have been "
                            "deleted): choose again with the button."
                        )
                        % {"value": value["options"]}
                    )
                }
            )
        return value

    def get_form_state(self, value: Any) -> dict[str, Any]:
        state: dict[str, Any] = super().get_form_state(value)
        chooser, chosen = self.chosen(value)
        widget = chooser_widget(chooser) if chooser is not None else None
        if widget is not None and chosen is not None:
            # The chooser's own state (id, title, edit link), so it shows the chosen object.
            state["options"] = widget.get_value_data(chosen)
        return state

    # wagtail-localize asks the block itself when it has these methods.
    def get_translatable_segments(self, value: Any) -> list[Any]:
        """The block's texts for translators, as for any StructBlock, except a chosen object's
        key: it is no text to translate. Left out, the translation keeps the source's choice,
        and the plugin shows that object in the page's language (its own translation)."""
        segments: list[Any] = StreamFieldSegmentExtractor(None).handle_struct_block(value)
        if registry.option_chooser(value.get("service") or "") is None:
            return segments
        return [segment for segment in segments if segment.path != "options"]

    def restore_translated_segments(self, value: Any, segments: list[Any]) -> Any:
        # The struct's own handling; locales only matter to related-object segments, and the
        # block has none.
        return StreamFieldSegmentsWriter(None, None, None).handle_struct_block(value, segments)

    def render(self, value: Any, context: dict[str, Any] | None = None) -> str:
        context = context or {}
        request = context.get("request")
        in_preview = request is not None and getattr(request, "is_preview", False)
        plugin = registry.get(value["service"])
        if plugin is None or plugin.render_widget is None:
            if in_preview:
                return format_html(
                    '<p class="notice">{}</p>',
                    _("The service “%(slug)s” is not installed; visitors will see nothing here.")
                    % {"slug": value["service"]},
                )
            return ""
        chooser, chosen = self.chosen(value)
        if chooser is not None and value.get("options") and chosen is None:
            if in_preview:
                return format_html(
                    '<p class="notice">{}</p>',
                    _(
                        "What was chosen for “%(service)s” no longer exists; visitors will "
                        "see nothing here."
                    )
                    % {"service": plugin.label},
                )
            return ""
        return plugin.render_widget(request, value)

    def get_api_representation(self, value: Any, context: Any = None) -> dict[str, Any]:
        plugin = registry.get(value["service"])
        _chooser, chosen = self.chosen(value)
        return {
            "service": value["service"],
            "installed": plugin is not None,
            "title": value["title"],
            "options": value["options"],
            "chosen": (
                {"model": chosen._meta.label_lower, "id": chosen.pk} if chosen is not None else None
            ),
            "api_url": f"/api/v3/{value['service']}/" if plugin and plugin.router else None,
        }


def widget_link(value: Any) -> dict[str, str] | None:
    """A service block as a link (``{"text", "url"}``, the address absolute), for the editions
    that cannot run a widget: the e-mail and PDF of the bulletin show the poll's question and
    where to vote. None when the plugin is gone or offers no link."""
    plugin = registry.get(value["service"])
    if plugin is None or plugin.widget_link is None:
        return None
    link = plugin.widget_link(value)
    if link is None:
        return None
    text, path = link
    return {"text": text, "url": absolute(path)}
