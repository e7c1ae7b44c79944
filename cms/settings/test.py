"""Settings for the test suite: fast hashing, in-memory e-mail, immediate tasks."""

import uuid

from cms import env

from .base import *  # noqa: F403
from .base import CACHES, redis_caches

DEBUG = False
SECRET_KEY = "test-secret-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    # In memory, kept when a test swaps the storages (tests/storage.py).
    "default": {"BACKEND": "tests.storage.ProcessMemoryStorage", "OPTIONS": {"tree": "default"}},
    "private": {"BACKEND": "tests.storage.ProcessMemoryStorage", "OPTIONS": {"tree": "private"}},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
BASE_URL = env.get_str("BASE_URL", "http://testserver")
WAGTAILADMIN_BASE_URL = BASE_URL
RATELIMIT_SALT = "test-salt"
CAPTCHA_TEST_MODE = False

# A run of the suite never sees another run's cache entries (CI shares one Redis server).
CACHE_KEY_PREFIX = f"test-{uuid.uuid4().hex[:8]}"
if CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
    CACHES = redis_caches(CACHES["default"]["LOCATION"], CACHE_KEY_PREFIX)
