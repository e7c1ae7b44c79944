"""Capabilities: what plugins offer sections, described here so neither imports the other.

A plugin offers a capability by putting an object under its name in
``ServicePlugin.capabilities``; a section asks ``registry.capability(NAME)`` and gets that object,
or None when no installed plugin offers it.

``MAIL``: sending a page to the subscribers of a mail topic. Sections register their topics
(``services.registry.MailTopic``) and make their pages :class:`MailablePage`; the plugin that
offers the capability (``services.subscriptions``) lists the topics in its form and API, and
sends a page to its topic's subscribers: a test to oneself, a confirmation naming the count per
language, progress, once per subscriber, only in the languages the page is published in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from django.http import HttpRequest
    from wagtail.models import Page

MAIL = "mail"


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


@runtime_checkable
class MailablePage(Protocol):
    """A page that can render itself as an e-mail in its own language.

    ``links`` holds the absolute addresses the message must carry for its recipient
    (``unsubscribe_url``, ``my_data_url``).
    """

    def render_email(
        self, links: Mapping[str, str], request: HttpRequest | None = None
    ) -> RenderedEmail: ...


@dataclass(frozen=True)
class LanguageRow:
    """One language of a page to send: its live translation (or None) and the mailing's state."""

    code: str
    name: str
    page: Page | None
    subscribers: int
    #: Whether the user asking may send it in this language (publishes it there).
    may_send: bool = False
    #: How many would receive it if sent now: subscribers who have not received it yet.
    to_send: int = 0
    total: int = 0
    sent: int = 0
    failed: int = 0
    started: bool = False
    finished: bool = False
    #: The translation may lag behind its source (changed since it was translated).
    outdated: bool = False


class Mailer(Protocol):
    """The ``MAIL`` capability."""

    def languages(self, page: Page, topic: str, user: object = None) -> list[LanguageRow]: ...

    def send(
        self, page: Page, topic: str, *, user: object = None, queue: bool = True
    ) -> tuple[list[int], list[str]]:
        """Start the mailing of every language the page is live in (and the user may publish
        in); returns the mailing ids and the language codes skipped."""
        ...

    def deliver(self, mailing_id: int, progress: Callable[[int, int], None] | None = None) -> int:
        """Send what is left of a mailing now; returns how many messages went out."""
        ...

    def send_test(self, page: Page, to: str) -> None:
        """Send the page, as subscribers will get it, to one address (nothing is recorded)."""
        ...
