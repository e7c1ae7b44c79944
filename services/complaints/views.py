"""The citizen's pages: the form lives on ComplaintFormPage; following a code is here."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from services.complaints import codes
from services.complaints.api import tracking_data
from services.complaints.models import Complaint
from services.ratelimit import limit_exhausted, limit_reached


@never_cache
def track(request: HttpRequest) -> HttpResponse:
    typed = request.GET.get("code", "").strip()[:40]
    context: dict = {"code": typed}
    status = 200
    if typed:
        rate = settings.COMPLAINTS_LOOKUP_MISS_RATE
        if limit_exhausted(request, "complaints-miss", rate):
            context["rate_limited"] = True
            status = 429
        else:
            normalised = codes.normalise(typed)
            complaint = (
                Complaint.objects.select_related("category")
                .filter(tracking_code=normalised)
                .first()
                if normalised
                else None
            )
            if complaint is None:
                limit_reached(request, "complaints-miss", rate)
                context["not_found"] = True
                status = 404
            else:
                context["complaint"] = tracking_data(complaint)
                # The answer is written in the citizen's language: say so to screen readers.
                context["answer_language"] = complaint.language
    return TemplateResponse(request, "complaints/track.html", context, status=status)
