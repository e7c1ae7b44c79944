"""Citizen-facing strings of libraries that ship no Albanian or Serbian (Latin) catalog.

Listed here so ``makemessages`` keeps them in the project's catalogs, which take precedence
over the libraries' own (LOCALE_PATHS).
"""

from django.utils.translation import gettext_noop

LIBRARY_STRINGS = [
    # django-simple-captcha
    gettext_noop("Invalid CAPTCHA"),
    gettext_noop("Play CAPTCHA as audio file"),
    # Wagtail's password-protected pages (form label and error)
    gettext_noop("Password"),
    gettext_noop("The password you have entered is not correct. Please try again."),
]
