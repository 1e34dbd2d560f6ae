#!/usr/bin/env bash
# Install everything the plugin, its tests and its demo need on a fresh Debian 12 machine.
# Idempotent: packages already present are not reinstalled; the venv is rebuilt only when the
# pinned requirements change. apt needs root (run as root, or with sudo available).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  qgis python3-qgis qgis-providers          # QGIS 3.22 LTR, its Python bindings and qgis_process
  python3-pandas python3-shapely python3-scipy python3-numpy   # runtime analysis packages
  python3-venv python3-pip                  # the test venv
  xvfb xauth                                # a real QGIS window for screenshots
  pyqt5-dev-tools qttools5-dev-tools        # pylupdate5 / lrelease for translations
  postgresql postgresql-15-postgis-3 python3-psycopg2   # a real PostGIS for the geofence editing tests
  poppler-utils                             # pdfinfo: count pages of the PDF briefings in tests
  python3-statsmodels                       # trial evaluation models (optional at run time); E-test peer in the tests
  python3-dask python3-distributed          # dwell at scale on Dask (optional at run time; pyarrow below)
  mmdebstrap                                # the Debian trixie root that make test runs QGIS 3.40 in
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get -o DPkg::Lock::Timeout=900 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

VENV=${VENV:-.venv}
STAMP="$VENV/.requirements.sha"
WANT=$(cat requirements-dev.txt constraints.txt | sha256sum | cut -d' ' -f1)
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
  echo "Creating $VENV from /usr/bin/python3 (with QGIS's system packages)"
  rm -rf "$VENV"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
  echo "$WANT" > "$STAMP"
fi
# pyarrow (Parquet) for the Python QGIS itself runs: neither Debian 12 nor 13 packages it, so the pinned
# wheel goes into a folder of its own that the plugin adds to sys.path (hotspot_plugin/core/dask_scale).
PYARROW_PIN=$(grep -E '^pyarrow==' requirements-dev.txt)
PY_VER=$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
DEPS=${HOTSPOT_DEPS_DIR:-/usr/local/lib/hotspot-plugin/python$PY_VER}
if [ ! -d "$DEPS/pyarrow-${PYARROW_PIN#pyarrow==}.dist-info" ]; then
  echo "Installing $PYARROW_PIN for QGIS's Python into $DEPS"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && [ ! -w "$(dirname "$DEPS")" ] && SUDO="sudo"
  $SUDO mkdir -p "$DEPS"
  $SUDO rm -rf "$DEPS"/pyarrow "$DEPS"/pyarrow-*.dist-info
  $SUDO "$VENV/bin/pip" install -q --disable-pip-version-check --no-deps --target "$DEPS" "$PYARROW_PIN"
fi
"$VENV/bin/python" - <<'PY'
import numpy, qgis.core
assert int(numpy.__version__.split(".")[0]) < 2, "numpy 2 in the venv breaks Debian's GDAL bindings"
print(f"Ready: QGIS {qgis.core.Qgis.QGIS_VERSION}, numpy {numpy.__version__}")
PY
