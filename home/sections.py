"""What every followable section shares: an Atom feed per language, and update pages that
subscribers receive by e-mail.

A section (partners, diaspora, ...) makes its index page a :class:`FeedIndexMixin` (a ``feed/``
route, advertised in the page's head by ``includes/feed_head.html``) and its update pages
:class:`MailableMixin` pages (``services.capabilities.MailablePage``), which it registers with a
mail topic: the plugin offering the ``mail`` capability then sends them with "Send by e-mail",
and no section imports it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from home.addresses import for_email
from home.models import MunicipalityIdentity
from services.capabilities import RenderedEmail

if TYPE_CHECKING:
    from django.db.models import QuerySet

#: How many entries a feed carries (newest first).
FEED_LENGTH = 30


def municipality_name(page: Page) -> str:
    site = page.get_site()
    identity = MunicipalityIdentity.for_site(site) if site else None
    return identity.local_name if identity else ""


class SectionFeed(Feed):  # type: ignore[type-arg]
    """The Atom feed of a section's index page, in that page's language.

    Entries are what ``index.feed_items()`` gives, dated by their ``feed_date()`` when they
    have one (an event's day), by their first publication otherwise.
    """

    feed_type = Atom1Feed

    def __init__(self, index_page: Any) -> None:
        super().__init__()
        self.index_page = index_page

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # The feed speaks its section's language, whatever the reader's browser asks for.
        with translation.override(self.index_page.locale.language_code):
            return super().__call__(request, *args, **kwargs)

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        return self.index_page

    def title(self, index_page: Any) -> str:
        # A feed reader lists many feeds: say whose section this is.
        municipality = municipality_name(index_page)
        return f"{index_page.title} – {municipality}" if municipality else str(index_page.title)

    def author_name(self, index_page: Any) -> str:
        return municipality_name(index_page) or str(index_page.title)

    def link(self, index_page: Any) -> str:
        return str(index_page.full_url)

    def subtitle(self, index_page: Any) -> str:
        return str(getattr(index_page, "intro", "") or "")

    def items(self, index_page: Any) -> Iterable[Page]:
        return list(index_page.feed_items()[:FEED_LENGTH])

    def item_title(self, item: Page) -> str:
        return str(item.title)

    def item_description(self, item: Page) -> str:
        return str(getattr(item, "intro", "") or "")

    def item_link(self, item: Page) -> str:
        return str(item.full_url)

    def item_guid(self, item: Page) -> str:
        # Stable across renames and moves: the page's id and language.
        return f"{item.full_url}#page-{item.pk}"

    def item_pubdate(self, item: Page) -> datetime | None:
        dated = getattr(item, "feed_date", None)
        day = dated() if callable(dated) else None
        # An event is dated by its day once it has come; announced ahead, by its announcement
        # (an entry dated next July would sort above every news item until then).
        if day is not None and day <= timezone.localdate():
            return timezone.make_aware(datetime(day.year, day.month, day.day))
        published: datetime | None = item.first_published_at
        return published

    def item_updateddate(self, item: Page) -> datetime | None:
        return item.last_published_at or self.item_pubdate(item)


class FeedIndexMixin(RoutablePageMixin):
    """A section's index page with an Atom feed of its entries at ``feed/``."""

    def feed_items(self) -> QuerySet[Page]:
        """The entries of the feed, newest first: by default the published, public pages
        below this one."""
        assert isinstance(self, Page)
        pages: QuerySet[Page] = (
            Page.objects.descendant_of(self)
            .live()
            .public()
            .specific()
            .order_by("-first_published_at")
        )
        return pages

    @path("feed/", name="feed")  # type: ignore[untyped-decorator]
    def feed(self, request: HttpRequest) -> HttpResponse:
        return SectionFeed(self)(request)


class MailableMixin:
    """A page sent to subscribers as it is: title, introduction and body, in its language,
    with every address absolute (``home.addresses``).

    The page type gives its e-mail's body as HTML (``email_html``) and as text
    (``email_text``); by default its ``body`` StreamField rendered, and as plain text.
    """

    email_template = "home/email/page.html"
    email_text_template = "home/email/page.txt"

    def email_context(self) -> dict[str, Any]:
        """What the page adds to its e-mail's templates (facts such as dates and places)."""
        return {}

    def render_email(
        self, links: Mapping[str, str], request: HttpRequest | None = None
    ) -> RenderedEmail:
        assert isinstance(self, Page)
        context = {"page": self, **self.email_context(), **links}
        with translation.override(self.locale.language_code):
            html = render_to_string(self.email_template, context, request=request)
            return RenderedEmail(
                subject=str(self.title),
                text=render_to_string(self.email_text_template, context),
                html=for_email(html, self.full_url or ""),
            )

    @property
    def preview_modes(self) -> list[tuple[str, Any]]:
        return [("", _("Web")), ("email", _("E-mail"))]

    def serve_preview(self, request: HttpRequest, mode_name: str) -> HttpResponse:
        """The editor sees the e-mail before sending it."""
        if mode_name == "email":
            email = self.render_email({"unsubscribe_url": "#", "my_data_url": "#"}, request)
            return HttpResponse(email.html)
        response: HttpResponse = super().serve_preview(request, mode_name)  # type: ignore[misc]
        return response
