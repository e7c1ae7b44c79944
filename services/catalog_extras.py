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

# Django's month and weekday names (django.utils.dates): its Albanian catalog capitalises
# them ("Prill"), but Albanian, like Serbian, writes them lowercase mid-sentence ("Nr. 1, prill
# 2019"; docs/LANGUAGE.md, "Capitalization"). Ours win, so every |date:"F" and DATE_FORMAT is
# right.
DATE_NAMES = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
    gettext_noop("Monday"),
    gettext_noop("Tuesday"),
    gettext_noop("Wednesday"),
    gettext_noop("Thursday"),
    gettext_noop("Friday"),
    gettext_noop("Saturday"),
    gettext_noop("Sunday"),
]
