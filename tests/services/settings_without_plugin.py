"""Test settings without some service plugins (``REMOVE_APPS``: comma-separated app names)."""

import os

from cms.settings.test import *  # noqa: F403
from cms.settings.test import INSTALLED_APPS

_removed = {app for app in os.environ.get("REMOVE_APPS", "").split(",") if app}
INSTALLED_APPS = [app for app in INSTALLED_APPS if app not in _removed]
