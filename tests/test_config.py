"""Configuration comes from the environment, with safe defaults and clear failures."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from cms import env

ROOT = Path(__file__).resolve().parents[1]


def _settings_value(module: str, expression: str, **environ: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "CACHE_URL", "REDIS_URL", "SECRET_KEY", "BASE_URL"}
    }
    code = f"import {module} as s; print({expression})"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean | environ, capture_output=True, text=True
    )


def test_boolean_variables_accept_the_usual_spellings(monkeypatch):
    monkeypatch.setenv("FLAG", "yes")
    assert env.get_bool("FLAG", False) is True
    monkeypatch.setenv("FLAG", "0")
    assert env.get_bool("FLAG", True) is False
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG"):
        env.get_bool("FLAG", False)


def test_lists_are_comma_separated(monkeypatch):
    monkeypatch.setenv("HOSTS", "a.example, b.example,,")
    assert env.get_list("HOSTS", []) == ["a.example", "b.example"]


def test_database_defaults_to_sqlite_in_the_project_folder():
    result = _settings_value(
        "cms.settings.dev", "s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME']"
    )
    assert result.returncode == 0, result.stderr
    assert "sqlite3" in result.stdout and "db.sqlite3" in result.stdout


def test_database_url_selects_postgresql():
    result = _settings_value(
        "cms.settings.dev",
        "s.DATABASES['default']['ENGINE']",
        DATABASE_URL="postgres://u@db:5432/cms",
    )
    assert "postgresql" in result.stdout


def test_cache_is_local_memory_unless_a_cache_url_selects_redis():
    assert (
        "LocMemCache"
        in _settings_value("cms.settings.dev", "s.CACHES['default']['BACKEND']").stdout
    )
    redis = _settings_value(
        "cms.settings.dev", "s.CACHES['default']['BACKEND']", CACHE_URL="redis://127.0.0.1:6379/1"
    )
    assert "django_redis" in redis.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = _settings_value("cms.settings.production", "s.DEBUG")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


PRODUCTION = {
    "SECRET_KEY": "x" * 50,
    "BASE_URL": "https://kllokot.example",
    "DATABASE_URL": "postgres://u@db:5432/cms",
}


@pytest.mark.parametrize("missing", ["BASE_URL", "DATABASE_URL"])
def test_production_requires_its_public_address_and_a_real_database(missing):
    environ = {key: value for key, value in PRODUCTION.items() if key != missing}
    result = _settings_value("cms.settings.production", "s.DEBUG", **environ)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_production_uses_the_database_task_backend_and_no_cors_origins_by_default():
    result = _settings_value(
        "cms.settings.production",
        "s.TASKS['default']['BACKEND'], s.CORS_ALLOWED_ORIGINS, s.BASE_URL",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr
    assert "django_tasks_db.DatabaseBackend" in result.stdout
    assert "[]" in result.stdout
    assert "https://kllokot.example" in result.stdout


def test_an_unknown_source_language_is_refused():
    result = _settings_value("cms.settings.dev", "s.LANGUAGE_CODE", SOURCE_LANGUAGE="de")
    assert result.returncode != 0
    assert "SOURCE_LANGUAGE must be one of" in result.stderr


def test_a_bad_task_backend_name_is_refused_with_its_name():
    result = _settings_value("cms.settings.dev", "s.TASKS", TASKS_BACKEND="celery")
    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of" in result.stderr


@pytest.mark.django_db
def test_cors_allows_only_configured_origins(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.kllokot.example"]
    allowed = client.get("/api/v3/locales/", HTTP_ORIGIN="https://app.kllokot.example")
    other = client.get("/api/v3/locales/", HTTP_ORIGIN="https://evil.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://app.kllokot.example"
    assert "Access-Control-Allow-Origin" not in other


def test_deploy_check_warns_when_rate_limits_cannot_be_shared(settings):
    from services.checks import shared_cache_for_rate_limits

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [warning.id for warning in shared_cache_for_rate_limits(None)] == ["services.W001"]
    settings.CACHES = {
        "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://x"}
    }
    assert shared_cache_for_rate_limits(None) == []
