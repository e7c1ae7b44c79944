"""Blocks shared by every page type.

Each StructBlock has an icon, a description and a preview value for the editor, and returns
what a front end needs from the API (image renditions, resolved links) rather than raw ids.
"""

import datetime
from typing import Any, NamedTuple

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from home.images import alt_text, image_representation
from services.blocks import ServiceWidgetBlock
from services.registry import entry_choices, registry
from services.urls import absolute, plugin_entry_url

#: The contents list's own heading: no section heading may take its id.
CONTENTS_ID = "contents"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
    )
    # A RegexBlock, not a CharBlock: wagtail-localize leaves it out of the strings to translate,
    # so every translation keeps the source's id and a shared link (#c8-1) works in each language.
    anchor = blocks.RegexBlock(
        regex=r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
        required=False,
        max_length=60,
        label=_("Anchor"),
        help_text=_(
            "Optional: lower-case letters, digits and hyphens, such as “c8-1”. The heading can "
            "then be linked to (page address#anchor) and appears in the page's contents list."
        ),
        error_messages={
            "invalid": _("Use only lower-case letters, digits and single hyphens between them.")
        },
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A section heading; it also appears in the page's outline.")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Qëllimet", "level": "h2", "anchor": "qellimet"}


def contents_entries(stream: Any) -> list[dict[str, str]]:
    """The headings of a stream that have an anchor, in order: what a contents list links to."""
    entries = []
    for child in stream or []:
        if child.block_type == "heading" and child.value.get("anchor"):
            value = child.value
            entries.append(
                {"text": value["text"], "level": value["level"], "anchor": value["anchor"]}
            )
    return entries


class ContentsBlock(blocks.StructBlock):
    """A list of links to the page's anchored headings, built from them when the page is shown,
    so it can never name a heading that is not there or miss one that is."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)

    class Meta:
        icon = "list-ol"
        label = _("Contents")
        description = _("Links to the headings of this page that have an anchor.")
        template = "blocks/contents_block.html"
        preview_value = {"heading": "Përmbajtja"}

    def get_context(self, value: Any, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        context["entries"] = contents_entries(getattr(page, "body", None))
        context["contents_id"] = CONTENTS_ID
        return context


def alt_text_block() -> blocks.CharBlock:
    """The alternative text of an image where it is used: a page's text, so translators
    translate it with the page (wagtail-localize makes it a segment)."""
    return blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_(
            "What the image shows, for people who cannot see it. It is translated with the page."
        ),
    )


def decorative_block() -> blocks.BooleanBlock:
    return blocks.BooleanBlock(
        label=_("Decorative image"),
        required=False,
        help_text=_("Tick only if the image adds nothing to the text: screen readers skip it."),
    )


class DescribedImageMixin:
    """For a StructBlock with ``image``, ``alt_text`` and ``decorative`` children: an image is
    either described or explicitly decorative, and its template gets ``alt`` (an ``AltText``)."""

    def clean(self, value: Any) -> Any:
        value = super().clean(value)  # type: ignore[misc]
        deferred = getattr(self, "is_deferred_validation", False)
        described = (value.get("alt_text") or "").strip() or value.get("decorative")
        if value.get("image") and not described and not deferred:
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(_("Describe the image, or mark it as decorative."))
                }
            )
        return value

    def get_context(self, value: Any, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)  # type: ignore[misc]
        context["alt"] = alt_text(
            value.get("image"), value.get("alt_text"), value.get("decorative")
        )
        return context

    def image_api_representation(self, value: Any) -> dict | None:
        return image_representation(
            value.get("image"), value.get("alt_text"), decorative=bool(value.get("decorative"))
        )


class ImageBlock(DescribedImageMixin, blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = alt_text_block()
    decorative = decorative_block()
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    credit = blocks.CharBlock(label=_("Credit"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with alternative text, caption and credit.")
        template = "blocks/image_block.html"

    def get_api_representation(self, value: Any, context: Any = None) -> dict:
        return {
            "image": self.image_api_representation(value),
            "caption": value["caption"],
            "credit": value["credit"],
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        description = _("A link to download a document (PDF, ODT, ...).")
        template = "blocks/document_block.html"

    def get_api_representation(self, value: Any, context: Any = None) -> dict | None:
        document = value["document"]
        if document is None:
            return None
        return {
            "id": document.pk,
            "title": value["title"] or document.title,
            "url": absolute(document.url),
            "file_extension": document.file_extension,
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation with the name of the person quoted.")
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "Informimi i qytetarëve është detyrë e institucionit.",
            "attribution": "Kryetari i Komunës",
        }


class TableBlock(TypedTableBlock):
    text = blocks.CharBlock(label=_("Text"))
    number = blocks.DecimalBlock(label=_("Number"))
    rich_text = blocks.RichTextBlock(label=_("Rich text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "table"
        label = _("Table")
        description = _("A table with a header row and typed columns.")
        template = "blocks/table_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    contents = ContentsBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
        description=_("Rich text: paragraphs, lists and links."),
    )
    image = ImageBlock()
    document = DocumentBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        icon="media",
        description=_("A video or other media from a supported provider, by its URL."),
    )
    quote = QuoteBlock()
    table = TableBlock()
    service = ServiceWidgetBlock()

    class Meta:
        # One contents list: a second would repeat it and duplicate its heading's id.
        block_counts = {"contents": {"max_num": 1}}

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        seen: set[str] = {CONTENTS_ID}
        errors = {}
        for index, child in enumerate(value):
            anchor = child.value.get("anchor") if child.block_type == "heading" else None
            if not anchor:
                continue
            if anchor in seen:
                # Two elements with one id: the link would go to the first, and the page is
                # invalid HTML.
                errors[index] = ValidationError(
                    _("The anchor “%(anchor)s” is already used on this page.") % {"anchor": anchor}
                )
            seen.add(anchor)
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value

    def get_api_representation(self, value: Any, context: Any = None) -> list:
        data = super().get_api_representation(value, context)
        for item in data:
            if item["type"] == "contents":
                item["value"]["entries"] = contents_entries(value)
        return data


class HighlightBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Link to page"), required=False)
    service = blocks.ChoiceBlock(
        choices=entry_choices,
        required=False,
        label=_("Or link to a service"),
        help_text=_("A service's own page, such as the e-mail subscriptions; used without a page."),
    )

    class Meta:
        icon = "pick"
        label = _("Highlight")
        description = _("A short highlight on the home page, linking to a section or a service.")
        template = "blocks/highlight_block.html"
        preview_value = {
            "title": "Buletini informativ",
            "text": "Çdo muaj, lajmet e Kuvendit dhe të ekzekutivit.",
        }

    def target(self, value: Any) -> tuple[Any, str | None]:
        """The linked page in the visitor's language (or None) and the card's address."""
        page = value["page"]
        if page is not None:
            page = page.localized
            return page, page.url
        if value.get("service"):
            # An uninstalled service's card is shown without a link.
            return None, plugin_entry_url(registry, value["service"])
        return None, None

    def get_context(self, value: Any, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        context["href"] = self.target(value)[1]
        return context

    def get_api_representation(self, value: Any, context: Any = None) -> dict:
        page, url = self.target(value)
        return {
            "title": value["title"],
            "text": value["text"],
            "page": {"id": page.pk, "title": page.title, "html_url": page.full_url}
            if page
            else None,
            "url": absolute(url) if url else None,
        }


class ListedItem(NamedTuple):
    """A page in a "latest from a section" list, with the moment it is listed by: its
    publication by default, a news item's date, an event's next date (``with_time``)."""

    page: Any
    when: datetime.date | datetime.datetime | None
    with_time: bool = False


class LatestFromSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    section = blocks.PageChooserBlock(label=_("Section"))
    count = blocks.IntegerBlock(label=_("Number of items"), min_value=1, max_value=12, default=3)

    class Meta:
        icon = "list-ul"
        label = _("Latest from a section")
        description = _("The newest published pages of a section, in the visitor's language.")
        template = "blocks/latest_block.html"

    def items(self, value: Any) -> list[ListedItem]:
        section = value["section"]
        if section is None:
            return []
        section = section.localized.specific
        # A section may say what it lists (the news by their date, the events by their next
        # date); otherwise its newest pages.
        listing = getattr(section, "home_listing", None)
        if callable(listing):
            return list(listing(value["count"]))
        pages = (
            section.get_children()
            .live()
            .public()
            .specific()
            .order_by("-first_published_at")[: value["count"]]
        )
        return [ListedItem(page, page.first_published_at) for page in pages]

    def get_context(self, value: Any, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        context["items"] = self.items(value)
        return context

    def get_api_representation(self, value: Any, context: Any = None) -> dict:
        section = value["section"]
        section = section.localized if section else None
        return {
            "heading": value["heading"],
            "section": {"id": section.pk, "title": section.title, "html_url": section.full_url}
            if section
            else None,
            "items": [
                {
                    "id": item.page.pk,
                    "title": item.page.title,
                    "html_url": item.page.full_url,
                    "first_published_at": item.page.first_published_at,
                    "date": item.when,
                    "intro": getattr(item.page, "intro", ""),
                }
                for item in self.items(value)
            ],
        }
