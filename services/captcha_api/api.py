from django.conf import settings
from django.http import HttpRequest, HttpResponse
from ninja import Field, Router, Schema
from wagtail.api.v3.auth import AllowAnonymous
from wagtail.api.v3.errors import ProblemDetail

from services.captcha import new_challenge
from services.ratelimit import RateLimited, limit_reached

router = Router(tags=["captcha"], auth=[AllowAnonymous()])


class CaptchaChallenge(Schema):
    key: str = Field(description="Send it back as `captcha_key`.")
    image_url: str = Field(description="An image of characters to type (PNG).")
    question: str = Field(
        description=(
            "The same challenge as a question in words, in the language of `Accept-Language`, "
            "for people who cannot see the image (e.g. for a screen reader): `captcha_answer` "
            "may be the characters in the image or the answer to this question, in digits or "
            "in words. Either way the challenge is good for one attempt."
        )
    )


@router.get(
    "/",
    response={200: CaptchaChallenge, 429: ProblemDetail},
    summary="New captcha challenge",
    description=(
        "A fresh challenge for a citizen write endpoint: show `image_url` to the person, and "
        "beside it `question` (the same challenge in words, for people who cannot see the "
        "image), and send back `captcha_key` and `captcha_answer` (the characters in the image "
        "or the answer to the question) with the form. Each challenge is good for one attempt "
        "and expires after a few minutes."
    ),
    operation_id="captcha_new",
)
def new_captcha(request: HttpRequest, response: HttpResponse) -> dict[str, str]:
    if limit_reached(request, "captcha", settings.CAPTCHA_RATE):
        raise RateLimited
    # Every call must produce a new challenge: nothing between us and the client may cache it.
    response["Cache-Control"] = "no-store"
    return new_challenge()
