# Multi-stage image: build wheels with the compiler, run with only what is needed, as a
# non-root user, under gunicorn; whitenoise serves the collected static files.
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential gettext \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements/ requirements/
RUN python -m venv /venv && /venv/bin/pip install -r requirements/production.txt
COPY . .
RUN DJANGO_SETTINGS_MODULE=cms.settings.production SECRET_KEY=build-only-not-secret \
    BASE_URL=http://build.invalid DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    /venv/bin/python manage.py collectstatic --no-input --verbosity 0

FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PATH="/venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=cms.settings.production PORT=8000
# Exactly the system packages the code needs at run time (Pango and fonts for the bulletin's
# PDF); tests/deploy/test_runtime_image.py fails when the code loads a library not among them.
COPY requirements/apt-runtime.txt /tmp/apt-runtime.txt
RUN apt-get update \
    && grep -vE '^[[:space:]]*(#|$)' /tmp/apt-runtime.txt \
       | xargs apt-get install -y --no-install-recommends \
    && rm -rf /var/lib/apt/lists/* /tmp/apt-runtime.txt \
    && useradd --create-home --uid 10001 cms
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build --chown=cms:cms /app /app
RUN mkdir -p /app/media && chown cms:cms /app/media
USER cms
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,os; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz', timeout=4)"
# Migrations run as a release step: `docker run IMAGE python manage.py migrate`.
# Binding, workers and an access log without addresses or query strings: cms/gunicorn.py.
CMD ["gunicorn", "-c", "python:cms.gunicorn", "cms.wsgi"]
