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

from services.captcha import new_challenge
from services.complaints.forms import ComplaintForm
from services.complaints.models import Category
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
        code = request.GET.get("sent", "")
        return self.render_form(request, ComplaintForm(language=get_language()), sent=code)

    def submit(self, request: HttpRequest) -> HttpResponse:
        language = get_language()
        if request.POST.get("website"):
            return self.render_form(
                request, ComplaintForm(language=language), status=400, rejected=True
            )
        if limit_reached(
            request, "complaints-attempt", settings.COMPLAINTS_ATTEMPT_RATE
        ) or limit_exhausted(request, "complaints", settings.COMPLAINTS_RATE):
            form = ComplaintForm(request.POST, language=language)
            return self.render_form(request, form, status=429, rate_limited=True)
        form = ComplaintForm(
            request.POST, language=language, files_list=request.FILES.getlist("attachments")
        )
        if not form.is_valid():
            return self.render_form(request, form, status=400)
        complaint = create_complaint(form)
        limit_reached(request, "complaints", settings.COMPLAINTS_RATE)
        # Post/redirect/get: a reload does not send the message twice.
        return redirect(f"{self.get_url(request)}?sent={complaint.tracking_code}")

    def render_form(
        self, request: HttpRequest, form: ComplaintForm, status: int = 200, **extra
    ) -> HttpResponse:
        # A used or missing challenge is replaced; an unchecked one (other errors) is kept
        # together with the answer the citizen typed.
        keep_captcha = form.is_bound and not form.captcha_checked and form.data.get("captcha_key")
        challenge = None if keep_captcha else new_challenge()
        if challenge and form.is_bound:
            data = form.data.copy()
            data["captcha_key"] = challenge["key"]
            data["captcha_answer"] = ""
            form.data = data
        elif challenge:
            form.initial["captcha_key"] = challenge["key"]
        captcha_key = form.data.get("captcha_key") if form.is_bound else challenge["key"]
        context = self.get_context(request)
        context.update(
            {
                "form": form,
                "categories": Category.objects.filter(locale__language_code=get_language()),
                "captcha_image": f"/captcha/image/{captcha_key}/",
                **extra,
            }
        )
        return TemplateResponse(request, self.template, context, status=status)
