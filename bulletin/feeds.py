"""An Atom feed of the bulletin per language (the archive page's own language)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed


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
        return index_page.issues()[:24]

    def item_title(self, issue) -> str:
        return f"{issue.title} ({issue.number})"

    def item_description(self, issue) -> str:
        return issue.intro

    def item_link(self, issue) -> str:
        return issue.full_url

    def item_pubdate(self, issue):
        return issue.first_published_at

    def item_updateddate(self, issue):
        return issue.last_published_at
