"""Create the product's groups with their Wagtail permissions.

A frozen copy of the roles as they were when this migration was written: migrations never
import live code (``services/roles.py`` may change; this must not).
"""

from django.db import migrations

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


def ensure_permissions(apps) -> None:
    """Create every model's permissions now: Django only does it after all migrations ran,
    and a data migration that assigns them needs them earlier."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _permission(apps, dotted: str):
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_roles(apps, schema_editor):
    ensure_permissions(apps)

    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    # Wagtail's own "Moderators" group approves pages in the default workflow: it becomes the
    # Information Office, so the workflow keeps working without another assignment.
    Group.objects.filter(name="Moderators").exclude(
        name__in=Group.objects.filter(name=INFORMATION_OFFICE).values("name")
    ).update(name=INFORMATION_OFFICE)
    Task.objects.filter(name="Moderators approval").update(name="Information Office approval")
    Workflow.objects.filter(name="Moderators approval").update(name="Information Office approval")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    for name, (page_perms, collection_perms, model_perms) in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(apps, perm) for perm in model_perms])
        GroupPagePermission.objects.filter(group=group).delete()
        for perm in page_perms:
            GroupPagePermission.objects.create(
                group=group, page=root_page, permission=_permission(apps, PAGE[perm])
            )
        GroupCollectionPermission.objects.filter(group=group).delete()
        for perm in collection_perms:
            GroupCollectionPermission.objects.create(
                group=group, collection=root_collection, permission=_permission(apps, perm)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
