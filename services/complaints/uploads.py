"""Attachments citizens send: checked by content (not by name), size capped, images re-encoded.

Two steps, so the submission gate can do the cheap one first and the costly one last (after
the captcha): :func:`inspect` reads the size, the file's magic bytes and an image's header;
:func:`finish` decodes and re-encodes an image, which drops everything but the pixels: EXIF (GPS
position, camera, owner), comments and anything smuggled after the image data.
"""

import io
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

# Decompression bombs: refuse images beyond this many pixels (e.g. 6000 x 6000)...
MAX_PIXELS = 36_000_000
# ...or whose decoded pixels need more memory than this (a 12-megapixel RGB photo needs 36 MB).
MAX_DECODED_BYTES = 64 * 1024 * 1024
BYTES_PER_PIXEL = {"1": 1, "L": 1, "P": 1, "LA": 2, "RGB": 3, "YCbCr": 3, "RGBA": 4, "CMYK": 4}


@dataclass
class Inspected:
    name: str
    data: bytes
    kind: str


@dataclass
class CleanFile:
    name: str
    content: bytes
    content_type: str


def max_size() -> int:
    return int(getattr(settings, "COMPLAINTS_MAX_ATTACHMENT_SIZE", 5 * 1024 * 1024))


def _kind(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"%PDF-"):
        return "pdf"
    return None


def _too_large(name: str) -> ValidationError:
    return ValidationError(
        _("The file “%(name)s” is too large (at most %(size)s MB).")
        % {"name": name[:80], "size": max_size() // (1024 * 1024)},
        code="too_large",
    )


def _unreadable(name: str) -> ValidationError:
    return ValidationError(
        _("The image “%(name)s” could not be read.") % {"name": name[:80]}, code="invalid_image"
    )


def inspect(upload: UploadedFile) -> Inspected:
    """The cheap checks: size, type by content, and an image's dimensions from its header."""
    name = upload.name or ""
    if upload.size is not None and upload.size > max_size():
        raise _too_large(name)
    data = upload.read(max_size() + 1)
    if len(data) > max_size():
        raise _too_large(name)
    kind = _kind(data[:8])
    if kind is None:
        raise ValidationError(
            _("The file “%(name)s” is not a JPEG or PNG image or a PDF document.")
            % {"name": name[:80]},
            code="file_type",
        )
    if kind != "pdf":
        try:
            # Opening reads the header only; nothing is decoded yet.
            with Image.open(io.BytesIO(data)) as image:
                pixels = image.width * image.height
                needed = pixels * BYTES_PER_PIXEL.get(image.mode, 4)
        except Exception:  # noqa: BLE001  (Pillow reports bad headers in many ways)
            raise _unreadable(name) from None
        if pixels > MAX_PIXELS or needed > MAX_DECODED_BYTES:
            raise ValidationError(
                _("The image “%(name)s” is too large.") % {"name": name[:80]}, code="too_large"
            )
    return Inspected(name=name, data=data, kind=kind)


def finish(inspected: Inspected) -> CleanFile:
    """The costly step: an image decoded and re-encoded; a PDF kept as it is."""
    if inspected.kind == "pdf":
        return CleanFile("attachment.pdf", inspected.data, "application/pdf")
    try:
        with Image.open(io.BytesIO(inspected.data)) as image:
            image.load()
            # Keep the orientation the camera recorded, then drop the metadata that held it.
            upright = ImageOps.exif_transpose(image)
            out = io.BytesIO()
            if inspected.kind == "jpeg":
                upright.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
                return CleanFile("attachment.jpg", out.getvalue(), "image/jpeg")
            mode = "RGBA" if upright.mode in ("RGBA", "LA", "P") else "RGB"
            upright.convert(mode).save(out, "PNG", optimize=True)
            return CleanFile("attachment.png", out.getvalue(), "image/png")
    except Exception:  # noqa: BLE001
        # Pillow reports malformed or hostile files in many ways (OSError, ValueError for
        # oversized text chunks, SyntaxError, DecompressionBombError, ...): all are "unreadable".
        raise _unreadable(inspected.name) from None
