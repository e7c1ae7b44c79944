"""The Information Office reads, exports and deletes registrations of interest, and keeps the
directory of associations abroad."""

from django.db import migrations

# Frozen copies (migrations never import live code, which may change under them).
INFORMATION_OFFICE = "Information Office"
ADMINISTRATORS = "Administrators"
EDITORS = "Editors"

REGISTRATIONS = [
    "diaspora.view_interestregistration",
    "diaspora.delete_interestregistration",
]
ASSOCIATIONS = [
    "diaspora.add_diasporaassociation",
    "diaspora.change_diasporaassociation",
    "diaspora.delete_diasporaassociation",
]


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


def grant(apps, schema_editor):
    for group in (INFORMATION_OFFICE, ADMINISTRATORS):
        add_group_permissions(apps, group, REGISTRATIONS + ASSOCIATIONS)
    add_group_permissions(apps, EDITORS, ASSOCIATIONS)


class Migration(migrations.Migration):
    dependencies = [("diaspora", "0001_initial"), ("home", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
