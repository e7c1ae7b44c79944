# Two commands for a fresh machine with Python 3.11+ and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
HOST ?= 127.0.0.1
BASE_URL ?= http://$(HOST):$(PORT)
STAMP := $(VENV)/.installed
# The W3C HTML checker (vnu.jar, from npm, pinned in package-lock.json) for tests/html/.
NODE_STAMP := node_modules/.installed
# pytest-xdist workers: one per core.
WORKERS ?= auto

.DEFAULT_GOAL := help
.PHONY: help run test test-fast lint typecheck format messages bench backup restore clean

help: ## Show this help
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements/base.txt requirements/production.txt requirements/dev.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements/dev.txt
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $(NODE_STAMP); \
	else \
		echo "npm not found: the HTML checker (vnu.jar) is not installed, its test is skipped."; \
	fi

run: $(STAMP) ## Install, migrate, load the demo and serve it on http://127.0.0.1:$PORT
	BASE_URL=$(BASE_URL) $(PY) manage.py migrate --no-input
	BASE_URL=$(BASE_URL) $(PY) manage.py load_demo
	$(PY) manage.py collectstatic --no-input --verbosity 0
	@echo ""
	@echo "  Site:  $(BASE_URL)/sq/   $(BASE_URL)/sr-latn/   $(BASE_URL)/en/"
	@echo "  Admin: $(BASE_URL)/admin/"
	@echo "  API:   $(BASE_URL)/api/v3/pages/   docs: $(BASE_URL)/api/v3/docs/"
	@echo ""
	BASE_URL=$(BASE_URL) $(PY) manage.py runserver $(HOST):$(PORT)

test: $(STAMP) $(NODE_STAMP) ## Run the whole suite, in parallel (browser tests run when Chromium is installed)
	$(PY) -m pytest -n $(WORKERS) --dist loadgroup $(PYTEST_ARGS)

test-fast: $(STAMP) $(NODE_STAMP) ## The suite without the tests that start servers or browsers
	$(PY) -m pytest -n $(WORKERS) -m "not slow" $(PYTEST_ARGS)

lint: $(STAMP) ## What pre-commit runs: ruff, formatting, layer contracts, types, migrations, whitespace
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(PY) manage.py makemigrations --check --dry-run
	@! git grep -nIE '[[:blank:]]+$$' -- ':!*.po' ':!*.svg' || (echo "Trailing whitespace above." && false)

typecheck: $(STAMP) ## mypy (strict on the shared core and new modules)
	$(VENV)/bin/mypy

format: $(STAMP) ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: $(STAMP) ## Update and compile the translation catalogs (needs gettext)
	$(PY) manage.py makemessages --locale sq --locale sr_Latn --locale en --ignore '.venv/*' --ignore 'staticfiles/*' --no-obsolete
	$(PY) manage.py compilemessages --ignore '.venv/*'

bench: $(STAMP) ## Run the benchmarks against a served site (see bench/README.md)
	$(PY) bench/pages.py

backup: $(STAMP) ## Back up the database and both media roots into a new folder: make backup DEST=folder
	@test -n "$(DEST)" || { echo "Usage: make backup DEST=folder (a new folder; see README, Backup and restore)"; exit 2; }
	$(PY) manage.py backup_site "$(DEST)"

restore: $(STAMP) ## Restore a backup into DATABASE_URL's empty database, and verify: make restore SRC=folder
	@test -n "$(SRC)" || { echo "Usage: make restore SRC=folder [RESTORE_ARGS=--check|--replace]"; exit 2; }
	$(PY) manage.py restore_site "$(SRC)" $(RESTORE_ARGS)

clean: ## Remove the virtual environment, the database and collected files
	rm -rf $(VENV) node_modules db.sqlite3 staticfiles media .secret_key
