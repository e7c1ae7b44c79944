"""The Information Office coordinates the complaints box: it sees every department's
complaints, the access log, and exports. Administrators may do the same."""

from django.db import migrations

from home.roles import ADMINISTRATORS, INFORMATION_OFFICE, add_group_permissions

COORDINATOR = [
    "complaints.view_complaint",
    "complaints.change_complaint",
    "complaints.view_all_complaints",
    "complaints.view_personal_data",
    "complaints.export_complaints",
    "complaints.view_accesslog",
    "complaints.add_department",
    "complaints.change_department",
    "complaints.delete_department",
    "complaints.add_category",
    "complaints.change_category",
    "complaints.delete_category",
]


def grant(apps, schema_editor):
    for group in (INFORMATION_OFFICE, ADMINISTRATORS):
        add_group_permissions(apps, group, COORDINATOR)


class Migration(migrations.Migration):
    dependencies = [("complaints", "0001_initial"), ("home", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
