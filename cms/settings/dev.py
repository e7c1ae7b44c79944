"""Development conveniences: debug pages, console e-mail, a generated secret key."""

import secrets

from cms import env

from .base import *  # noqa: F403
from .base import BASE_DIR, BASE_URL, PRIVATE_MEDIA_ROOT

DEBUG = env.get_bool("DEBUG", True)


def _dev_secret_key() -> str:
    # Generated once per checkout so sessions survive restarts; never used in production.
    path = BASE_DIR / ".secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = env.get_str("SECRET_KEY", "") or _dev_secret_key()
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env.get_list("CSRF_TRUSTED_ORIGINS", [BASE_URL])
EMAIL_BACKEND = env.get_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
