import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()

# A plugin without the plugins it needs must stop the web process now, not fail per request.
from services.registry import registry  # noqa: E402  (needs the apps loaded above)

registry.verify()
