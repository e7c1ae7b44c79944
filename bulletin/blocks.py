"""The sections an issue of the bulletin is composed of."""

from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock as DescribedImageBlock
from wagtail.images.blocks import ImageChooserBlock

from home.blocks import DescribedImageMixin, alt_text_block, decorative_block
from home.images import alt_text, image_representation
from home.models import MunicipalityIdentity
from services.blocks import ServiceWidgetBlock
from services.urls import absolute


class ArticleBlock(DescribedImageMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ol", "ul"])
    image = ImageChooserBlock(label=_("Image"), required=False)
    alt_text = alt_text_block()
    decorative = decorative_block()
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    credit = blocks.CharBlock(label=_("Credit"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Article")
        description = _("A written article with an optional image, caption and credit.")
        template = "bulletin/blocks/article.html"

    def get_api_representation(self, value: Any, context: Any = None) -> dict:
        return {
            "title": value["title"],
            # Like every other rich text in the API: links resolved, ``?rich_text_format=``.
            "text": self.child_blocks["text"].get_api_representation(value["text"], context),
            "image": self.image_api_representation(value),
            "caption": value["caption"],
            "credit": value["credit"],
        }


class NewsBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("News page"))

    class Meta:
        icon = "link"
        label = _("News from the site")
        description = _("An existing page, shown in the issue's language.")
        template = "bulletin/blocks/news.html"

    def get_api_representation(self, value: Any, context: Any = None) -> dict | None:
        page = value["page"]
        if page is None:
            return None
        page = page.localized.specific
        return {
            "id": page.pk,
            "title": page.title,
            "intro": getattr(page, "intro", ""),
            "html_url": page.full_url,
        }


class ProjectBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Project"), max_length=200)
    place = blocks.CharBlock(label=_("Place"), max_length=200, required=False)
    value_eur = blocks.DecimalBlock(
        label=_("Value (EUR)"), required=False, min_value=0, decimal_places=2
    )
    funder = blocks.CharBlock(label=_("Funded by"), max_length=200, required=False)
    started = blocks.DateBlock(label=_("Started"), required=False)
    finished = blocks.DateBlock(label=_("Finished"), required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)
    # Wagtail's ImageBlock: each photo with its alternative text (translated with the page)
    # or an explicit "decorative" flag.
    photos = blocks.ListBlock(DescribedImageBlock(), label=_("Photos"), required=False)

    class Meta:
        icon = "site"
        label = _("Realised project")
        description = _(
            "A project the municipality completed: place, value, funder, dates, photos."
        )
        template = "bulletin/blocks/project.html"

    def get_context(self, value: Any, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        context["photos"] = [(photo, alt_text(photo)) for photo in value["photos"] if photo]
        return context

    def get_api_representation(self, value: Any, context: Any = None) -> dict:
        data = super().get_api_representation(value, context)
        data["photos"] = [image_representation(photo) for photo in value["photos"] if photo]
        return data


class DecisionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Decision"), max_length=300)
    document = DocumentChooserBlock(label=_("Document"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Assembly decision")
        template = "bulletin/blocks/decision.html"

    def get_api_representation(self, value: Any, context: Any = None) -> dict:
        document, page = value["document"], value["page"]
        return {
            "title": value["title"],
            "document_url": absolute(document.url) if document else None,
            "page_url": page.localized.full_url if page else None,
        }


class EventBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Event"), max_length=200)
    date = blocks.DateBlock(label=_("Date"))
    place = blocks.CharBlock(label=_("Place"), max_length=200, required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "date"
        label = _("Upcoming event")
        template = "bulletin/blocks/event.html"


class ContactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)

    class Meta:
        icon = "mail"
        label = _("Contacts of the municipality")
        description = _("The municipality's address, phones, e-mail and office hours.")
        template = "bulletin/blocks/contacts.html"

    def get_context(self, value: Any, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        context["identity"] = municipality_identity(parent_context or {})
        return context


def municipality_identity(context: Any) -> MunicipalityIdentity | None:
    """The identity the page speaks for. The PDF and the e-mail are rendered with no request,
    so no context processor gives ``settings``: they pass ``identity``, or it is read from the
    page's site."""
    identity = context.get("identity")
    if identity is not None:
        return identity
    request = context.get("request")
    if request is not None:
        return MunicipalityIdentity.for_request(request)
    page = context.get("page")
    site = page.get_site() if page is not None else None
    return MunicipalityIdentity.for_site(site) if site is not None else None


class SectionsBlock(blocks.StreamBlock):
    article = ArticleBlock()
    news = NewsBlock()
    project = ProjectBlock()
    decision = DecisionBlock()
    event = EventBlock()
    poll = ServiceWidgetBlock(label=_("Poll or other public service"))
    contacts = ContactsBlock()
