"""Template helpers for the public site's layout: languages, navigation, identity."""

from typing import Any
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language, gettext
from wagtail.models import Locale, Page, Site

from home import cyrillic

register = template.Library()

# BCP 47 tags for <html lang> and hreflang ("sr-Latn", not Django's "sr-latn").
BCP47 = {"sr-latn": "sr-Latn", cyrillic.CODE: cyrillic.BCP47}


@register.filter
def bcp47(language_code: str) -> str:
    return BCP47.get(language_code, language_code)


@register.simple_tag(takes_context=True)
def language_links(context: dict[str, Any]) -> list[dict[str, Any]]:
    """One entry per language: where the switcher leads, or ``None`` when the current page has
    no published translation in that language yet.

    With the Cyrillic edition on, Serbian has a second entry right after "Srpski": the same
    page under /sr-cyrl/ (hreflang alternates follow from these entries).
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    in_cyrillic = cyrillic.is_requested(request)
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    links = []
    for code, name in settings.LANGUAGES:
        if code not in locales:
            continue
        if isinstance(page, Page) and page.pk:
            target = translations.get(code)
            url = target.get_url(request) if target else None
        elif "request_path" in context:
            # An error page (404): the missing path is missing in every language too.
            url = f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        home_url = None if url else _home_url(request, locales[code])
        links.append(
            {
                "code": code,
                "lang": bcp47(code),
                "name": name,
                "url": url,
                # Without a translation of this page, the reader can still enter the site in
                # that language, at its home page.
                "home_url": home_url,
                "note": _not_translated(code),
                "current": code == current and not in_cyrillic,
            }
        )
        if code == cyrillic.SOURCE and cyrillic.enabled():
            links.append(
                {
                    "code": cyrillic.CODE,
                    "lang": cyrillic.BCP47,
                    "name": cyrillic.NAME,
                    # The Serbian page's own address, whichever host it is on.
                    "url": cyrillic.cyrillic_url(url, {urlsplit(url).netloc}) if url else None,
                    "home_url": (
                        cyrillic.cyrillic_url(home_url, {urlsplit(home_url).netloc})
                        if home_url
                        else None
                    ),
                    "note": cyrillic.to_cyrillic(_not_translated(code)),
                    "current": code == current and in_cyrillic,
                }
            )
    return links


def _not_translated(code: str) -> str:
    """Said in the language the reader is looking for."""
    with translation.override(code):
        return gettext("this page is not translated yet")


def _home_url(request: Any, locale: Locale) -> str | None:
    site = Site.find_for_request(request)
    root = site.root_page if site else None
    home = root.get_translation_or_none(locale) if root else None
    return home.get_url(request) if home is not None and home.live else None


@register.simple_tag(takes_context=True)
def site_root(context: dict[str, Any]) -> Page | None:
    """The home page in the visitor's language (falling back to the site's root)."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    return root.localized if root else None


@register.simple_tag(takes_context=True)
def absolute_url(context: dict[str, Any], url: str) -> str:
    return context["request"].build_absolute_uri(url)
