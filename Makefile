# LeadCRM: `make run` serves the demo, `make test` runs the whole suite.
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format migrate demo worker beat bench screenshots fuzz clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt 2>&1 \
		| { grep -v "is ignored" || true; }
	touch $(STAMP)

var/secret_key:
	mkdir -p var
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

# The demo: SQLite under var/, Celery tasks in-process, DEBUG on, a local secret key.
run: $(STAMP) var/secret_key
	DEBUG=1 SECRET_KEY=$$(cat var/secret_key) $(BIN)/python manage.py migrate --no-input -v 0
	@if [ ! -f var/.demo-seeded ]; then \
		DEBUG=1 SECRET_KEY=$$(cat var/secret_key) $(BIN)/python manage.py seed_demo && touch var/.demo-seeded; \
	else \
		echo "Demo logins (password: demo): marketer, sdr, rep1, rep2, manager, admin"; \
	fi
	@echo "LeadCRM: http://127.0.0.1:8000/  (Ctrl-C to stop)"
	DEBUG=1 SECRET_KEY=$$(cat var/secret_key) $(BIN)/python manage.py runserver 127.0.0.1:8000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	# Security: no high-severity finding may land (ruff's S rules above catch the rest).
	$(BIN)/bandit -q -c pyproject.toml -r leadcrm leads scoring handoff --severity-level high

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The whole suite. With DATABASE_URL/CELERY_BROKER_URL set (as .ci/run does) the same suite
# also runs the PostgreSQL, Redis and worker tests instead of skipping them.
test: $(STAMP) lint
	$(BIN)/pytest $(PYTEST_ARGS)

# Fuzzing: the API from its OpenAPI schema (schemathesis, on PostgreSQL: DATABASE_URL and
# CACHE_URL as for the integration tier) and the web form (hypothesis), with more examples than
# CI's default of 30 per API operation.
FUZZ_EXAMPLES ?= 200
fuzz: $(STAMP)
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q tests/integration/test_fuzz_api.py \
		tests/leads/test_webform_fuzz.py $(PYTEST_ARGS)

# Browser journeys that keep a PNG of each main page for the README (needs /usr/bin/chromium).
screenshots: $(STAMP)
	LEADCRM_SCREENSHOTS=docs/screenshots $(BIN)/pytest -q tests/browser

worker: $(STAMP)
	$(BIN)/celery -A leadcrm worker -Q celery,realtime,handoff,webhooks,bulk --loglevel=INFO

beat: $(STAMP)
	$(BIN)/celery -A leadcrm beat --loglevel=INFO

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache
