from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from services.captcha import CaptchaFormMixin, captcha_fields
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
    captcha_key, captcha_answer = captcha_fields()

    def clean(self) -> dict:
        super().clean()
        data = self.cleaned_data
        self.check_captcha(data)
        return data
