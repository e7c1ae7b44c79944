from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self) -> None:
        from home import api_streamfields, search_index

        # Every page type's search fields get their stemmed twins (home/search_index.py).
        search_index.install()

        api_streamfields.install()

        from django.db.models.signals import post_save

        # Any page model may be the root of a language's tree, so no sender filter.
        post_save.connect(_translation_root_created, dispatch_uid="home.translation_roots")

        from django.db.models.signals import m2m_changed, post_delete
        from wagtail.models import PageViewRestriction

        from home import restrictions

        # A private page is private in every language.
        post_save.connect(
            restrictions.restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid="home.restriction_saved",
        )
        post_delete.connect(
            restrictions.restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid="home.restriction_deleted",
        )
        m2m_changed.connect(
            restrictions.restriction_changed,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="home.restriction_groups",
        )
        post_save.connect(restrictions.page_created, dispatch_uid="home.restricted_translations")


def _translation_root_created(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """A home page in a translated language opens its tree to the Translators."""
    from django.conf import settings
    from wagtail.models import Page

    from services.roles import grant_translation_tree

    if (
        created
        and not raw
        and isinstance(instance, Page)
        and instance.depth == 2
        and instance.locale.language_code != settings.LANGUAGE_CODE
    ):
        grant_translation_tree(instance)
