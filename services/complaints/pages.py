"""The page editors place where citizens should find the complaints box."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page

from services.captcha import refresh_captcha
from services.complaints.forms import ComplaintForm
from services.complaints.models import Category
from services.complaints.submissions import GATE, create_complaint
from services.gate import HONEYPOT, INVALID, RATE_LIMITED, UNSUPPORTED

#: The marker of the page after a message was sent (it carries nothing: the code is in the
#: session under ``SESSION_KEY``).
RECEIVED = "received"
SESSION_KEY = "complaints:sent"


class ComplaintFormPage(Page):
    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    privacy_notice = RichTextField(
        _("privacy notice"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Shown above the form. Leave empty to use the standard notice."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("privacy_notice")]
    api_fields = [APIField("intro"), APIField("privacy_notice")]
    subpage_types: list[str] = []
    template = "complaints/complaint_form_page.html"

    class Meta:
        verbose_name = _("complaints and suggestions page")

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "POST":
            return self.submit(request)
        if RECEIVED in request.GET:
            # The code is shown once, from the session: it never travels in the address (nor
            # stays in the browser's history), and a reload or the back button on a shared
            # computer shows only that the message arrived.
            code = request.session.pop(SESSION_KEY, None)
            context = self.get_context(request)
            context.update({"received": True, "sent": code})
            response = TemplateResponse(request, self.template, context)
            response["Cache-Control"] = "no-store"
            return response
        return self.render_form(request, ComplaintForm(language=get_language()))

    def submit(self, request: HttpRequest) -> HttpResponse:
        language = get_language()
        if GATE.too_large(request):
            form = ComplaintForm(language=language)
            return self.render_form(request, form, status=413, too_large=True)
        # The typed values, shown again without validating (which would use up the captcha).
        retyped = ComplaintForm(initial=request.POST.dict(), language=language)
        if "new_captcha" in request.POST:
            return self.render_form(request, retyped)
        outcome = GATE.run(
            request,
            lambda data: ComplaintForm(data, request.FILES, language=language),
            create_complaint,
        )
        if outcome.result is not None:
            # Post/redirect/get: a reload does not send the message twice. The code waits in
            # the session for the page after the redirect.
            request.session[SESSION_KEY] = outcome.result.tracking_code
            return redirect(f"{self.get_url(request)}?{RECEIVED}")
        if outcome.refusal == INVALID and outcome.form is not None:
            # Browsers cannot refill a file input: say so, rather than lose files silently.
            files_dropped = bool(request.FILES)
            return self.render_form(request, outcome.form, status=400, files_dropped=files_dropped)
        return self.render_form(
            request,
            outcome.form or retyped,
            status=outcome.status,
            rejected=outcome.refusal in (HONEYPOT, UNSUPPORTED),
            rate_limited=outcome.refusal == RATE_LIMITED,
        )

    def render_form(
        self, request: HttpRequest, form: ComplaintForm, status: int = 200, **extra
    ) -> HttpResponse:
        captcha = refresh_captcha(form)
        context = self.get_context(request)
        context.update(
            {
                "form": form,
                "categories": Category.objects.ready_in(
                    Locale.objects.filter(language_code=get_language()).first()
                    or Locale.get_default()
                ).order_by("sort_order", "name"),
                "captcha": captcha,
                **extra,
            }
        )
        return TemplateResponse(request, self.template, context, status=status)
