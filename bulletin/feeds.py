"""An Atom feed of the bulletin per language (the archive page's own language).

An entry is dated by its issue's month (the first day of it), both published and updated: the
bulletin is "the April issue", whenever it was loaded or corrected. Each entry links its print
edition, when built, as an enclosure.
"""

from datetime import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.translation import gettext as _

from home.models import MunicipalityIdentity


class BulletinFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index_page) -> None:
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        # The feed speaks its archive's language, whatever the reader's browser asks for.
        with translation.override(self.index_page.locale.language_code):
            return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.index_page

    def _municipality(self, index_page) -> str:
        site = index_page.get_site()
        identity = MunicipalityIdentity.for_site(site) if site else None
        return identity.local_name if identity else ""

    def title(self, index_page) -> str:
        # A feed reader lists many feeds: say whose bulletin this is.
        municipality = self._municipality(index_page)
        return f"{index_page.title} – {municipality}" if municipality else index_page.title

    def author_name(self, index_page) -> str:
        # Atom requires an author: the municipality publishes the bulletin.
        return self._municipality(index_page) or index_page.title

    def link(self, index_page) -> str:
        return index_page.full_url

    def subtitle(self, index_page) -> str:
        return index_page.intro

    def items(self, index_page):
        issues = index_page.issues()
        # What each entry's enclosure reads (``BulletinIssuePage.pdf``), fetched for all at once.
        prefetch = getattr(issues.model, "api_list_prefetch", {}).get("pdf", ())
        return issues.prefetch_related(*prefetch)[:24]

    def item_title(self, issue) -> str:
        # Titles often name the month already ("Korrik 2019: …"): the number alone then.
        number = _("No. %(number)s") % {"number": issue.number}
        return f"{issue.title} ({number})"

    def item_description(self, issue) -> str:
        return issue.intro

    def item_link(self, issue) -> str:
        return issue.full_url

    def item_pubdate(self, issue) -> datetime:
        return timezone.make_aware(datetime(issue.year, issue.month, 1))

    def item_updateddate(self, issue) -> datetime:
        return self.item_pubdate(issue)

    def item_enclosures(self, issue) -> list[Enclosure]:
        edition = issue.pdf
        if not edition:
            return []
        return [Enclosure(edition["url"], str(edition["file_size"] or 0), "application/pdf")]
