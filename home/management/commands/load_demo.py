"""Build the Klokot demo site from the strategy document (see ``home/demo_content.py``).

Albanian is the source. Serbian and English are real wagtail-localize translations: each page
gets a TranslationSource, a Translation per target language whose strings are filled in from
the demo content, and the translated page is saved by wagtail-localize itself, so the
translator's sync-and-retranslate loop works on the demo exactly as on real content.

Idempotent: a second run changes nothing; ``--force`` rebuilds the demo pages.
"""

import html
import os
import re
import secrets
import uuid
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import TranslatableObject

from home import demo_content, demo_holidays, demo_images
from home.models import HomePage, MunicipalityIdentity, StandardPage
from services.demo import (
    SOURCE,
    TARGETS,
    date_published,
    section_loaders,
    translate,
    translation_map,
)
from services.registry import registry

# "8.1 ...", "Neni 1", "Član 1", "Article 1": sub-sections, one level below their section.
SUBHEADING = re.compile(r"^(\d+\.\d+|Neni \d|Član \d|Article \d)")

# What is the same in every language; the names, address and office hours are on the home
# pages (demo_content.HOME).
IDENTITY = {"email": "info@kllokot.example"}


def sync_default_site(base_url: str, root_page: Page | None = None) -> Site:
    """Point the default Site at the address the site is really served on, so every
    ``html_url`` and e-mail link is right."""
    parts = urlsplit(base_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = parts.hostname or "localhost"
    site.port = port
    site.site_name = settings.WAGTAIL_SITE_NAME
    if root_page is not None:
        site.root_page = root_page
    site.save()
    return site


def _block_id(key: str, lang_independent_index: int) -> str:
    # Stable ids: the same block keeps its id across rebuilds, which keeps sync diffs small.
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"klokot-demo/{key}/{lang_independent_index}"))


def body_stream(key: str, items: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    stream = []
    for index, (kind, value) in enumerate(items):
        block_id = _block_id(key, index)
        if kind == "heading":
            text, anchor = (
                (value["text"], value["anchor"]) if isinstance(value, dict) else (value, "")
            )
            level = "h3" if SUBHEADING.match(text) else "h2"
            stream.append(
                {
                    "type": "heading",
                    "value": {"text": text, "level": level, "anchor": anchor},
                    "id": block_id,
                }
            )
        elif kind == "contents":
            stream.append({"type": "contents", "value": {"heading": value}, "id": block_id})
        elif kind == "paragraph":
            stream.append(
                {
                    "type": "paragraph",
                    "value": f"<p>{html.escape(value, quote=False)}</p>",
                    "id": block_id,
                }
            )
        elif kind == "list":
            lis = "".join(f"<li>{html.escape(item, quote=False)}</li>" for item in value)
            stream.append({"type": "paragraph", "value": f"<ul>{lis}</ul>", "id": block_id})
        elif kind == "quote":
            stream.append({"type": "quote", "value": dict(value), "id": block_id})
        else:
            raise CommandError(f"Unknown body item kind {kind!r} in page {key!r}.")
    return stream


def _about_titles() -> dict[str, str]:
    about = next(spec for spec in demo_content.PAGES if spec["key"] == "about")
    return {lang: about[lang]["title"] for lang in demo_content.LANGUAGES}


def _home_mapping(code: str) -> dict[str, str]:
    """The home page's strings, Albanian to ``code``."""
    about = _about_titles()
    return translation_map(
        {**demo_content.HOME[SOURCE], "about": about[SOURCE], "slug": "home"},
        {**demo_content.HOME[code], "about": about[code], "slug": "home"},
    )


def _demo_page(link: str, locale: Locale) -> Page | None:
    """The live page a highlight link names: by page type ("app.model") or demo page key."""
    pages = Page.objects.live().filter(locale=locale)
    if "." in link:
        app_label, model = link.split(".", 1)
        pages = pages.filter(content_type__app_label=app_label, content_type__model=model)
    else:
        spec = next(spec for spec in demo_content.PAGES if spec["key"] == link)
        pages = pages.filter(slug=spec[locale.language_code]["slug"])
    return pages.order_by("path").first()


class Command(BaseCommand):
    help = "Load the Klokot demo site (idempotent; --force deletes the site's pages and rebuilds)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Delete every page and rebuild the demo."
        )

    def handle(self, *args, force: bool = False, **options):
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in (SOURCE, *TARGETS)
        }
        # A demo picture whose file was lost (a media folder not kept) is drawn again.
        demo_images.restore_files()
        home = HomePage.objects.filter(locale=locales[SOURCE], depth=2).first()
        if home is not None and force:
            self.delete_demo()
            home = None
        built = home is None
        if built:
            # Not one transaction: wagtail-localize publishes translations on commit, and
            # publishing them all at the end would restore stale tree counters. A failed build
            # is removed instead, so a rerun starts clean.
            try:
                home = self.build(locales)
            except Exception:
                self.delete_demo()
                raise
            self.stdout.write(self.style.SUCCESS("Demo site built in sq, sr-latn and en."))
        else:
            self.stdout.write("Demo content already present (use --force to rebuild).")
        # The site and its identity first: the bulletin's print editions, built as its issues
        # are published, carry the municipality's name and contacts.
        site = sync_default_site(settings.BASE_URL, home)
        identity = MunicipalityIdentity.for_site(site)
        if identity.email == "" or built:
            # Only a new site gets the demo identity; an editor's changes are kept.
            for field, value in IDENTITY.items():
                setattr(identity, field, value)
            identity.save()
        # The calendar's municipal and international days, before the sections that show them.
        demo_holidays.load(locales)
        # Sections, then plugins, add their parts (the bulletin, the complaints box, ...);
        # an uninstalled one simply adds nothing.
        for _name, loader in section_loaders():
            loader(home, locales)
        for plugin in registry:
            if plugin.load_demo is not None:
                plugin.load_demo(home, locales)
        if built:
            # The sections and services exist only now: the cards can lead to them.
            self.link_highlights(home, locales)
        self.ensure_admin()

    def delete_demo(self) -> None:
        """Remove the site's page trees (every language), so the demo can be built anew."""
        pages = Page.objects.filter(depth__gte=2)
        keys = list(pages.values_list("translation_key", flat=True).distinct())
        site_roots = Site.objects.filter(root_page__in=pages)
        root = Page.get_first_root_node()
        site_roots.update(root_page=root)
        for page in Page.objects.filter(depth=2):
            page.delete()
        TranslatableObject.objects.filter(translation_key__in=keys).delete()

    def build(self, locales: dict[str, Locale]) -> HomePage:
        root = Page.get_first_root_node()
        # Wagtail's placeholder "Welcome" page (a plain Page) would shadow the demo.
        placeholder = root.get_children().filter(
            content_type__app_label="wagtailcore", content_type__model="page"
        )
        for page in placeholder:
            Site.objects.filter(root_page=page).update(root_page=root)
            page.delete()

        home_content = demo_content.HOME[SOURCE]
        home = HomePage(
            title=home_content["title"],
            slug="home",
            locale=locales[SOURCE],
            hero_title=home_content["hero_title"],
            municipality_name=home_content["municipality_name"],
            address=home_content["address"],
            office_hours=home_content["office_hours"],
            hero_text=home_content["hero_text"],
            search_description=home_content["search_description"],
        )
        root.add_child(instance=home)

        pages: dict[str, Page] = {"home": home}
        for spec in demo_content.PAGES:
            content = spec[SOURCE]
            page = StandardPage(
                title=content["title"],
                slug=content["slug"],
                intro=content["intro"],
                search_description=content["search_description"],
                body=body_stream(spec["key"], content["body"]),
                show_in_menus=spec["parent"] == "home",
                locale=locales[SOURCE],
            )
            pages[spec["parent"]].add_child(instance=page)
            page.save_revision().publish()
            pages[spec["key"]] = page

        # The home page links to what the demo has, so its highlights and lists are real: the
        # cards lead to the strategy until the sections exist (link_highlights).
        home.highlights = [
            ("highlight", {"title": item["title"], "text": item["text"], "page": pages["strategy"]})
            for item in home_content["highlights"]
        ]
        home.sections = [
            ("latest", {"heading": _about_titles()[SOURCE], "section": pages["about"], "count": 3})
        ]
        home.save_revision().publish()

        for code in TARGETS:
            translate(home, locales[code], _home_mapping(code))
            for spec in demo_content.PAGES:
                translate(
                    pages[spec["key"]], locales[code], translation_map(spec[SOURCE], spec[code])
                )
        for spec in demo_content.PAGES:
            if "published" in spec:
                date_published(pages[spec["key"]], spec["published"])
        return home

    def link_highlights(self, home: HomePage, locales: dict[str, Locale]) -> None:
        """Each card leads to its section (demo_content.HIGHLIGHT_LINKS), in every language."""
        home = HomePage.objects.get(pk=home.pk)
        strategy = Page.objects.get(pk=home.highlights[0].value["page"].pk)
        for block, link in zip(home.highlights, demo_content.HIGHLIGHT_LINKS, strict=True):
            block.value["page"] = _demo_page(link, locales[SOURCE]) or strategy
        headings = demo_content.HOME[SOURCE]["lists"]
        lists = []
        for link, heading in zip(demo_content.LIST_LINKS, headings, strict=True):
            section = _demo_page(link, locales[SOURCE])
            if section is not None:
                lists.append(("latest", {"heading": heading, "section": section, "count": 3}))
        home.sections = [*lists, *((block.block_type, block.value) for block in home.sections)]
        home.save_revision().publish()
        for code in TARGETS:
            translate(home, locales[code], _home_mapping(code))

    def ensure_admin(self) -> None:
        User = get_user_model()
        username = os.environ.get("DEMO_ADMIN_USERNAME", "admin")
        if User.objects.filter(username=username).exists():
            return
        password = os.environ.get("DEMO_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(
            username=username, email="admin@kllokot.example", password=password
        )
        if "DEMO_ADMIN_PASSWORD" in os.environ:
            self.stdout.write(f"Admin account '{username}' created with DEMO_ADMIN_PASSWORD.")
        else:
            # Shown once: it is not stored anywhere in clear text.
            self.stdout.write(
                self.style.WARNING(f"Admin account '{username}', password: {password}")
            )
