"""Image data for front ends: renditions with absolute URLs, so another front end needs no
knowledge of our media storage."""

from typing import Any

from services.urls import absolute

# Sizes chosen for common front-end slots: list thumbnails, article bodies, full-width heroes.
RENDITIONS = {
    "thumbnail": "fill-400x300",
    "medium": "max-800x800",
    "large": "max-1600x1600",
}


def image_representation(
    image: Any, alt: str | None = None, specs: dict[str, str] | None = None
) -> dict | None:
    """Serialize a Wagtail image with a set of renditions (generated once, then cached).

    ``alt`` is empty when the editor marked the image as decorative; front ends should then
    render ``alt=""``, as our own templates do.
    """
    if image is None:
        return None
    specs = specs or RENDITIONS
    if alt is None:
        # No alternative text given where the image is used: fall back to the image's own.
        alt = getattr(image, "default_alt_text", "") or ""
    renditions = image.get_renditions(*specs.values())
    return {
        "id": image.pk,
        "title": image.title,
        "alt": alt,
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
