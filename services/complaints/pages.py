"""The page editors place where citizens should find the complaints box."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from services.captcha import refresh_captcha
from services.complaints import codes
from services.complaints.forms import ComplaintForm
from services.complaints.models import Category, Complaint
from services.complaints.submissions import create_complaint
from services.ratelimit import limit_exhausted, limit_reached


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
        # Only a real code is shown as "your tracking code": the page must not repeat
        # whatever a forged link puts in the address.
        sent = codes.normalise(request.GET.get("sent", ""))
        if sent and not Complaint.objects.filter(tracking_code=sent).exists():
            sent = None
        return self.render_form(request, ComplaintForm(language=get_language()), sent=sent)

    def submit(self, request: HttpRequest) -> HttpResponse:
        language = get_language()
        # The typed values, shown again without validating (which would use up the captcha).
        retyped = ComplaintForm(initial=request.POST.dict(), language=language)
        if "new_captcha" in request.POST:
            return self.render_form(request, retyped)
        if request.POST.get("website"):
            return self.render_form(request, retyped, status=400, rejected=True)
        if limit_reached(
            request, "complaints-attempt", settings.COMPLAINTS_ATTEMPT_RATE
        ) or limit_exhausted(request, "complaints", settings.COMPLAINTS_RATE):
            return self.render_form(request, retyped, status=429, rate_limited=True)
        files = request.FILES.getlist("attachments")
        form = ComplaintForm(request.POST, language=language, files_list=files)
        if not form.is_valid():
            # Browsers cannot refill a file input: say so, rather than lose files silently.
            return self.render_form(request, form, status=400, files_dropped=bool(files))
        complaint = create_complaint(form)
        limit_reached(request, "complaints", settings.COMPLAINTS_RATE)
        # Post/redirect/get: a reload does not send the message twice.
        return redirect(f"{self.get_url(request)}?sent={complaint.tracking_code}")

    def render_form(
        self, request: HttpRequest, form: ComplaintForm, status: int = 200, **extra
    ) -> HttpResponse:
        captcha_image = refresh_captcha(form)
        context = self.get_context(request)
        context.update(
            {
                "form": form,
                "categories": Category.objects.filter(
                    locale__language_code=get_language()
                ).order_by("sort_order", "name"),
                "captcha_image": captcha_image,
                **extra,
            }
        )
        return TemplateResponse(request, self.template, context, status=status)
