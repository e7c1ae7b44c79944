"""Role helpers of the shared core: the grant that opens a translated tree to the Translators.

The groups themselves (Editors, Information Office, Translators, Administrators) and their
permissions are created by ``home/migrations/0002_roles.py``; later apps add theirs from their
own migrations, each with frozen copies of what it uses.
"""

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


def grant_translation_tree(page: Page) -> None:
    """Let Translators work on the tree of a translated home page (never the source tree)."""
    group = Group.objects.filter(name=TRANSLATORS).first()
    if group is None:
        return
    for perm in TRANSLATION_TREE_PERMISSIONS:
        app_label, codename = PAGE[perm].split(".")
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
