"""Image data for front ends: renditions with absolute URLs, so another front end needs no
knowledge of our media storage."""

from typing import Any

from django.conf import settings

# Sizes chosen for common front-end slots: list thumbnails, article bodies, full-width heroes.
RENDITIONS = {
    "thumbnail": "fill-400x300",
    "medium": "max-800x800",
    "large": "max-1600x1600",
}


def absolute(url: str) -> str:
    if url.startswith(("http://", "https://")):
        return url
    return f"{settings.BASE_URL}{url}"


def image_representation(
    image: Any, alt: str = "", specs: dict[str, str] | None = None
) -> dict | None:
    """Serialize a Wagtail image with a set of renditions (generated once, then cached)."""
    if image is None:
        return None
    specs = specs or RENDITIONS
    renditions = image.get_renditions(*specs.values())
    return {
        "id": image.pk,
        "title": image.title,
        "alt": alt or getattr(image, "default_alt_text", "") or image.title,
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
