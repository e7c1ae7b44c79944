"""Core API routers owned by ``home``: the locales and the municipality's identity."""

from django.conf import settings
from django.http import Http404, HttpRequest
from ninja import Field, Router, Schema
from wagtail.api.v3.auth import AllowAnonymous
from wagtail.models import Locale, Site

from home import cyrillic
from home.images import image_representation
from home.models import MunicipalityIdentity

locales_router = Router(tags=["locales"], auth=[AllowAnonymous()])
identity_router = Router(tags=["identity"], auth=[AllowAnonymous()])


class LocaleSchema(Schema):
    language_code: str
    name: str
    is_default: bool
    # Set on an edition derived from another locale's content (sr-cyrl from sr-latn): it has
    # no pages of its own, and asking for it gives that locale's pages transliterated.
    transliteration_of: str | None = None


@locales_router.get(
    "/", response=list[LocaleSchema], summary="List content languages", operation_id="locales_list"
)
def list_locales(request: HttpRequest) -> list[dict]:
    names = dict(settings.LANGUAGES)
    locales = [
        {
            "language_code": locale.language_code,
            "name": names.get(locale.language_code, locale.language_code),
            "is_default": locale.language_code == settings.LANGUAGE_CODE,
            "transliteration_of": None,
        }
        for locale in Locale.objects.order_by("pk")
    ]
    if cyrillic.enabled() and any(item["language_code"] == cyrillic.SOURCE for item in locales):
        locales.append(
            {
                "language_code": cyrillic.CODE,
                "name": cyrillic.NAME,
                "is_default": False,
                "transliteration_of": cyrillic.SOURCE,
            }
        )
    return locales


class IdentitySchema(Schema):
    name: str
    names: dict[str, str] = Field(
        description="The name in every content language, keyed by language code (`sr-latn`)."
    )
    address: str
    office_hours: str
    phones: list[str]
    email: str
    social_links: dict[str, str]
    coat_of_arms: dict | None


@identity_router.get(
    "/",
    response=IdentitySchema,
    summary="The municipality's identity",
    description=(
        "Name, address, contacts and coat of arms, in the language of `locale` "
        "(or of Accept-Language)."
    ),
    operation_id="identity_detail",
)
def identity(request: HttpRequest, locale: str | None = None) -> dict:
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise Http404
    settings_obj = MunicipalityIdentity.for_site(site)
    return {
        "name": settings_obj.name(locale),
        "names": {code: settings_obj.name(code) for code, _name in settings.LANGUAGES},
        "address": settings_obj.address(locale),
        "office_hours": settings_obj.office_hours(locale),
        "phones": settings_obj.phone_list,
        "email": settings_obj.email,
        "social_links": dict(settings_obj.social_links),
        # Decorative beside the name, as on the site (the library's title is not translated).
        "coat_of_arms": image_representation(settings_obj.coat_of_arms, decorative=True),
    }
