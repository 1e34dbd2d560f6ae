#!/usr/bin/env bash
# Regenerate the translation sources and compile them:
#   pylupdate5 over every .py and .ui of hotspot_plugin (plus the strings held in class attributes,
#   listed by scripts/translatable_strings.py) -> i18n/hotspot_plugin_{cy,en}.ts (existing
#   translations are kept; untranslated strings found in i18n/hotspot_plugin_<locale>_glossary.tsv are
#   filled from it), then lrelease -> i18n/hotspot_plugin_cy.qm.
# Translate with Qt Linguist (`linguist i18n/hotspot_plugin_cy.ts`), then run this again.
# Needs pyqt5-dev-tools (pylupdate5) and qttools5-dev-tools (lrelease).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
LOCALES=${LOCALES:-"cy en"}
extra=i18n/.class_attribute_strings.py
trap 'rm -f "$extra"' EXIT
mkdir -p i18n
"$PYTHON" scripts/translatable_strings.py "$extra"
mapfile -t sources < <(find hotspot_plugin -name '*.py' -o -name '*.ui' | grep -v __pycache__ | sort)
for locale in $LOCALES; do
    pylupdate5 -noobsolete "${sources[@]}" "$extra" -ts "i18n/hotspot_plugin_${locale}.ts" 2>/dev/null
    "$PYTHON" scripts/translatable_strings.py --prune "i18n/hotspot_plugin_${locale}.ts"
    glossary="i18n/hotspot_plugin_${locale}_glossary.tsv"
    if [ -f "$glossary" ]; then
        "$PYTHON" scripts/translatable_strings.py --glossary "$glossary" "i18n/hotspot_plugin_${locale}.ts"
    fi
done
LRELEASE=$(command -v lrelease || echo /usr/lib/qt5/bin/lrelease)
for ts in i18n/hotspot_plugin_*.ts; do
    case "$ts" in *_en.ts) continue ;; esac  # the source language needs no .qm
    "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
echo "Updated: $(ls i18n/*.ts i18n/*.qm | tr '\n' ' ')"
