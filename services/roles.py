"""Role helpers of the shared core: the grant that opens a translated tree to the Translators.

The groups themselves (Editors, Information Office, Translators, Administrators) and their
permissions are created by ``home/migrations/0002_roles.py``; later apps add theirs from their
own migrations, each with frozen copies of what it uses.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

PAGE = {
    "add": "wagtailcore.add_page",
    "change": "wagtailcore.change_page",
    "publish": "wagtailcore.publish_page",
    "bulk_delete": "wagtailcore.bulk_delete_page",
    "lock": "wagtailcore.lock_page",
    "unlock": "wagtailcore.unlock_page",
}
TRANSLATORS = "Translators"

#: What Translators may do under each home page of a language other than the source one,
#: granted by ``grant_translation_tree`` when that home page is created.
TRANSLATION_TREE_PERMISSIONS = ["add", "change"]


#: What every translators' group may do besides its page permissions.
TRANSLATOR_MODEL_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "wagtailimages.choose_image",
    "wagtaildocs.choose_document",
    # The municipal glossary (a translations snippet), named here as data, not imported: a
    # translator edits its entries in their own language (translations/migrations/0003 gives
    # the same to groups that existed before it).
    "translations.change_glossaryterm",
    "translations.view_glossaryterm",
    # The calendar's municipal and international days (a home snippet; home/migrations/0009
    # gives the same to groups that existed before it).
    "home.change_markedday",
    "home.view_markedday",
]


def language_translators_name(language_code: str) -> str:
    """The group of those who translate into one language only, e.g. "Translators: Srpski"."""
    name = dict(settings.LANGUAGES).get(language_code, language_code)
    return f"{TRANSLATORS}: {name}"


def grant_translation_tree(page: Page) -> None:
    """Open the tree of a translated home page (never the source tree) to the Translators, who
    translate into every language, and to that language's own translators' group."""
    groups = list(Group.objects.filter(name=TRANSLATORS))
    language_group, created = Group.objects.get_or_create(
        name=language_translators_name(page.locale.language_code)
    )
    if created:
        for dotted in TRANSLATOR_MODEL_PERMISSIONS:
            app_label, codename = dotted.split(".")
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                language_group.permissions.add(permission)
    groups.append(language_group)
    for group in groups:
        for perm in TRANSLATION_TREE_PERMISSIONS:
            app_label, codename = PAGE[perm].split(".")
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
