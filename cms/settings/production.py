"""Production: secrets required, HTTPS assumed behind a proxy, static files by whitenoise."""

from cms import env

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env.require("SECRET_KEY")
# Where citizens reach the site: links in e-mails and the API's media URLs are built from it.
BASE_URL = env.require("BASE_URL").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL
# A forgotten DATABASE_URL must not quietly put citizens' data in a file inside a container.
env.require("DATABASE_URL")
# Loopback is always allowed so the container's own health check can reach /healthz.
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS", []) + ["127.0.0.1", "localhost"]
RATELIMIT_SALT = env.get_str("RATELIMIT_SALT", "") or SECRET_KEY

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.get_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env.get_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.get_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env.get_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
TASKS = tasks_setting("database")  # noqa: F405
