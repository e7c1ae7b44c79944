"""System checks of the shared core: plugin requirements, and a shared cache in production."""

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register

from services.registry import registry, requirements_message

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register()
def plugin_requirements(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """``manage.py check``, ``migrate`` and ``runserver`` stop on a plugin missing its
    requirement (the web process refuses to start too: ``cms.wsgi`` verifies the registry)."""
    return [
        Error(
            requirements_message([(plugin, needed)]),
            hint=f"Install the {needed!r} plugin's app, or remove {plugin!r} from INSTALLED_APPS.",
            id="services.E001",
        )
        for plugin, needed in registry.missing_requirements()
    ]


@register(deploy=True)
def shared_cache_for_rate_limits(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """Rate limits count in the cache: a per-process cache lets every worker count alone."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in PER_PROCESS_CACHES:
        return [
            Warning(
                "Rate limits for citizen endpoints need a cache shared by all workers.",
                hint="Set CACHE_URL to a Redis server, e.g. redis://127.0.0.1:6379/0.",
                id="services.W001",
            )
        ]
    return []
