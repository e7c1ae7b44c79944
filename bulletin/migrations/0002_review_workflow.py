"""The "Bulletin review" workflow: one neutrality-approval step by the Information Office."""

from django.db import migrations

# A frozen copy: migrations never import live code.
INFORMATION_OFFICE = "Information Office"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("bulletin", "NeutralityApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    content_type, _ = ContentType.objects.get_or_create(
        app_label="bulletin", model="neutralityapprovaltask"
    )
    task, _ = Task.objects.get_or_create(
        name="Information Office: neutrality check",
        defaults={"content_type": content_type, "active": True},
    )
    office, _ = Group.objects.get_or_create(name=INFORMATION_OFFICE)
    task.groups.add(office)
    workflow, _ = Workflow.objects.get_or_create(name="Bulletin review", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


class Migration(migrations.Migration):
    dependencies = [("bulletin", "0001_initial"), ("home", "0002_roles")]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
