# Hot spot policing QGIS plugin. `make demo` and `make test` install what they need first.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
PLUGIN := hotspot_plugin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
# The QGIS config folder `make deploy` installs into (QGIS's own variable; a throwaway one keeps the real profile
# untouched) and the default profile's plugin folder in it.
QGIS_CUSTOM_CONFIG_PATH ?= $(HOME)/.local/share/QGIS/QGIS3
QGIS_PLUGINS ?= $(QGIS_CUSTOM_CONFIG_PATH)/profiles/default/python/plugins
# Where `make package` writes the zip.
DIST ?= dist
# Extra pytest arguments for both QGIS versions, e.g. make test PYTEST_ARGS="-k dwell -x".
PYTEST_ARGS ?=
# Targets that install first depend on $(SETUP); SETUP= skips it where the tools are already there.
SETUP ?= setup

.PHONY: setup test test-qgis322 test-qgis340 test-fast test-core demo demo-data models translations package deploy lint bench clean

setup:
	bash scripts/setup.sh

# The whole suite on the host's QGIS 3.22, then on QGIS 3.40 in a Debian trixie root (scripts/qgis340.sh,
# cached in /var/tmp/hotspot-qgis340); both run even when the first fails, and the target fails if either does.
test: $(SETUP)
	bash scripts/start_postgis.sh >/dev/null
	@rc=0; \
	echo "== QGIS 3.22 (host) =="; $(PY) -m pytest $(PYTEST_ARGS) || rc=1; \
	echo "== QGIS 3.40 (Debian trixie root) =="; bash scripts/qgis340.sh test $(PYTEST_ARGS) || rc=1; \
	exit $$rc

test-qgis322: $(SETUP)
	bash scripts/start_postgis.sh >/dev/null
	$(PY) -m pytest $(PYTEST_ARGS)

test-qgis340: $(SETUP)
	bash scripts/qgis340.sh test $(PYTEST_ARGS)

# While developing: QGIS 3.22 without the slow end-to-end and desktop tests (make test runs them all).
test-fast: $(SETUP)
	bash scripts/start_postgis.sh >/dev/null
	$(PY) -m pytest -m "not slow and not desktop" $(PYTEST_ARGS)

# The analysis core alone, without starting QGIS: seconds.
test-core: $(SETUP)
	$(PY) -m pytest tests/core -m "not slow" -p no:pytest_qgis $(PYTEST_ARGS)

demo: $(SETUP)
	$(PY) scripts/demo.py --output demo_output
	$(PY) scripts/demo_hollowford.py --output demo_output/hollowford

demo-data: $(SETUP)
	$(PY) scripts/make_demo_data.py

# The chains as Processing models (hotspot_plugin/processing/models/*.model3), built with PyQGIS on QGIS 3.22.
models: $(SETUP)
	$(PY) scripts/make_models.py

translations: $(SETUP)
	PYTHON=$(PY) bash scripts/update_translations.sh

package:
	$(PY) scripts/package.py --output "$(DIST)"

# Replaces any installed copy; enables the plugin only when qgis_process does not already load it (a second
# `plugins enable` exits non-zero with "Plugin is already enabled!").
deploy: $(SETUP) package
	rm -rf "$(QGIS_PLUGINS)/$(PLUGIN)"
	mkdir -p "$(QGIS_PLUGINS)"
	$(PY) -m zipfile -e "$(DIST)/$(PLUGIN)-$(VERSION).zip" "$(QGIS_PLUGINS)"
	@export QGIS_CUSTOM_CONFIG_PATH="$(QGIS_CUSTOM_CONFIG_PATH)"; \
	if qgis_process.bin --json plugins 2>/dev/null | $(PY) -c 'import json, sys; \
	sys.exit(0 if json.load(sys.stdin)["plugins"].get("$(PLUGIN)", {}).get("loaded") else 1)'; then \
	  echo "$(PLUGIN) was already enabled for qgis_process."; \
	else \
	  qgis_process.bin plugins enable $(PLUGIN) >/dev/null; \
	fi
	@echo "Deployed $(PLUGIN) $(VERSION) to $(QGIS_PLUGINS) and enabled it for qgis_process."

lint: $(SETUP)
	$(VENV)/bin/ruff check $(PLUGIN) tests scripts
	$(VENV)/bin/ruff format --check $(PLUGIN) tests scripts

bench: $(SETUP)
	bash scripts/bench_setup.sh
	.venv-bench/bin/python scripts/bench_gistar.py
	.venv-bench/bin/python scripts/bench_dwell.py
	$(PY) scripts/bench_startup.py
	$(PY) scripts/bench_baseline.py
	$(PY) scripts/bench_end_to_end.py

clean:
	rm -rf dist demo_output .pytest_cache
	find . -name __pycache__ -prune -exec rm -rf {} +
