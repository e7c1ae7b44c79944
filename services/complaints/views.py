"""The citizen's pages: the form lives on ComplaintFormPage; following a code is here."""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from services.complaints.tracking import TooManyWrongCodes, find_by_code, tracking_data


@never_cache
def track(request: HttpRequest) -> HttpResponse:
    typed = request.GET.get("code", "").strip()[:40]
    context: dict = {"code": typed}
    status = 200
    if typed:
        try:
            complaint = find_by_code(request, typed)
        except TooManyWrongCodes:
            context["rate_limited"], status = True, 429
        else:
            if complaint is None:
                context["not_found"], status = True, 404
            else:
                context["complaint"] = tracking_data(complaint)
                # The answer is written in the citizen's language: say so to screen readers.
                context["answer_language"] = complaint.language
    return TemplateResponse(request, "complaints/track.html", context, status=status)
