from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from services.captcha import CaptchaFormMixin
from services.subscriptions.models import topic_choices


class SubscribeForm(CaptchaFormMixin, forms.Form):
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    topics = forms.MultipleChoiceField(
        label=_("What would you like to receive?"),
        choices=topic_choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one topic.")},
    )
    language = forms.ChoiceField(label=_("Language of the e-mails"), choices=settings.LANGUAGES)
    captcha_key = forms.CharField(
        widget=forms.HiddenInput, required=False, help_text=_("From GET /api/v3/captcha/.")
    )
    captcha_answer = forms.CharField(
        label=_("Type the characters in the image, or answer the question"),
        max_length=20,
        required=False,
        help_text=_(
            "The characters shown in the image, or the answer to the question that comes with "
            "it (in digits or in words)."
        ),
    )

    def clean(self) -> dict:
        super().clean()
        data = self.cleaned_data
        self.check_captcha(data)
        return data
