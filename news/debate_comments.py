"""Citizens' comments on a consultation's draft: one form and one gate for the debate's page and
the API (``services.gate``), with the captcha checked last (``services.captcha``).

Nothing here names the page model: the page hands itself in, so the models can use this module.
Anonymous means nothing identifying is stored: the name and e-mail typed are dropped, and no
network address is ever kept (the rate limits count hashed addresses in the cache only).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from services.captcha import CaptchaFormMixin, captcha_fields, refresh_captcha
from services.form_errors import announce_errors
from services.gate import HONEYPOT, INVALID, RATE_LIMITED, UNSUPPORTED, Gate

#: The longest comment accepted.
MAX_TEXT = 5000

#: The marker of the page after a comment (it carries nothing personal).
SENT = "commented"

GATE = Gate(
    scope="news-debate-comment",
    attempt_rate="NEWS_DEBATE_COMMENT_ATTEMPT_RATE",
    accepted_rate="NEWS_DEBATE_COMMENT_RATE",
    media_types=("application/json", "application/x-www-form-urlencoded", "multipart/form-data"),
)


def closed_message() -> str:
    return str(_("This consultation does not take comments now: its comment period is closed."))


class CommentForm(CaptchaFormMixin, forms.Form):
    text = forms.CharField(
        label=_("Your comment"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Please write your comment.")},
    )
    section = forms.CharField(
        label=_("Article or section of the draft (optional)"),
        max_length=200,
        required=False,
        help_text=_("E.g. Article 5, or Chapter 3."),
    )
    anonymous = forms.BooleanField(
        label=_("Comment anonymously (we will store no name and no e-mail)"),
        required=False,
        help_text=_("A name or e-mail typed below is then not saved, and we cannot reply to you."),
    )
    name = forms.CharField(
        label=pgettext_lazy("of a person", "Name (optional)"),
        max_length=120,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail (optional)"),
        max_length=254,
        required=False,
        help_text=_("If you give it, we can write to you about your comment."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    captcha_key, captcha_answer = captcha_fields()

    def __init__(self, *args: Any, debate: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.debate = debate

    def full_clean(self) -> None:
        super().full_clean()
        # Errors are announced next to their field (and in the summary above the form).
        announce_errors(self)

    def clean_text(self) -> str:
        text = str(self.cleaned_data.get("text", "")).strip()
        if not text:
            raise ValidationError(_("Please write your comment."), code="required")
        return text

    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean() or {}
        if self.debate is not None and not self.debate.comments_accepted:
            raise ValidationError(closed_message(), code="closed")
        if data.get("anonymous"):
            # Anonymous means nothing identifying is kept, whatever was typed.
            data["name"] = data["email"] = ""
        self.check_captcha(data)
        return data


def store(debate: Any, form: CommentForm) -> Any:
    data = form.cleaned_data
    anonymous = bool(data.get("anonymous"))
    return debate.comments.create(
        text=data["text"],
        section=data.get("section", "").strip(),
        anonymous=anonymous,
        name="" if anonymous else data.get("name", "").strip(),
        email="" if anonymous else data.get("email", "").strip().lower(),
        # The page's language, which the Office answers in (an API client may send none).
        language=debate.locale.language_code,
    )


def run(request: HttpRequest, debate: Any, read: Callable[[HttpRequest], QueryDict | None]) -> Any:
    """The gate for ``debate``: site and API alike."""
    return GATE.run(
        request,
        lambda data: CommentForm(data, debate=debate),
        lambda form: store(debate, form),
        read=read,
    )


def serve_debate(
    page: Any, request: HttpRequest, serve: Callable[..., HttpResponse], *args: Any, **kwargs: Any
) -> HttpResponse:
    """The debate's page: GET shows it with the form while comments are open, POST stores a
    comment and then redirects (post/redirect/get) to a thank-you carrying nothing personal."""
    if request.method != "POST":
        if SENT in request.GET:
            return _render(page, request, None, sent=True)
        return _render(page, request, CommentForm(debate=page))
    if GATE.too_large(request):
        return _render(page, request, CommentForm(debate=page), status=413, too_large=True)
    retyped = CommentForm(initial=request.POST.dict(), debate=page)
    if "new_captcha" in request.POST:
        return _render(page, request, retyped)
    outcome = run(request, page, lambda request: request.POST)
    if outcome.accepted:
        return redirect(f"{page.get_url(request)}?{SENT}#comment")
    if outcome.refusal == INVALID and outcome.form is not None:
        return _render(page, request, outcome.form, status=400)
    return _render(
        page,
        request,
        outcome.form or retyped,
        status=outcome.status,
        rejected=outcome.refusal in (HONEYPOT, UNSUPPORTED),
        rate_limited=outcome.refusal == RATE_LIMITED,
    )


def _render(
    page: Any,
    request: HttpRequest,
    form: CommentForm | None,
    status: int = 200,
    **extra: Any,
) -> HttpResponse:
    context = page.get_context(request)
    if form is not None and page.comments_accepted:
        context["captcha"] = refresh_captcha(form)
    context.update({"form": form, **extra})
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    if request.method == "POST" or extra.get("sent"):
        response["Cache-Control"] = "no-store"
    return response
