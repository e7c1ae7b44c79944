"""The Information Office looks after the subscribers list (and exports it)."""

from django.db import migrations

# Frozen copies (migrations never import live code, which may change under them).
INFORMATION_OFFICE = "Information Office"
ADMINISTRATORS = "Administrators"


def add_group_permissions(apps, group_name: str, dotted: list[str]) -> None:
    from django.contrib.auth.management import create_permissions

    # Django creates permissions only after every migration ran; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=group_name)
    for perm in dotted:
        app_label, codename = perm.split(".")
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )

PERMISSIONS = [
    "subscriptions.view_subscriber",
    "subscriptions.change_subscriber",
    "subscriptions.delete_subscriber",
]


def grant(apps, schema_editor):
    for group in (INFORMATION_OFFICE, ADMINISTRATORS):
        add_group_permissions(apps, group, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("subscriptions", "0001_initial"), ("home", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
