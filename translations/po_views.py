"""Download and upload PO files, for one translation or a batch (see ``translations.po``).

The single-file views answer at wagtail-localize's own addresses, so the editor's "Download PO
file" and "Upload PO file" carry and check the source version too.
"""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation

from translations import po
from translations.access import editable_translation

PO_TYPE = "text/x-gettext-translation"


def _translation(request: HttpRequest, translation_id: int) -> Translation:
    return editable_translation(request, translation_id)[0]


def _back(request: HttpRequest, translation: Translation) -> HttpResponse:
    return redirect(
        get_valid_next_url_from_request(request) or translation.get_target_instance_edit_url()
    )


def _upload(request: HttpRequest) -> bytes | None:
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Choose a file to upload."))
        return None
    if upload.size is not None and upload.size > po.MAX_FILE_BYTES * 4:
        messages.error(request, _("The file is too large."))
        return None
    return bytes(upload.read())


def download(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = _translation(request, translation_id)
    response = HttpResponse(str(po.export(translation)), content_type=PO_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{po.filename(translation)}"'
    return response


@require_POST
def upload(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = _translation(request, translation_id)
    content = _upload(request)
    if content is not None:
        try:
            po.import_one(translation, content, request.user)
        except po.Refused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("The translations in the PO file were imported."))
    return _back(request, translation)


def download_batch(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = _translation(request, translation_id)
    response = HttpResponse(po.export_batch(translation), content_type="application/zip")
    name = po.filename(translation, "zip")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_POST
def upload_batch(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = _translation(request, translation_id)
    # Every member of the batch must be the user's to edit, not only the page.
    for member in po.batch(translation):
        _translation(request, member.pk)
    content = _upload(request)
    if content is not None:
        try:
            result = po.import_batch(translation, content, request.user)
        except po.Refused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request,
                ngettext(
                    "The translations of %(count)s PO file were imported.",
                    "The translations of %(count)s PO files were imported.",
                    result.imported,
                )
                % {"count": result.imported},
            )
    return _back(request, translation)
