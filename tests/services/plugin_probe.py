"""Start the site without some plugins, once per configuration, and report what it does (JSON).

Run once by ``test_plugins.py`` with every configuration as an argument (``-`` for none
removed, ``a,b`` to remove the apps a and b). This process never loads Django itself: for each
configuration it forks a child that sets ``REMOVE_APPS``, starts Django on its own copy of the
demo database and reports either what answers or why it refused to start.
"""

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

PATHS = [
    "/healthz",
    "/sq/",
    "/sr-latn/",
    "/api/v3/pages/?locale=en",
    "/api/v3/openapi.json",
    "/api/v3/captcha/",
    "/api/v3/locales/",
    "/api/v3/complaints/categories/",
    "/sq/ankesat/gjurmo/",
    "/api/v3/subscriptions/topics/",
    "/sq/abonime/",
    "/api/v3/polls/",
    "/sq/sondazhet/",
]


def probe() -> dict:
    import django

    django.setup()
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    try:
        call_command("check")
    except (SystemCheckError, ImproperlyConfigured) as error:
        # ``check`` (and so migrate, runserver) refuses; so does the web process.
        refused = {"refused": str(error)}
        try:
            import cms.wsgi  # noqa: F401
        except ImproperlyConfigured as web:
            refused["assembly"] = str(web)
        return refused
    from django.test import Client

    client = Client()
    report: dict = {
        "statuses": {path: client.get(path).status_code for path in PATHS},
        "documented": sorted(client.get("/api/v3/openapi.json").json()["paths"]),
    }
    report["bulletin"] = publish_and_send(client)
    return report


def publish_and_send(client) -> dict:
    """Publish a new bulletin issue as an administrator would, and look for "Send by e-mail"."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.core.management.base import CommandError

    from bulletin.models import BulletinIndexPage, BulletinIssuePage

    archive = BulletinIndexPage.objects.filter(locale__language_code="sq").first()
    issue = BulletinIssuePage(title="Probe", slug="2030-01", year=2030, month=1, number=99)
    archive.add_child(instance=issue)
    issue.save_revision().publish()
    admin = get_user_model().objects.filter(is_superuser=True).first()
    client.force_login(admin)
    listing = client.get(f"/admin/pages/{archive.pk}/").content.decode()
    edit = client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    try:
        call_command("send_bulletin", str(issue.pk), stdout=open(os.devnull, "w"))  # noqa: SIM115
        command = "sent"
    except CommandError as error:
        command = str(error)
    return {
        "live": BulletinIssuePage.objects.get(pk=issue.pk).live,
        "page": client.get("/sq/buletini/2030-01/").status_code,
        "send_in_listing": f"/admin/mail/send/{issue.pk}/" in listing,
        "send_in_edit_menu": f"/admin/mail/send/{issue.pk}/" in edit,
        "send_screen": client.get(f"/admin/mail/send/{issue.pk}/").status_code,
        "send_bulletin": command,
    }


def main(template: str, configurations: list[str]) -> None:
    sys.path.insert(0, os.getcwd())
    reports = {}
    with tempfile.TemporaryDirectory() as tmp:
        for configuration in configurations:
            database = Path(tmp) / "probe.sqlite3"
            shutil.copyfile(template, database)
            result = Path(tmp) / "report.json"
            pid = os.fork()
            if pid == 0:  # the child: one configuration, then gone
                code = 0
                try:
                    os.environ["REMOVE_APPS"] = "" if configuration == "-" else configuration
                    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
                    result.write_text(json.dumps(probe()))
                except BaseException as error:  # noqa: BLE001  (reported to the parent)
                    result.write_text(json.dumps({"error": repr(error)}))
                    code = 1
                finally:
                    os._exit(code)
            os.waitpid(pid, 0)
            reports[configuration] = json.loads(result.read_text())
    print(json.dumps(reports))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
