"""System checks of the shared core: plugin requirements, their choosers' models, and a shared
cache in production."""

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


@register()
def option_chooser_models(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """A plugin's option chooser names a model by its label: catch a typo, or a model that is
    not a snippet (it has no chooser), at start-up rather than in the page editor."""
    from wagtail.snippets.models import get_snippet_models

    errors: list[CheckMessage] = []
    for slug, chooser in registry.option_choosers().items():
        model = chooser.model_class()
        if model is None:
            errors.append(
                Error(
                    f"The service plugin {slug!r} offers a chooser of {chooser.model!r}, "
                    "which is not an installed model.",
                    hint="Name the model as 'app_label.ModelName'.",
                    id="services.E002",
                )
            )
        elif model not in get_snippet_models():
            errors.append(
                Error(
                    f"The service plugin {slug!r} offers a chooser of {chooser.model!r}, "
                    "which is not registered as a snippet.",
                    hint="Register it with wagtail.snippets.models.register_snippet in the "
                    "plugin's wagtail_hooks.py.",
                    id="services.E003",
                )
            )
    return errors


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
