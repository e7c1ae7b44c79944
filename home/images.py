"""Image data for front ends: renditions with absolute URLs, so another front end needs no
knowledge of our media storage; and the alternative text an image gets where it is used.

Alternative text belongs to the place an image is used, not to the image: blocks carry it
(``alt_text``, with an explicit ``decorative`` flag), so translators translate it with the
page through wagtail-localize. The image library is not translated per language: its
description or title is written once, in the source language, and is only a fallback for an
informative image that has no text of its own yet; it is then marked with its language.
"""

import logging
from typing import Any, NamedTuple

from django.conf import settings
from django.utils import translation
from wagtail.images.models import SourceImageIOError

from services.urls import absolute

logger = logging.getLogger(__name__)

# Sizes chosen for common front-end slots: list thumbnails, article bodies, full-width heroes.
RENDITIONS = {
    "thumbnail": "fill-400x300",
    "medium": "max-800x800",
    "large": "max-1600x1600",
}


class AltText(NamedTuple):
    text: str
    #: The language of ``text`` when it is not the page's (the library's fallback), else None.
    language: str | None = None


DECORATIVE = AltText("")


def alt_text(image: Any, alt: str | None = None, decorative: bool = False) -> AltText:
    """What a reader of the active language is told about ``image`` where it is used.

    ``alt`` and ``decorative`` default to what Wagtail's own ``ImageBlock`` put on the image.
    """
    if image is None:
        return DECORATIVE
    decorative = decorative or bool(getattr(image, "decorative", False))
    if alt is None:
        alt = getattr(image, "contextual_alt_text", None)
    if decorative:
        return DECORATIVE
    if alt and alt.strip():
        return AltText(alt.strip())
    fallback = (getattr(image, "default_alt_text", "") or "").strip()
    source = settings.LANGUAGE_CODE
    return AltText(fallback, None if translation.get_language() == source else source)


def image_representation(
    image: Any,
    alt: str | None = None,
    specs: dict[str, str] | None = None,
    decorative: bool = False,
) -> dict | None:
    """Serialize a Wagtail image with a set of renditions (generated once, then cached).

    ``alt`` is the text where the image is used, in the active language (the page's, in the
    API); ``decorative`` images get ``alt: ""``, as our own templates render them.
    ``alt_language`` names the language of ``alt`` when it is not the page's (an image with no
    text of its own yet, described by the library's source-language title).
    """
    if image is None:
        return None
    specs = specs or RENDITIONS
    decorative = decorative or bool(getattr(image, "decorative", False))
    described = alt_text(image, alt, decorative)
    try:
        renditions = image.get_renditions(*specs.values())
    except SourceImageIOError:
        # The original's file is gone (a media folder not restored): the page is still served,
        # without this image, as Wagtail's own image tag does on the site.
        logger.warning("Image %s has no file: left out of the API answer", image.pk)
        return None
    return {
        "id": image.pk,
        "title": image.title,
        "alt": described.text,
        "alt_language": described.language,
        "decorative": decorative,
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": absolute(renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in specs.items()
        },
    }
