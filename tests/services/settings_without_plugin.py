"""Test settings with one service plugin removed from INSTALLED_APPS (named by REMOVE_APP)."""

import os

from cms.settings.test import *  # noqa: F403
from cms.settings.test import INSTALLED_APPS

INSTALLED_APPS = [app for app in INSTALLED_APPS if app != os.environ["REMOVE_APP"]]
