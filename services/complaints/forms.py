"""The one set of rules for a submission, used by the site's form and by the API."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from services.captcha import CaptchaFormMixin, captcha_fields
from services.complaints import uploads
from services.complaints.models import Category, Complaint

MAX_ATTACHMENTS = 3


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to ``max_files`` files under one name; each is checked by ``uploads.inspect``."""

    widget = MultipleFileInput

    def __init__(self, *args, max_files: int, **kwargs) -> None:
        self.max_files = max_files
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None) -> list[uploads.Inspected]:
        files: list[UploadedFile] = (
            [item for item in data if item] if isinstance(data, list | tuple) else [data]
        )
        files = [item for item in files if item]
        if len(files) > self.max_files:
            raise ValidationError(
                ngettext(
                    "Attach at most %(count)s file.",
                    "Attach at most %(count)s files.",
                    self.max_files,
                )
                % {"count": self.max_files},
                code="too_many_files",
            )
        inspected, errors = [], []
        for upload in files:
            try:
                inspected.append(uploads.inspect(upload))
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise ValidationError(errors)
        return inspected


class CoordinateField(forms.DecimalField):
    """A coordinate, rounded to the decimal places it is stored with: a device giving more
    digits than the 6 kept (about 0.1 m) is not refused for its precision. A decimal comma
    ("42,3702", as Albanian and Serbian write it) is read as the decimal point: a coordinate
    has no thousands to separate, so the comma cannot mean anything else."""

    def to_python(self, value):
        if isinstance(value, str) and value.count(",") == 1 and "." not in value:
            value = value.replace(",", ".")
        number = super().to_python(value)
        if (
            isinstance(number, Decimal)
            and number.is_finite()
            and self.decimal_places is not None
            and self.max_digits is not None
            and abs(number) < Decimal(10) ** (self.max_digits - self.decimal_places)
        ):
            return number.quantize(Decimal(1).scaleb(-self.decimal_places))
        return number


#: Names for the error summary where a field's label is a sentence.
SUMMARY_NAMES = {"consent": _("Consent"), "anonymous": _("Anonymity")}

# Not Django's own wording, which reads badly in Serbian ("manja od 180. ili tačno toliko").
LATITUDE_RANGE = _("Enter a latitude between −90 and 90.")
LONGITUDE_RANGE = _("Enter a longitude between −180 and 180.")


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
    latitude = CoordinateField(
        label=_("Latitude"),
        required=False,
        min_value=Decimal(-90),
        max_value=Decimal(90),
        max_digits=9,
        decimal_places=6,
        error_messages={"min_value": LATITUDE_RANGE, "max_value": LATITUDE_RANGE},
    )
    longitude = CoordinateField(
        label=_("Longitude"),
        required=False,
        min_value=Decimal(-180),
        max_value=Decimal(180),
        max_digits=9,
        decimal_places=6,
        error_messages={"min_value": LONGITUDE_RANGE, "max_value": LONGITUDE_RANGE},
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
    phone = forms.CharField(
        label=_("Phone"),
        max_length=40,
        required=False,
        # A validator rather than a clean method, so that the API document states the rule.
        validators=[
            RegexValidator(
                r"^[\d+ \-/()]*$",
                message=_("Enter a phone number with digits only."),
                code="phone",
            )
        ],
    )
    attachments = AttachmentsField(
        label=_("Attachments"), required=False, max_files=MAX_ATTACHMENTS
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the municipality processes what I send to handle it, as described in "
            "the privacy notice."
        ),
        error_messages={"required": _("Please agree to the processing so we can handle it.")},
    )
    captcha_key, captcha_answer = captcha_fields()

    #: Fields given both or neither (the API document says so: ``services.openapi``).
    api_together = (("latitude", "longitude"),)

    def __init__(self, *args, language: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Any language's version of a category is accepted; lists show the citizen's.
        self.fields["category"].queryset = Category.objects.select_related(  # type: ignore[attr-defined]
            "locale", "default_department"
        )
        self.fields["attachments"].help_text = ngettext(
            "Up to %(count)s file: a JPEG or PNG photo, or a PDF document, of %(size)s MB at most.",
            "Up to %(count)s files: JPEG or PNG photos, or PDF documents, %(size)s MB each.",
            MAX_ATTACHMENTS,
        ) % {"count": MAX_ATTACHMENTS, "size": uploads.max_size() // (1024 * 1024)}
        self.language = language or settings.LANGUAGE_CODE
        self.clean_files: list[uploads.CleanFile] = []

    def clean_attachments(self) -> list[uploads.Inspected]:
        # Sent as text rather than as files: say so rather than ignore them. (A browser's empty
        # file input arrives as an empty text value: that is no attachment at all.)
        values = (
            self.data.getlist("attachments")
            if hasattr(self.data, "getlist")
            else [self.data.get("attachments")]
        )
        if any(values):
            raise ValidationError(
                _("Send attachments as files (multipart/form-data)."), code="not_a_file"
            )
        return self.cleaned_data.get("attachments") or []

    def clean(self) -> dict:
        super().clean()
        data = self.cleaned_data
        for first, second in self.api_together:
            # A value refused on its own is reported once, on its own field: the other one
            # is not also blamed for being alone.
            if first in self.errors or second in self.errors:
                continue
            if (data.get(first) is None) != (data.get(second) is None):
                missing = first if data.get(first) is None else second
                self.add_error(missing, _("Give both coordinates, or neither."))
        if data.get("anonymous"):
            # Anonymous means nothing identifying is kept, whatever was typed.
            data["name"] = data["email"] = data["phone"] = ""
        self.check_captcha(data)
        return data

    def after_captcha(self) -> None:
        # Decoding images is the costly part: only for a submission that passed the captcha.
        for inspected in self.cleaned_data.get("attachments") or []:
            try:
                self.clean_files.append(uploads.finish(inspected))
            except ValidationError as error:
                self.add_error("attachments", error)

    def error_summary(self) -> list[dict[str, str]]:
        """Each error with the label of its field, for the summary at the top of the form."""
        summary = []
        for field, messages in self.errors.items():
            # Every rule reports on a field; an error of the whole form points at its start.
            anchor = f"id_{field}" if field in self.fields else "id_kind_0"
            label = self.fields[field].label if field in self.fields else ""
            # A field whose label is a whole sentence is named by its short name instead.
            label = SUMMARY_NAMES.get(field, label)
            if field in ("latitude", "longitude"):
                anchor = "id_latitude"
            for message in messages:
                summary.append({"anchor": anchor, "label": str(label), "message": str(message)})
        return summary
