"""Settings shared by every environment.

Safe by default: DEBUG is off and secrets come only from the environment. This module is the
one place that reads the environment (through ``cms.env``); ``dev``, ``test`` and
``production`` only change defaults.
"""

from pathlib import Path
from typing import Any

import dj_database_url

from cms import env
from cms.settings.countries import COUNTRIES

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "cms"

DEBUG = env.get_bool("DEBUG", False)
SECRET_KEY = env.get_str("SECRET_KEY", "")
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS", [])
CSRF_TRUSTED_ORIGINS = env.get_list("CSRF_TRUSTED_ORIGINS", [])

# The public address of the site. Site records, e-mail links and API ``html_url`` values
# follow it; ``make run`` sets it to the port it serves on.
BASE_URL = env.get_str("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL

INSTALLED_APPS = [
    # Project apps first, so their templates and catalogs win over the libraries'.
    "home",
    "bulletin",
    "translations",
    "transparency",
    "partners",
    "diaspora",
    "surveys",
    "news",
    "services",
    "services.captcha_api",
    "services.complaints",
    "services.subscriptions",
    "services.polls",
    "backups",
    # Wagtail and its localisation.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_localize.modeladmin",
    "wagtail_modeladmin",
    "wagtail.api.v3",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "captcha",
    "django_countries",
    "ninja",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads a body: a body larger than the site accepts is refused unread.
    "cms.middleware.BodySizeLimitMiddleware",
    # Content-Security-Policy on the public site and the API (settings below).
    "csp.middleware.CSPMiddleware",
    "cms.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Maps /sr-cyrl/... to the Serbian page before the language is chosen from the URL.
    "cms.cyrillic.SerbianCyrillicMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.middleware.ApiMethodNotAllowedMiddleware",
    "cms.middleware.ApiQueryValidationMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# --- Data -------------------------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env.get_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when CACHE_URL (or REDIS_URL) is set, local memory otherwise. While Redis cannot be
# reached the site serves from the database and rate limits count per process (cms/cache.py).
CACHE_KEY_PREFIX = env.get_str("CACHE_KEY_PREFIX", "cms")
#: How long a cache call may wait for Redis, and how long to wait before trying a Redis that
#: failed again: a Redis that hangs costs each process one such wait per retry period.
CACHE_TIMEOUT_SECONDS = env.get_int("CACHE_TIMEOUT_MS", 500) / 1000
CACHE_RETRY_SECONDS = env.get_int("CACHE_RETRY_SECONDS", 5)


#: The rate limits' counters: in the default cache, in the process's memory while it fails.
RATELIMIT_CACHE = {"BACKEND": "cms.cache.LocalFallbackCache", "LOCATION": "default"}


def redis_caches(
    url: str,
    prefix: str,
    *,
    timeout: float = CACHE_TIMEOUT_SECONDS,
    retry_after: float = CACHE_RETRY_SECONDS,
) -> dict[str, dict[str, Any]]:
    """The shared cache on the Redis server at ``url``, and the rate limits' counters, which
    fall back to the process's memory while it cannot be reached."""
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                # A cache that cannot be reached is a miss, never an error.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": timeout,
                "SOCKET_TIMEOUT": timeout,
                "CONNECTION_POOL_CLASS": "cms.cache.CircuitBreakerConnectionPool",
                "CONNECTION_POOL_KWARGS": {
                    "retry_after": retry_after,
                    # This site's keys are cleared when Redis answers after an outage
                    # (invalidations may have been dropped meanwhile).
                    "key_prefix": prefix,
                },
            },
        },
        "ratelimit": RATELIMIT_CACHE,
    }


_cache_url = env.get_str("CACHE_URL", "") or env.get_str("REDIS_URL", "")
if _cache_url:
    CACHES = redis_caches(_cache_url, CACHE_KEY_PREFIX)
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": RATELIMIT_CACHE,
    }
RATELIMIT_USE_CACHE = "ratelimit"

# Background work (e-mail, bulletin sending, PDFs) goes through django-tasks: immediate in
# development and tests, the database backend processed by ``manage.py db_worker`` in production.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks_setting(default: str) -> dict:
    backend = env.get_choice("TASKS_BACKEND", TASK_BACKENDS, default)
    return {"default": {"BACKEND": TASK_BACKENDS[backend]}}


TASKS = tasks_setting("immediate")

# --- Security -----------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Browser origins allowed to call the API (other front ends). None unless configured.
CORS_ALLOWED_ORIGINS = env.get_list("CORS_ALLOWED_ORIGINS", [])
CORS_URLS_REGEX = r"^/api/.*$"

SECURE_CONTENT_TYPE_NOSNIFF = True
# The public site runs no inline script and loads nothing from elsewhere but editors' embedded
# media (in frames). Wagtail's admin and the API's interactive docs run inline scripts of their
# own, so they are left out rather than weakened for everyone.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/", "/api/v3/docs"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *env.get_list("CSP_IMG_SOURCES", [])],
        "frame-src": ["'self'", "https:"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
# Powerful browser features no page of the site uses.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
# Raw client addresses are never stored; rate limits count a salted hash of them.
RATELIMIT_SALT = env.get_str("RATELIMIT_SALT", "")

# --- Languages ----------------------------------------------------------------------------

LANGUAGES = [
    ("sq", "Shqip"),
    ("sr-latn", "Srpski"),
    ("en", "English"),
]
LANGUAGE_CODE = env.get_choice("SOURCE_LANGUAGE", [code for code, _name in LANGUAGES], "sq")
WAGTAIL_I18N_ENABLED = True
# A new translation is a draft: it goes live through the review like its source, never at once
# with the source's (untranslated) text.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Kosovo's official languages have equal status: official content goes live in both together.
# A page type listed here ("app_label.ModelName") is held back when first approved in one
# official language until its version in the other is approved too (see home.official).
OFFICIAL_LANGUAGES = ["sq", "sr-latn"]
PUBLISH_OFFICIAL_TOGETHER = env.get_list(
    "PUBLISH_OFFICIAL_TOGETHER", ["bulletin.BulletinIssuePage"]
)
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# Dates and numbers per language (cms/formats/, docs/LANGUAGE.md): Albanian 05.04.2019 and
# 1.234,56 €, Serbian 05.04.2019., English 5 April 2019 and €1,234.56.
FORMAT_MODULE_PATH = ["cms.formats"]
USE_TZ = True
TIME_ZONE = env.get_str("TIME_ZONE", "Europe/Belgrade")

# Wagtail ships no Albanian or Serbian (Latin) admin catalog yet: the admin is in English.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English")]
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "home/password_required.html"  # noqa: S105

# An optional Cyrillic edition of the Serbian site: /sr-cyrl/... serves the sr-latn page
# transliterated when it is served (home/cyrillic.py), and the API answers locale=sr-cyrl.
# It is no content language (not in LANGUAGES): translators never see it.
SERBIAN_CYRILLIC = env.get_bool("SERBIAN_CYRILLIC", True)
# Names that keep their Latin spelling in Cyrillic text (with their endings: "Facebooku").
# Words with q, w, x, y, ë, ç ..., URLs, e-mail addresses and codes stay Latin anyway.
SERBIAN_CYRILLIC_KEEP_LATIN = env.get_list(
    "SERBIAN_CYRILLIC_KEEP_LATIN",
    [
        "Facebook",
        "Instagram",
        "Viber",
        "TikTok",
        "LinkedIn",
        "Google",
        "OpenAPI",
        "CAPTCHA",
        "e-mail",
        "email",
        "online",
    ],
)
# Acronyms in capitals stay Latin (PDF, API, USAID), except Serbian ones, which Cyrillic
# text writes in Cyrillic (ОЕБС, МАЛС).
SERBIAN_CYRILLIC_ACRONYMS = env.get_list(
    "SERBIAN_CYRILLIC_ACRONYMS",
    # The last ones are the strategy's list of abbreviations (SO, KIO, SIK, KP, MA, OEFB).
    ["OEBS", "MALS", "OSBZ", "NVO", "MEF", "KPF", "SO", "KIO", "SIK", "KP", "MA", "OEFB"],
)

# Behind a reverse proxy, the client's address is the last-but-N entry of X-Forwarded-For.
NUM_PROXIES = env.get_int("NUM_PROXIES", 0)

# --- Static and media ---------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.get_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Files citizens send (complaint attachments) live outside MEDIA_ROOT and are never served
# directly.
PRIVATE_MEDIA_ROOT = Path(env.get_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# --- E-mail -------------------------------------------------------------------------------

EMAIL_BACKEND = env.get_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.get_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env.get_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env.get_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.get_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env.get_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env.get_str("DEFAULT_FROM_EMAIL", "info@kllokot.example")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Wagtail ------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = env.get_str("SITE_NAME", "Komuna e Kllokotit")
# No avatars from gravatar.com: the admin would send a hash of each staff member's e-mail
# address to a third party on every page (and needs no internet to work).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail's database backend (FTS5 on SQLite, full-text search on PostgreSQL) with stems, so
# that inflected words meet (home/search_backend.py; README, "Search").
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "home.search_backend"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "ods", "csv", "txt"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Editors' documents (decisions, scanned acts, the strategy): a cap, so that a 150 MB file is
# refused with a message rather than stored.
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.get_int("DOCUMENTS_MAX_UPLOAD_MB", 20) * 1024 * 1024
# The largest body the admin accepts: the largest upload and the rest of its form.
ADMIN_MAX_BODY = max(WAGTAILDOCS_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_UPLOAD_SIZE) + 1024 * 1024
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_DOCS_ENABLED = True
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# --- Captcha (django-simple-captcha) ------------------------------------------------------

CAPTCHA_LENGTH = 5
CAPTCHA_TIMEOUT = 10  # minutes
CAPTCHA_IMAGE_SIZE = (150, 50)
CAPTCHA_FONT_SIZE = 32
CAPTCHA_LETTER_ROTATION = (-20, 20)
CAPTCHA_CHALLENGE_FUNCT = "captcha.helpers.random_char_challenge"
# New challenges per client; generous for a family behind one address, tight for a script.
CAPTCHA_RATE = env.get_str("CAPTCHA_RATE", "60/h")

# --- Complaints and suggestions ----------------------------------------------------------

COMPLAINTS_RESPONSE_DAYS = env.get_int("COMPLAINTS_RESPONSE_DAYS", 15)
COMPLAINTS_RETENTION_MONTHS = env.get_int("COMPLAINTS_RETENTION_MONTHS", 24)
COMPLAINTS_MAX_ATTACHMENT_SIZE = env.get_int("COMPLAINTS_MAX_ATTACHMENT_MB", 5) * 1024 * 1024
# Accepted submissions per client; all attempts (including failed ones); wrong tracking codes.
COMPLAINTS_RATE = env.get_str("COMPLAINTS_RATE", "5/h")
COMPLAINTS_ATTEMPT_RATE = env.get_str("COMPLAINTS_ATTEMPT_RATE", "30/h")
COMPLAINTS_LOOKUP_MISS_RATE = env.get_str("COMPLAINTS_LOOKUP_MISS_RATE", "20/h")

# --- Subscriptions ------------------------------------------------------------------------

SUBSCRIPTIONS_RATE = env.get_str("SUBSCRIPTIONS_RATE", "10/h")

# --- Diaspora: registrations of interest in a gathering ------------------------------------

# Accepted registrations per client; all attempts. Registrations are deleted this many days
# after their gathering ended (``manage.py purge_interest_registrations``).
DIASPORA_INTEREST_RATE = env.get_str("DIASPORA_INTEREST_RATE", "5/h")
DIASPORA_INTEREST_ATTEMPT_RATE = env.get_str("DIASPORA_INTEREST_ATTEMPT_RATE", "30/h")
DIASPORA_INTEREST_RETENTION_DAYS = env.get_int("DIASPORA_INTEREST_RETENTION_DAYS", 90)

# --- News: public debates and consultations ------------------------------------------------

# The shortest comment period of a consultation, in days (Regulation No. 05/2016 on the minimum
# standards for public consultation asks 15); the public meetings the municipality must hold a
# year (strategy, section 8.1; Law No. 03/L-040, Article 68), counted on the admin dashboard.
NEWS_CONSULTATION_MIN_DAYS = env.get_int("NEWS_CONSULTATION_MIN_DAYS", 15)
NEWS_PUBLIC_MEETINGS_MINIMUM = env.get_int("NEWS_PUBLIC_MEETINGS_MINIMUM", 2)
# Accepted comments per client; all attempts. Names and e-mails of comments are erased this
# many days after their consultation concluded (``manage.py purge_debate_comments``).
NEWS_DEBATE_COMMENT_RATE = env.get_str("NEWS_DEBATE_COMMENT_RATE", "5/h")
NEWS_DEBATE_COMMENT_ATTEMPT_RATE = env.get_str("NEWS_DEBATE_COMMENT_ATTEMPT_RATE", "30/h")
NEWS_DEBATE_COMMENT_RETENTION_DAYS = env.get_int("NEWS_DEBATE_COMMENT_RETENTION_DAYS", 90)
# Surveys: answers accepted and attempts per client (every survey together), and, on a survey
# that takes one answer per respondent, the answers per network address (a household or an
# office shares one: not 1).
SURVEY_RATE = env.get_str("SURVEY_RATE", "20/h")
SURVEY_ATTEMPT_RATE = env.get_str("SURVEY_ATTEMPT_RATE", "60/h")
SURVEY_ANSWERS_PER_ADDRESS = env.get_str("SURVEY_ANSWERS_PER_ADDRESS", "10/d")

# --- Polls --------------------------------------------------------------------------------

# Votes accepted per poll from one client address (a salted hash of it is counted, never the
# address): enough for a household or an office behind one address, not for a script that
# clears its cookie. All vote attempts per address, over every poll.
POLLS_VOTES_PER_ADDRESS = env.get_str("POLLS_VOTES_PER_ADDRESS", "10/h")
POLLS_ATTEMPT_RATE = env.get_str("POLLS_ATTEMPT_RATE", "100/h")
# Closed polls stay in the list of polls (site and API) this many days after they close.
POLLS_RECENT_DAYS = env.get_int("POLLS_RECENT_DAYS", 90)
# A poll's counts are kept in the cache until the next vote drops them, at most this long.
POLLS_COUNTS_CACHE_SECONDS = env.get_int("POLLS_COUNTS_CACHE_SECONDS", 60)

# --- Machine translation ------------------------------------------------------------------

# Off unless a (self-hosted) LibreTranslate server is named: wagtail-localize's editor then
# offers "Translate with LibreTranslate" (translations.machine_translation maps our language
# codes and keeps Serbian in Latin script). The call is made inside the request, so the timeout
# stays under gunicorn's 30-second worker timeout.
MACHINE_TRANSLATION_URL = env.get_url("MACHINE_TRANSLATION_URL")
if MACHINE_TRANSLATION_URL:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine_translation.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": MACHINE_TRANSLATION_URL,
            "API_KEY": env.get_str("MACHINE_TRANSLATION_API_KEY", ""),
            "TIMEOUT": env.get_int("MACHINE_TRANSLATION_TIMEOUT", 20),
        },
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.get_str("LOG_LEVEL", "WARNING")},
}

# Countries of diaspora associations, partners and donors: a short list with names of our own
# in the three languages (cms/settings/countries.py).
COUNTRIES_ONLY = COUNTRIES
