"""The Information Office looks after the subscribers list (and exports it)."""

from django.db import migrations

from home.roles import ADMINISTRATORS, INFORMATION_OFFICE, add_group_permissions

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
