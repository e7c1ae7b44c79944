"""The groups the municipality's people work in, and what each may do.

The shared core's role helpers: group names and what each may do, and the grant that opens a
translated tree to the Translators. Migrations keep frozen copies of what they use.
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
MEDIA_USE = [
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]
MEDIA_MANAGE = MEDIA_USE + [
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
]

EDITORS = "Editors"
INFORMATION_OFFICE = "Information Office"
TRANSLATORS = "Translators"
ADMINISTRATORS = "Administrators"

#: group name -> (page permissions on the whole tree, collection permissions, model permissions)
ROLES: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Write pages and submit them for approval; cannot publish.
    EDITORS: (["add", "change"], MEDIA_USE, ["wagtailadmin.access_admin"]),
    # Approve and publish, manage the site's identity, redirects and search promotions.
    INFORMATION_OFFICE: (
        ["add", "change", "publish", "bulk_delete", "lock", "unlock"],
        MEDIA_MANAGE,
        [
            "wagtailadmin.access_admin",
            "home.change_municipalityidentity",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
            "wagtailsearchpromotions.add_query",
            "wagtailsearchpromotions.change_query",
            "wagtailsearchpromotions.delete_query",
            "wagtail_localize.submit_translation",
        ],
    ),
    # Create and edit translations through wagtail-localize, only in the translated languages'
    # trees (see TRANSLATION_TREE_PERMISSIONS); publishing stays with the Information Office.
    TRANSLATORS: (
        [],
        ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
        ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"],
    ),
    # Everything above plus users, groups, sites and languages.
    ADMINISTRATORS: (
        list(PAGE),
        MEDIA_MANAGE
        + [
            "wagtailcore.add_collection",
            "wagtailcore.change_collection",
            "wagtailcore.delete_collection",
        ],
        [
            "wagtailadmin.access_admin",
            "home.change_municipalityidentity",
            "auth.add_user",
            "auth.change_user",
            "auth.delete_user",
            "auth.add_group",
            "auth.change_group",
            "auth.delete_group",
            "wagtailcore.add_site",
            "wagtailcore.change_site",
            "wagtailcore.delete_site",
            "wagtailcore.add_locale",
            "wagtailcore.change_locale",
            "wagtailcore.delete_locale",
            "wagtailcore.add_workflow",
            "wagtailcore.change_workflow",
            "wagtailcore.add_task",
            "wagtailcore.change_task",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
            "wagtail_localize.submit_translation",
        ],
    ),
}

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
