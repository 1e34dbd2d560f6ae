# Hot spot policing QGIS plugin. `make demo` and `make test` install what they need first.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
PLUGIN := hotspot_plugin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
QGIS_PLUGINS ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins

.PHONY: setup test demo demo-data translations package deploy lint bench clean

setup:
	bash scripts/setup.sh

test: setup
	bash scripts/start_postgis.sh >/dev/null
	$(PY) -m pytest

demo: setup
	$(PY) scripts/demo.py --output demo_output
	$(PY) scripts/demo_hollowford.py --output demo_output/hollowford

demo-data: setup
	$(PY) scripts/make_demo_data.py

translations: setup
	PYTHON=$(PY) bash scripts/update_translations.sh

package:
	$(PY) scripts/package.py --output dist

deploy: setup package
	rm -rf "$(QGIS_PLUGINS)/$(PLUGIN)"
	mkdir -p "$(QGIS_PLUGINS)"
	cd "$(QGIS_PLUGINS)" && $(CURDIR)/$(PY) -m zipfile -e "$(CURDIR)/dist/$(PLUGIN)-$(VERSION).zip" .
	qgis_process.bin plugins enable $(PLUGIN) >/dev/null
	@echo "Deployed $(PLUGIN) $(VERSION) to $(QGIS_PLUGINS) and enabled it for qgis_process."

lint: setup
	$(VENV)/bin/ruff check $(PLUGIN) tests scripts
	$(VENV)/bin/ruff format --check $(PLUGIN) tests scripts

bench: setup
	bash scripts/bench_setup.sh
	.venv-bench/bin/python scripts/bench_gistar.py
	.venv-bench/bin/python scripts/bench_dwell.py

clean:
	rm -rf dist demo_output .pytest_cache
	find . -name __pycache__ -prune -exec rm -rf {} +
