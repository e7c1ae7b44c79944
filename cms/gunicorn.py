"""gunicorn's settings for the image: ``gunicorn -c python:cms.gunicorn cms.wsgi``.

The access log records no client address and no query string: tracking codes, search words and
signed links travel in query strings, and an address is personal data. ``ACCESS_LOG_FORMAT``
replaces the format (gunicorn's own ``%(...)s`` atoms) where a deployment decides otherwise.
"""

import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
accesslog = "-"
#: Time, method, path without its query, protocol, status, bytes, milliseconds, user agent.
PRIVATE_ACCESS_LOG_FORMAT = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms "%(a)s"'
access_log_format = os.environ.get("ACCESS_LOG_FORMAT", PRIVATE_ACCESS_LOG_FORMAT)
