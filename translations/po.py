"""PO files for translators working offline, one object at a time or a batch (a page with the
snippets it uses, e.g. a bulletin issue and its linked snippets, in one ZIP).

wagtail-localize exports and imports PO files per translation, but imports a file made for an
older version of the source without a word: entries whose source text changed are skipped and
the rest lands, leaving a half-updated translation. Here every file says which version of the
source it was made from, and a file for another version is refused whole, changing nothing.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from typing import Any

import polib
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail_localize.models import StringSegment, Translation, TranslationSource

VERSION = "X-Source-Version"
TRANSLATION_ID = "X-WagtailLocalize-TranslationID"
#: The ZIP of a batch holds PO files only, and not many: a page uses a handful of snippets.
MAX_FILES = 50
MAX_FILE_BYTES = 5 * 1024 * 1024


class Refused(Exception):
    """A PO file (or batch) that cannot be imported; its message says why, for the user."""


def source_version(source: TranslationSource) -> str:
    """A fingerprint of the source's current segments: changes whenever a synced source text
    changes, and only then."""
    digest = hashlib.sha256()
    for path, data in (
        StringSegment.objects.filter(source=source)
        .order_by("order")
        .values_list("context__path", "string__data")
    ):
        digest.update(f"{path}\x00{data}\x01".encode())
    return digest.hexdigest()[:16]


def export(translation: Translation) -> polib.POFile:
    po = translation.export_po()
    po.metadata[VERSION] = source_version(translation.source)
    po.metadata["Language"] = translation.target_locale.language_code
    po.metadata["X-Object"] = str(translation.source.object_repr)
    return po


def filename(translation: Translation, suffix: str = "po") -> str:
    name = slugify(str(translation.source.object_repr))[:60] or "translation"
    return f"{name}-{translation.target_locale.language_code}.{suffix}"


def parse(content: bytes) -> polib.POFile:
    try:
        return polib.pofile(content.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise Refused(_("This is not a PO file that can be read.")) from error


def check(translation: Translation, po: polib.POFile) -> None:
    """Refuse a file made for another translation, or for another version of the source."""
    if po.metadata.get(TRANSLATION_ID) != str(translation.uuid):
        raise Refused(_("This PO file was made for a different translation."))
    version = po.metadata.get(VERSION)
    if version != source_version(translation.source):
        raise Refused(
            _(
                "This PO file was made for an earlier version of “%(object)s”: the source has "
                "changed since. Download the file again and carry your translations over; "
                "nothing was imported."
            )
            % {"object": translation.source.object_repr}
        )


def import_one(translation: Translation, content: bytes, user: Any) -> None:
    po = parse(content)
    check(translation, po)
    translation.import_po(po, user=user, tool_name="PO file")


def batch(translation: Translation) -> list[Translation]:
    """The translation and those of the snippets its source uses, into the same language."""
    related_keys = translation.source.relatedobjectsegment_set.values_list("object_id", flat=True)
    related = Translation.objects.filter(
        source__object_id__in=related_keys,
        target_locale=translation.target_locale,
        enabled=True,
    ).select_related("source", "target_locale")
    return [translation, *related]


def export_batch(translation: Translation) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in batch(translation):
            archive.writestr(filename(member), str(export(member)))
    return buffer.getvalue()


@dataclass(frozen=True)
class BatchResult:
    imported: int


def import_batch(translation: Translation, content: bytes, user: Any) -> BatchResult:
    """A ZIP of the batch's PO files, or one PO file of the batch. Every file is checked before
    any is imported: one refused file refuses the batch."""
    members = {str(member.uuid): member for member in batch(translation)}
    if zipfile.is_zipfile(io.BytesIO(content)):
        files = _unzip(content)
    else:
        files = [(filename(translation), content)]
    checked = []
    for name, data in files:
        po = parse(data)
        member = members.get(po.metadata.get(TRANSLATION_ID, ""))
        if member is None:
            raise Refused(
                _("%(name)s was made for a translation outside this batch.") % {"name": name}
            )
        check(member, po)
        checked.append((member, po))
    with transaction.atomic():
        for member, po in checked:
            member.import_po(po, user=user, tool_name="PO file")
    return BatchResult(imported=len(checked))


def _unzip(content: bytes) -> list[tuple[str, bytes]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if not infos or len(infos) > MAX_FILES:
            raise Refused(_("This is not a ZIP file of PO files."))
        files = []
        for info in infos:
            # The size the archive declares is checked before anything is decompressed.
            if info.file_size > MAX_FILE_BYTES:
                raise Refused(_("%(name)s is too large for a PO file.") % {"name": info.filename})
            files.append((info.filename, archive.read(info)))
        return files
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError) as error:
        raise Refused(_("This is not a ZIP file of PO files.")) from error
