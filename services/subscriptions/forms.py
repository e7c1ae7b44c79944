from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from services.captcha import verify
from services.subscriptions.models import Topic


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    topics = forms.MultipleChoiceField(
        label=_("What would you like to receive?"),
        choices=Topic.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one topic.")},
    )
    language = forms.ChoiceField(label=_("Language of the e-mails"), choices=settings.LANGUAGES)
    captcha_key = forms.CharField(widget=forms.HiddenInput, required=False)
    captcha_answer = forms.CharField(
        label=_("Type the characters in the image"), max_length=20, required=False
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.captcha_checked = False

    def clean(self) -> dict:
        data = super().clean()
        if not self.errors:
            self.captcha_checked = True
            if not verify(data.get("captcha_key", ""), data.get("captcha_answer", "")):
                self.add_error(
                    "captcha_answer",
                    ValidationError(
                        _(
                            "The characters do not match the image, or the image has expired. "
                            "Please type the new one."
                        ),
                        code="captcha",
                    ),
                )
        return data
