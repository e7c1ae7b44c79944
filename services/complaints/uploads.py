"""Attachments citizens send: checked by content (not by name), size capped, images re-encoded.

Re-encoding an image with Pillow drops everything but the pixels: EXIF (GPS position, camera,
owner), comments and anything smuggled after the image data.
"""

import io
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

# Decompression bombs: refuse images beyond this many pixels (e.g. 6000 x 6000).
MAX_PIXELS = 36_000_000


@dataclass
class CleanFile:
    name: str
    content: bytes
    content_type: str


def _kind(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"%PDF-"):
        return "pdf"
    return None


def clean_upload(upload: UploadedFile) -> CleanFile:
    max_size = getattr(settings, "COMPLAINTS_MAX_ATTACHMENT_SIZE", 5 * 1024 * 1024)
    if upload.size is not None and upload.size > max_size:
        raise ValidationError(
            _("The file “%(name)s” is too large (at most %(size)s MB).")
            % {"name": upload.name[:80], "size": max_size // (1024 * 1024)},
            code="too_large",
        )
    data = upload.read(max_size + 1)
    if len(data) > max_size:
        raise ValidationError(
            _("The file “%(name)s” is too large (at most %(size)s MB).")
            % {"name": upload.name[:80], "size": max_size // (1024 * 1024)},
            code="too_large",
        )
    kind = _kind(data[:8])
    if kind is None:
        raise ValidationError(
            _("The file “%(name)s” is not a JPEG or PNG image or a PDF document.")
            % {"name": upload.name[:80]},
            code="file_type",
        )
    if kind == "pdf":
        return CleanFile(name="attachment.pdf", content=data, content_type="application/pdf")
    return _reencode(data, kind, upload.name)


def _reencode(data: bytes, kind: str, name: str) -> CleanFile:
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(
                    _("The image “%(name)s” is too large.") % {"name": name[:80]},
                    code="too_large",
                )
            image.load()
            # Keep the orientation the camera recorded, then drop the metadata that held it.
            image = ImageOps.exif_transpose(image)
            out = io.BytesIO()
            if kind == "jpeg":
                image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
                return CleanFile("attachment.jpg", out.getvalue(), "image/jpeg")
            mode = "RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB"
            image.convert(mode).save(out, "PNG", optimize=True)
            return CleanFile("attachment.png", out.getvalue(), "image/png")
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001
        # Pillow reports malformed or hostile files in many ways (OSError, ValueError for
        # oversized text chunks, SyntaxError, DecompressionBombError, ...): all are "unreadable".
        raise ValidationError(
            _("The image “%(name)s” could not be read.") % {"name": name[:80]}, code="invalid_image"
        ) from None
