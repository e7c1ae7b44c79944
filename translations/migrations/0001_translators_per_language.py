"""A translators' group per translated language, for sites whose language trees already exist
(new trees get theirs when their home page is created). Frozen copies, not live code."""

from django.conf import settings
from django.db import migrations

MODEL_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "wagtailimages.choose_image",
    "wagtaildocs.choose_document",
]
PAGE_PERMISSIONS = ["wagtailcore.add_page", "wagtailcore.change_page"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    def permission(dotted):
        app_label, codename = dotted.split(".")
        return Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()

    names = dict(settings.LANGUAGES)
    roots = Page.objects.filter(depth=2).exclude(locale__language_code=settings.LANGUAGE_CODE)
    for root in roots.select_related("locale"):
        code = root.locale.language_code
        group, _ = Group.objects.get_or_create(name=f"Translators: {names.get(code, code)}")
        for dotted in MODEL_PERMISSIONS:
            found = permission(dotted)
            if found is not None:
                group.permissions.add(found)
        for dotted in PAGE_PERMISSIONS:
            found = permission(dotted)
            if found is not None:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=found
                )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
