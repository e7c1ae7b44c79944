"""The one set of rules for a submission, used by the site's form and by the API."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from services.captcha import CaptchaFormMixin
from services.complaints.models import Category, Complaint
from services.complaints.uploads import CleanFile, clean_upload

MAX_ATTACHMENTS = 3


class ComplaintForm(CaptchaFormMixin, forms.Form):
    kind = forms.ChoiceField(
        label=_("What would you like to send?"),
        choices=Complaint.Kind.choices,
        initial=Complaint.Kind.COMPLAINT,
        widget=forms.RadioSelect,
    )
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.none(), empty_label=_("Choose a category")
    )
    subject = forms.CharField(label=_("Subject"), max_length=200)
    text = forms.CharField(
        label=_("Your message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("At most 5000 characters."),
    )
    place = forms.CharField(label=_("Place (village or address)"), max_length=200, required=False)
    latitude = forms.DecimalField(
        label=_("Latitude"),
        required=False,
        min_value=Decimal(-90),
        max_value=Decimal(90),
        max_digits=9,
        decimal_places=6,
    )
    longitude = forms.DecimalField(
        label=_("Longitude"),
        required=False,
        min_value=Decimal(-180),
        max_value=Decimal(180),
        max_digits=9,
        decimal_places=6,
    )
    anonymous = forms.BooleanField(
        label=_("Send anonymously (we will store no name, e-mail or phone)"),
        required=False,
        help_text=_(
            "Contact details typed below are then not saved, and we cannot send you the answer "
            "by e-mail: keep your tracking code."
        ),
    )
    name = forms.CharField(label=pgettext_lazy("person", "Name"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        help_text=_("If you give it, we send you the tracking code and the answer."),
    )
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that the municipality processes what I send to handle it, as described in "
            "the privacy notice."
        ),
        error_messages={"required": _("Please agree to the processing so we can handle it.")},
    )
    captcha_key = forms.CharField(widget=forms.HiddenInput, required=False)
    captcha_answer = forms.CharField(
        label=_("Type the characters in the image"), max_length=20, required=False
    )

    def __init__(self, *args, language: str | None = None, files_list=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Any language's version of a category is accepted; lists show the citizen's.
        self.fields["category"].queryset = Category.objects.select_related(
            "locale", "default_department"
        )
        self.language = language or settings.LANGUAGE_CODE
        self.files_list = list(files_list or [])
        self.clean_files: list[CleanFile] = []

    def clean_phone(self) -> str:
        phone = self.cleaned_data.get("phone", "").strip()
        if phone and not all(char.isdigit() or char in "+ -/()" for char in phone):
            raise ValidationError(_("Enter a phone number with digits only."), code="phone")
        return phone

    def clean(self) -> dict:
        data = super().clean()
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            self.add_error("longitude", _("Give both coordinates, or neither."))
        if data.get("anonymous"):
            # Anonymous means nothing identifying is kept, whatever was typed.
            data["name"] = data["email"] = data["phone"] = ""
        if len(self.files_list) > MAX_ATTACHMENTS:
            self.add_error(
                None,
                ValidationError(
                    _("Attach at most %(count)s files.") % {"count": MAX_ATTACHMENTS},
                    code="too_many_files",
                ),
            )
        else:
            for upload in self.files_list:
                try:
                    self.clean_files.append(clean_upload(upload))
                except ValidationError as error:
                    self.add_error(None, error)
        self.check_captcha(data)
        return data

    def error_summary(self) -> list[dict[str, str]]:
        """Each error with the label of its field, for the summary at the top of the form."""
        summary = []
        for field, messages in self.errors.items():
            anchor = "id_attachments" if field == "__all__" else f"id_{field}"
            label = _("Attachments") if field == "__all__" else self.fields[field].label
            if field in ("latitude", "longitude"):
                anchor = "id_latitude"
            for message in messages:
                summary.append({"anchor": anchor, "label": str(label), "message": str(message)})
        return summary

    def errors_by_field(self) -> dict[str, list[str]]:
        # Files are reported under "attachments", the field name the API documents.
        return {
            ("attachments" if field == "__all__" else field): [str(message) for message in messages]
            for field, messages in self.errors.items()
        }
