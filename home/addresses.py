"""Addresses in the editions that leave the site: the e-mail and the PDF.

A mail client opens a message with no site behind it, and the PDF renderer should not ask our
own web server for our own files: a relative ``/media/…`` or ``/sq/…`` means nothing to either.
Templates and rich text (Wagtail expands internal links to relative URLs) are written for the
site, so the rendered HTML is rewritten, with a real HTML parser, once it is complete: whatever
a block or an editor's link produces, nothing relative is left.
"""

from collections.abc import Callable
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.storage import default_storage

from services.urls import absolute

#: The attributes that hold an address a reader's program follows or loads.
ADDRESS_ATTRIBUTES = ("href", "src")

#: For the e-mail: images never wider than the message (many clients ignore ``<style>``).
EMAIL_IMAGE_STYLE = "max-width: 100%; height: auto; border: 0;"


def absolute_address(url: str, base: str) -> str:
    """``url`` as an address that works anywhere: site-relative ones on ``BASE_URL``, others
    (``#section``, ``photo.jpg``) relative to ``base``, the page the HTML stands for."""
    url = url.strip()
    if urlsplit(url).scheme:  # http:, https:, mailto:, tel:, file:
        return url
    if url.startswith("/") and not url.startswith("//"):
        return absolute(url)
    return urljoin(base, url)


def rewrite(html: str, address: Callable[[str, str], str]) -> str:
    """``html`` with every ``href``/``src`` passed through ``address(value, tag name)``."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(lambda tag: any(tag.has_attr(name) for name in ADDRESS_ATTRIBUTES)):
        for name in ADDRESS_ATTRIBUTES:
            value = tag.get(name)
            if isinstance(value, str):
                tag[name] = address(value, tag.name)
    return str(soup)


def for_email(html: str, base: str) -> str:
    """The e-mail's HTML: every address absolute, every image kept within the message."""
    soup = BeautifulSoup(
        rewrite(html, lambda url, _tag: absolute_address(url, base)), "html.parser"
    )
    for image in soup.find_all("img"):
        style = str(image.get("style") or "")
        image["style"] = (
            f"{style.rstrip('; ')}; {EMAIL_IMAGE_STYLE}" if style else EMAIL_IMAGE_STYLE
        )
    return str(soup)


def for_pdf(html: str, base: str) -> str:
    """The PDF's HTML: links absolute (a reader clicks them in the PDF), our own media files as
    files the renderer reads from storage, not from our web server."""

    def address(url: str, tag: str) -> str:
        if url.startswith("#"):  # the table of contents: a place in the PDF itself
            return url
        if tag == "img":
            local = media_file(url)
            if local:
                return local
        return absolute_address(url, base)

    return rewrite(html, address)


def media_file(url: str) -> str | None:
    """A ``file://`` path for a URL of our media storage, when the storage has local files;
    its absolute URL otherwise (remote storage, S3: reachable); None for anything else."""
    media_url = settings.MEDIA_URL
    if not url.startswith(media_url):
        return None
    try:
        return f"file://{default_storage.path(unquote(url.removeprefix(media_url)))}"
    except NotImplementedError:
        return absolute(url)
