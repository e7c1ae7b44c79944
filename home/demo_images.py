"""The demo's pictures: drawn here with Pillow, not photographs, and titled as illustrations.

The demo must not pass off anyone's photograph as the municipality's, nor download one. Each
picture is drawn from a few shapes, so it is the same on every load; a picture whose file is
gone (a test process's in-memory storage, a lost media folder) is drawn again under the same
name by ``restore_files``.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as Picture
from PIL import ImageDraw
from wagtail.images import get_image_model

SIZE = (960, 600)
SKY, GROUND, ROAD = (205, 226, 240), (150, 178, 120), (120, 120, 125)
WALL, ROOF, WINDOW, DOOR = (236, 228, 212), (150, 70, 55), (95, 130, 160), (110, 80, 60)
BOARD, PAPER, POST = (120, 90, 60), (250, 250, 245), (80, 60, 40)


def _building(draw: ImageDraw.ImageDraw, left: int, top: int, width: int, floors: int) -> None:
    """A plain two- or three-storey office building, with a row of windows per floor."""
    floor = 90
    bottom = top + floors * floor
    draw.rectangle((left, top, left + width, bottom), fill=WALL, outline=(90, 90, 90), width=3)
    draw.polygon(
        [(left - 20, top), (left + width // 2, top - 70), (left + width + 20, top)], fill=ROOF
    )
    for row in range(floors):
        y = top + 20 + row * floor
        for x in range(left + 30, left + width - 60, 80):
            draw.rectangle((x, y, x + 45, y + 50), fill=WINDOW, outline=(60, 60, 60), width=2)
    middle = left + width // 2
    draw.rectangle((middle - 30, bottom - 80, middle + 30, bottom), fill=DOOR)


def _draw_building() -> Picture.Image:
    picture = Picture.new("RGB", SIZE, SKY)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 430, SIZE[0], SIZE[1]), fill=GROUND)
    draw.polygon([(380, SIZE[1]), (580, SIZE[1]), (500, 430), (460, 430)], fill=ROAD)
    _building(draw, 230, 160, 500, 3)
    for x in (120, 840):  # two trees beside it
        draw.rectangle((x - 8, 360, x + 8, 440), fill=POST)
        draw.ellipse((x - 55, 260, x + 55, 380), fill=(70, 130, 70))
    return picture


def _draw_notice_board() -> Picture.Image:
    picture = Picture.new("RGB", SIZE, SKY)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 400, SIZE[0], SIZE[1]), fill=GROUND)
    _building(draw, 520, 150, 380, 2)
    # The board on its two posts, with notices pinned to it.
    draw.rectangle((150, 300, 166, 560), fill=POST)
    draw.rectangle((434, 300, 450, 560), fill=POST)
    draw.rectangle((110, 170, 490, 420), fill=BOARD, outline=(60, 40, 20), width=6)
    for left, top in ((140, 200), (260, 195), (380, 205), (150, 310), (290, 305)):
        draw.rectangle((left, top, left + 80, top + 95), fill=PAPER, outline=(180, 180, 170))
        for line in range(4):
            y = top + 18 + line * 18
            draw.line((left + 10, y, left + 70, y), fill=(150, 150, 150), width=3)
    return picture


#: key -> (title in the library, Albanian description: the library's source-language fallback).
PICTURES: dict[str, tuple[str, str, Callable[[], Picture.Image]]] = {
    "building": (
        "Ilustrim: ndërtesa e komunës (demo)",
        "Vizatim i një ndërtese komunale trekatëshe, me dy pemë anash; ilustrim, jo fotografi.",
        _draw_building,
    ),
    "notice-board": (
        "Ilustrim: tabela e njoftimeve (demo)",
        "Vizatim i një tabele të njoftimeve me disa shpallje, para ndërtesës së komunës; "
        "ilustrim, jo fotografi.",
        _draw_notice_board,
    ),
}


def _png(key: str) -> bytes:
    buffer = io.BytesIO()
    PICTURES[key][2]().save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def demo_image(key: str):  # -> wagtail Image (the configured image model)
    """The library image for ``key``, created on first use."""
    Image = get_image_model()
    title, description, _draw = PICTURES[key]
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, description=description)
        image.file = ImageFile(io.BytesIO(_png(key)), name=f"demo-{key}.png")
        image.save()
    return image


def restore_files() -> None:
    """Draw again the file of every demo image whose file is missing from the storage."""
    Image = get_image_model()
    titles = {title: key for key, (title, _description, _draw) in PICTURES.items()}
    for image in Image.objects.filter(title__in=titles):
        if not image.file.storage.exists(image.file.name):
            image.file.storage.save(image.file.name, ContentFile(_png(titles[image.title])))
