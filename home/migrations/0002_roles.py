"""Create the product's groups with their Wagtail permissions (see ``home/roles.py``)."""

from django.db import migrations

from home.roles import INFORMATION_OFFICE, PAGE, ROLES, ensure_permissions


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
