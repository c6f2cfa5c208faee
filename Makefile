# EventXperts: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
# uv from PATH, else as a module of the machine's Python (installed by the first target that needs it).
UV ?= $(shell command -v uv 2>/dev/null || echo python3 -m uv)
export UV
CHROMIUM ?= /usr/bin/chromium
# The browser tests launch the Chromium this Makefile checked or installed.
export CHROMIUM_PATH := $(CHROMIUM)
# The edge (the one public origin, `eventxperts up` starts it) runs the nginx this Makefile checked or installed.
NGINX ?= /usr/sbin/nginx
export NGINX_PATH := $(NGINX)
export UV_FROZEN := 1

.PHONY: help uv-installed install install-test kafka-jars versitygw web-client run demo test lint bench kafka clean

help:
	@echo "make run        install what is missing, start the platform (KAFKA=1: on Apache Kafka)"
	@echo "make demo       seed demo accounts and data (works beside a running make run)"
	@echo "make test       install what is missing (+ chromium, Kafka jars), lint, run every test"
	@echo "make lint       ruff + mypy"
	@echo "make bench      run the benchmarks in bench/ (print tables)"
	@echo "make kafka      run a single-node Apache Kafka broker in the foreground"

uv-installed:
	@$(UV) --version >/dev/null 2>&1 || { echo "[setup] installing uv (pip)"; \
		python3 -m pip install --quiet --disable-pip-version-check uv \
		|| python3 -m pip install --quiet --disable-pip-version-check --user --break-system-packages uv; }

.venv/.synced: uv.lock pyproject.toml $(wildcard */pyproject.toml */*/pyproject.toml) | uv-installed
	@echo "[setup] python packages (uv sync)"
	$(UV) sync --all-packages --frozen
	@touch $@

gateway/node_modules/.installed: gateway/package-lock.json
	@echo "[setup] gateway npm packages (npm ci)"
	cd gateway && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# The app's gettext catalogues: each committed .po is compiled to the .mo the app reads (build output).
APP_LOCALES := app/src/eventxperts_app/i18n/locales
APP_CATALOGUES := $(patsubst %.po,%.mo,$(wildcard $(APP_LOCALES)/*/LC_MESSAGES/messages.po))

$(APP_LOCALES)/%/LC_MESSAGES/messages.mo: $(APP_LOCALES)/%/LC_MESSAGES/messages.po | .venv/.synced
	$(UV) run pybabel compile -i $< -o $@

$(NGINX):
	@echo "[setup] nginx for the edge (Debian package)"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null

# The edge answers browsers that accept brotli with the web client's pre-compressed .br files.
BROTLI_STATIC := /usr/lib/nginx/modules/ngx_http_brotli_static_module.so
$(BROTLI_STATIC): | $(NGINX)
	@echo "[setup] brotli_static for the edge's nginx (Debian package)"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libnginx-mod-http-brotli-static >/dev/null

# The app's web client, versioned and pre-compressed once per version (a minute or two the first time;
# a second when it is there already). The app builds it at start if this did not.
web-client: .venv/.synced
	$(UV) run python -m eventxperts_app.web_client .cache/web-client

install: .venv/.synced gateway/node_modules/.installed $(APP_CATALOGUES) $(NGINX) $(BROTLI_STATIC) web-client

$(CHROMIUM):
	@echo "[setup] chromium for the browser tests (Debian package)"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

.cache/kafka/.fetched: infra/kafka/pom.xml | .venv/.synced
	@echo "[setup] Apache Kafka jars from Maven Central (mvn)"
	$(UV) run eventxperts kafka --fetch-only
	@touch $@

kafka-jars: .cache/kafka/.fetched

# A real S3-compatible server for the object-storage tests: Versity Gateway (Apache-2.0), built once from
# the Go module proxy (about 2.5 minutes on 2 cores) with the machine's Go toolchain.
VERSITYGW_VERSION := v1.8.0
.cache/versitygw/versitygw:
	@echo "[setup] Versity Gateway $(VERSITYGW_VERSION) for the storage tests (go install, once)"
	@mkdir -p .cache/versitygw
	GOBIN=$(CURDIR)/.cache/versitygw GOFLAGS=-mod=mod go install github.com/versity/versitygw/cmd/versitygw@$(VERSITYGW_VERSION)

versitygw: .cache/versitygw/versitygw

install-test: install $(CHROMIUM) kafka-jars versitygw

run: install
ifeq ($(KAFKA),1)
	$(MAKE) --no-print-directory kafka-jars
	$(UV) run eventxperts up --kafka
else
	$(UV) run eventxperts up
endif

demo: install
	$(UV) run eventxperts seed-demo

test: install-test lint
	$(UV) run pytest
	cd gateway && npm test

lint: install
	$(UV) run ruff check .
	$(UV) run ruff format --check .
	$(UV) run mypy $(wildcard libs/*/src services/*/src) app/src cli/src
	$(UV) run mypy $(wildcard libs/*/tests services/*/tests) app/tests cli/tests tests

bench: install
	@for b in bench/*.py; do echo "== $$b"; $(UV) run python $$b || exit 1; done

kafka: install kafka-jars
	$(UV) run eventxperts kafka

clean:
	rm -rf .venv gateway/node_modules .pytest_cache .mypy_cache .ruff_cache
