"""The site's side of polls: the list, a poll's page (vote, then results) and the widget that
shows a poll inside any page (the generic "Public service" block)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from services.captcha import refresh_captcha
from services.gate import CONFLICT, HONEYPOT, INVALID, RATE_LIMITED, UNSUPPORTED
from services.polls import voting
from services.polls.api import listed
from services.polls.models import Poll

#: The marker of the page after a vote (it carries nothing personal).
VOTED = "voted"


def _in_language(poll: Poll) -> Poll:
    """The poll in the page's language when it has that translation, else as it is."""
    locale = Locale.objects.filter(language_code=get_language()).first()
    if locale is None or poll.locale_id == locale.pk:
        return poll
    translated = (
        Poll.objects.ready_in(locale)
        .filter(translation_key=poll.translation_key)
        .select_related("locale")
        .first()
    )
    return translated or poll


def poll_list(request: HttpRequest) -> HttpResponse:
    locale = Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()
    now = timezone.now()
    polls = list(listed(locale, now))
    context = {
        "open_polls": [poll for poll in polls if poll.is_open(now)],
        "closed_polls": [poll for poll in polls if not poll.is_open(now)],
    }
    return TemplateResponse(request, "polls/index.html", context)


def poll_context(
    request: HttpRequest | None, poll: Poll, form: voting.VoteForm | None = None
) -> dict[str, Any]:
    """What a poll's page and widget show this visitor: the ballot while they may vote, the
    results once the poll's rule lets them see them."""
    token = voting.read_token(request) if request is not None else None
    voted = voting.has_voted(poll, token)
    open_now = poll.is_open()
    context: dict[str, Any] = {
        "poll": poll,
        "voted": voted,
        "is_open": open_now,
        "not_yet": not poll.has_opened(),
        "method_note": None,
        "chart_id": f"poll-{poll.pk}-chart",
    }
    if open_now and not voted:
        form = form or voting.VoteForm(poll=poll)
        context["form"] = form
    elif form is not None and form.is_bound:
        # Refused because the poll closed (or is not open yet) while the visitor read it.
        context["refusals"] = form.non_field_errors()
        if poll.captcha and request is not None:
            context["captcha"] = refresh_captcha(form)
    reason = voting.hidden_reason(poll, voted)
    context["hidden_reason"] = reason
    if reason is None:
        results = voting.tally(poll, voting.my_choices(poll, token))
        context["results"] = results
        context["method_note"] = voting.method_note(results)
        context["sample_note"] = voting.sample_note()
    return context


@never_cache
def poll_page(request: HttpRequest, pk: int) -> HttpResponse:
    poll = voting.poll_by_id(pk)
    if poll is None:
        raise Http404
    shown = _in_language(poll)
    if shown.pk != poll.pk and request.method in ("GET", "HEAD"):
        query = request.META.get("QUERY_STRING", "")
        target = reverse("polls:poll", args=[shown.pk])
        return redirect(f"{target}?{query}" if query else target)
    poll = shown
    if request.method != "POST":
        return _render(request, poll, thanked=VOTED in request.GET)
    if voting.GATE.too_large(request):
        return _render(request, poll, status=413, too_large=True)
    if "new_captcha" in request.POST:
        return _render(request, poll, voting.VoteForm(initial=request.POST.dict(), poll=poll))
    token = voting.read_token(request) or voting.new_token()
    outcome = voting.run(request, poll, token, lambda request: request.POST)
    if outcome.accepted:
        response = HttpResponseRedirect(_after_vote(request, poll))
        voting.remember(response, token)
        return response
    form = outcome.form
    if outcome.refusal == CONFLICT or (
        outcome.refusal == INVALID and form is not None and form.already_voted()
    ):
        return _render(request, poll, status=409, already_voted=True)
    if outcome.refusal == INVALID:
        return _render(request, poll, form, status=400)
    return _render(
        request,
        poll,
        form,
        status=outcome.status,
        rejected=outcome.refusal in (HONEYPOT, UNSUPPORTED),
        rate_limited=outcome.refusal == RATE_LIMITED,
    )


def _after_vote(request: HttpRequest, poll: Poll) -> str:
    """Back where the vote was cast (a page with the poll's widget), or the poll's page."""
    back = request.POST.get("next", "")
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts=None) and back.startswith("/"):
        path = back.split("#", 1)[0]
        joiner = "&" if "?" in path else "?"
        return f"{path}{joiner}{VOTED}={poll.pk}#poll-{poll.pk}"
    return f"{reverse('polls:poll', args=[poll.pk])}?{VOTED}#poll-{poll.pk}"


def _render(
    request: HttpRequest,
    poll: Poll,
    form: voting.VoteForm | None = None,
    status: int = 200,
    **extra: Any,
) -> HttpResponse:
    context = {**poll_context(request, poll, form), **extra}
    response = TemplateResponse(request, "polls/poll.html", context, status=status)
    response["Cache-Control"] = "no-store"
    return response


def _chosen_poll(value: Mapping[str, Any]) -> Poll | None:
    """The block's poll in the page's language; with no poll chosen, the newest open one (a
    home page's poll block then follows the polls without being edited)."""
    options = str(value.get("options") or "").strip()
    if not options:
        locale = Locale.objects.filter(language_code=get_language()).first()
        if locale is None:
            return None
        return (
            Poll.objects.for_readers_in(locale)
            .open_at(timezone.now())
            .select_related("locale")
            .order_by("-opens_at", "-pk")
            .first()
        )
    if not options.isdigit() or int(options) >= 2**31:
        return None
    poll = Poll.objects.select_related("locale").filter(pk=int(options)).first()
    return _in_language(poll) if poll is not None else None


def render_widget(request: HttpRequest | None, value: Mapping[str, Any]) -> str:
    """The chosen poll inside any page; nothing when it is gone (a notice in preview)."""
    poll = _chosen_poll(value)
    if poll is None:
        if request is not None and getattr(request, "is_preview", False):
            return render_to_string("polls/widget_missing.html", request=request)
        return ""
    context = poll_context(request, poll)
    context["widget_title"] = value.get("title")
    context["thanked"] = request is not None and request.GET.get(VOTED) == str(poll.pk)
    context["next"] = request.get_full_path() if request is not None else ""
    return render_to_string("polls/widget.html", context, request=request)


def widget_link(value: Mapping[str, Any]) -> tuple[str, str] | None:
    """The poll's question and page address, for editions that cannot vote (e-mail, PDF)."""
    poll = _chosen_poll(value)
    if poll is None:
        return None
    return poll.question, reverse("polls:poll", args=[poll.pk])
