"""An Atom feed of the bulletin per language (the archive page's own language).

An entry is dated by its issue's month (the first day of it), both published and updated: the
bulletin is "the April issue", whenever it was loaded or corrected. Each entry links its print
edition, when built, as an enclosure.
"""

from datetime import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure


class BulletinFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index_page) -> None:
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        return self.index_page

    def title(self, index_page) -> str:
        return index_page.title

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
        return f"{issue.title} ({issue.number})"

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
