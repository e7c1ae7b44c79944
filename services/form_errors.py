"""What every citizen form does with its errors on the page, written once."""

from __future__ import annotations

from django import forms


def announce_errors(form: forms.BaseForm) -> None:
    """Mark each field in error for assistive technology: ``aria-invalid``, and its error
    message (``id_<name>_error``) linked after its help text. Call after ``full_clean``."""
    for name in form.errors:
        if name in form.fields:
            widget = form.fields[name].widget
            widget.attrs["aria-invalid"] = "true"
            # Django links the help text only while no aria-describedby is set: keep it.
            helptext = f"id_{name}_helptext" if form.fields[name].help_text else ""
            described = widget.attrs.get("aria-describedby", helptext)
            widget.attrs["aria-describedby"] = f"{described} id_{name}_error".strip()
