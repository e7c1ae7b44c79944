"""Following a complaint by its code: one lookup for the API and the site, with the same
limit on wrong guesses, and the same public view of a complaint (never personal data)."""

from django.conf import settings
from django.http import HttpRequest

from services.complaints import codes
from services.complaints.models import Complaint
from services.ratelimit import limit_exhausted, limit_reached

SCOPE = "complaints-miss"


class TooManyWrongCodes(Exception):
    pass


def find_by_code(request: HttpRequest, typed: str) -> Complaint | None:
    """The complaint with this code (typed in any case, with or without dashes), or None.

    Only misses count, and only misses are refused once a client has guessed wrong too
    often: a citizen behind an address that others used to guess (a household, an office) still
    reaches their own complaint with its right code. (A code cannot be guessed in any number of
    tries this limit would allow: see ``codes``.)
    """
    rate = settings.COMPLAINTS_LOOKUP_MISS_RATE
    normalised = codes.normalise(typed)
    complaint = (
        Complaint.objects.select_related("category").filter(tracking_code=normalised).first()
        if normalised
        else None
    )
    if complaint is not None:
        return complaint
    if limit_exhausted(request, SCOPE, rate):
        raise TooManyWrongCodes
    limit_reached(request, SCOPE, rate)
    return None


def tracking_data(complaint: Complaint) -> dict:
    category = complaint.category.localized
    return {
        "tracking_code": complaint.tracking_code,
        "kind": complaint.kind,
        "category": category.name,
        "status": complaint.status,
        "status_label": complaint.get_status_display(),
        "received_at": complaint.created_at,
        "answer_due": complaint.due_at,
        "public_answer": complaint.public_answer,
        "rejection_reason": complaint.get_rejection_reason_display()
        if complaint.rejection_reason
        else "",
        "history": [
            {"status": entry.status, "status_label": entry.get_status_display(), "at": entry.at}
            for entry in complaint.history.all()
        ],
    }
