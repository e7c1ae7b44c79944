"""Page types shared by the whole site and the municipality's identity settings."""

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home import official
from home.blocks import BodyBlock, HighlightBlock, LatestFromSectionBlock
from home.calendar_days import HolidayCorrection, MarkedDay  # noqa: F401 (models of this app)
from home.images import image_representation


class BasePage(Page):
    """Fields and behaviour every content page shares: a short introduction, used in lists,
    search results and link previews."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title and in lists."),
    )

    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("translations")]

    class Meta:
        abstract = True

    def publish(self, revision: Any, user: Any = None, **kwargs: Any) -> Any:
        # Official content goes live in both official languages together: see home.official.
        return official.publish(self, revision, super().publish, user=user, **kwargs)

    @property
    def translations(self) -> list[dict[str, Any]]:
        """The page in the other languages, so a front end can offer a language switch."""
        return [
            {
                "id": page.pk,
                "locale": page.locale.language_code,
                "title": page.title,
                "html_url": page.full_url,
            }
            # A private translation is not listed (nor its title shown).
            for page in self.get_translations().live().public().select_related("locale")
        ]


class HomePage(BasePage):
    hero_title = models.CharField(_("hero title"), max_length=200, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    highlights = StreamField(
        [("highlight", HighlightBlock())], blank=True, verbose_name=_("highlights")
    )
    sections = StreamField(
        [("latest", LatestFromSectionBlock())],
        blank=True,
        verbose_name=_("latest from sections"),
        help_text=_("Lists of the newest pages of chosen sections, e.g. news or the bulletin."),
    )
    # The municipality's identity texts: on the home page of each language, so that they are
    # translated, reviewed and published like every other text.
    municipality_name = models.CharField(_("name of the municipality"), max_length=120, blank=True)
    address = models.TextField(_("address"), blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("municipality_name"), FieldPanel("address"), FieldPanel("office_hours")],
            heading=_("The municipality"),
            help_text=_(
                "Shown in the site's header and footer, the bulletin and its print edition; "
                "phone numbers, e-mail, coat of arms and social media are in Settings."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("highlights"),
        FieldPanel("sections"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("hero_title"),
        APIField("hero_text"),
        APIField("hero"),
        APIField("highlights"),
        APIField("sections"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @property
    def hero(self) -> dict | None:
        # Decorative, as the site shows it: the hero title and text beside it say what it is
        # about (the library's title is in the source language only).
        return image_representation(self.hero_image, decorative=True)

    @property
    def menu_pages(self):
        return self.get_children().live().public().in_menu()


class StandardPage(BasePage):
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body"), APIField("children")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    @property
    def children(self) -> list[dict[str, Any]]:
        return [
            {"id": page.pk, "title": page.title, "html_url": page.full_url}
            for page in self.get_children().live().public()
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = self.get_children().live().public().specific()
        return context


@register_setting(icon="home")
class MunicipalityIdentity(BaseSiteSetting):
    """Who the site speaks for: what is the same in every language. The texts (name, address,
    office hours) are on the site's home page in each language, translated like any page."""

    coat_of_arms = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("coat of arms"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phones = models.CharField(
        _("phone numbers"), max_length=200, blank=True, help_text=_("Separate numbers with commas.")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)

    panels = [
        FieldPanel("coat_of_arms"),
        MultiFieldPanel([FieldPanel("phones"), FieldPanel("email")], heading=_("Contact")),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("x_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("municipality identity")

    def home_page(self, language: str | None = None) -> "HomePage | None":
        """The site's home page in ``language`` (the active one by default), as published;
        the source language's when that language has none live."""
        language = language or get_language() or settings.LANGUAGE_CODE
        if not hasattr(self, "_home_pages"):
            root = self.site.root_page
            self._home_pages: dict[str, HomePage] = {
                page.locale.language_code: page
                for page in HomePage.objects.filter(translation_key=root.translation_key)
                .live()
                .select_related("locale")
            }
        return self._home_pages.get(language) or self._home_pages.get(settings.LANGUAGE_CODE)

    def _text(self, field: str, language: str | None) -> str:
        page = self.home_page(language)
        value = getattr(page, field, "") if page is not None else ""
        if not value and page is not None and page.locale.language_code != settings.LANGUAGE_CODE:
            source = self.home_page(settings.LANGUAGE_CODE)
            value = getattr(source, field, "") if source is not None else ""
        return str(value)

    def name(self, language: str | None = None) -> str:
        return self._text("municipality_name", language)

    def address(self, language: str | None = None) -> str:
        return self._text("address", language)

    def office_hours(self, language: str | None = None) -> str:
        return self._text("office_hours", language)

    @property
    def local_name(self) -> str:
        return self.name()

    @property
    def local_address(self) -> str:
        return self.address()

    @property
    def local_office_hours(self) -> str:
        return self.office_hours()

    @property
    def phone_list(self) -> list[str]:
        return [phone.strip() for phone in self.phones.split(",") if phone.strip()]

    @property
    def social_links(self) -> list[tuple[str, str]]:
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("X", self.x_url),
        ]
        return [(name, url) for name, url in links if url]
