from django.conf import settings
from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema
from wagtail.api.v3.auth import AllowAnonymous
from wagtail.api.v3.errors import ProblemDetail

from services.captcha import new_challenge
from services.ratelimit import RateLimited, limit_reached

router = Router(tags=["captcha"], auth=[AllowAnonymous()])


class CaptchaChallenge(Schema):
    key: str
    image_url: str


@router.get(
    "/",
    response={200: CaptchaChallenge, 429: ProblemDetail},
    summary="New captcha challenge",
    description=(
        "A fresh challenge for a citizen write endpoint: show `image_url` to the person and send "
        "back `captcha_key` and `captcha_answer` with the form. Each challenge is good for one "
        "attempt and expires after a few minutes."
    ),
    operation_id="captcha_new",
)
def new_captcha(request: HttpRequest, response: HttpResponse) -> dict[str, str]:
    if limit_reached(request, "captcha", settings.CAPTCHA_RATE):
        raise RateLimited
    # Every call must produce a new challenge: nothing between us and the client may cache it.
    response["Cache-Control"] = "no-store"
    return new_challenge()
