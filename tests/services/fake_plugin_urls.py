"""A URL configuration mounting a fake plugin the way cms/urls.py mounts real ones."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import path
from django.utils.translation import get_language

from services.registry import PluginRegistry, ServicePlugin
from services.urls import plugin_site_patterns


def _index(request):
    return HttpResponse(f"fake plugin in {get_language()}")


fake_registry = PluginRegistry()
fake_registry.register(
    ServicePlugin(slug="fake", label="Fake", urls=lambda: [path("", _index, name="index")])
)
fake_registry.register(ServicePlugin(slug="apionly", label="API only"))

urlpatterns = i18n_patterns(*plugin_site_patterns(fake_registry), prefix_default_language=True)
