#!/usr/bin/env bash
# A separate venv for benchmarks: peer implementations (PySAL esda/libpysal, geopandas) that the
# plugin never needs at run time, with current numpy/shapely/pandas. The analysis package is
# QGIS-free, so it runs here too.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-bench
STAMP="$VENV/.requirements.sha"
WANT=$(sha256sum requirements-bench.txt | cut -d' ' -f1)
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
  rm -rf "$VENV"
  /usr/bin/python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check -r requirements-bench.txt
  echo "$WANT" > "$STAMP"
fi
