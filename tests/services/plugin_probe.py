"""Start the site in a fresh process, build the demo and report what answers (as JSON).

Run by ``test_plugins.py`` with a plugin removed from ``INSTALLED_APPS``: a plugin's absence
must not stop the rest of the site from starting and serving.
"""

import json
import os
import sys

import django

sys.path.insert(0, os.getcwd())
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

call_command("check")
call_command("migrate", verbosity=0)
call_command("load_demo", verbosity=0)
client = Client()
paths = [
    "/healthz",
    "/sq/",
    "/sr-latn/",
    "/api/v3/pages/?locale=en",
    "/api/v3/openapi.json",
    "/api/v3/captcha/",
    "/api/v3/locales/",
    "/api/v3/complaints/categories/",
    "/sq/complaints/track/",
    "/api/v3/subscriptions/topics/",
    "/sq/subscriptions/",
]
statuses = {path: client.get(path).status_code for path in paths}
documented = sorted(client.get("/api/v3/openapi.json").json()["paths"])
print(json.dumps({"statuses": statuses, "documented": documented}))
