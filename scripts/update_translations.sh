#!/usr/bin/env bash
# Regenerate the translation sources and compile them:
#   pylupdate5 over every .py and .ui of hotspot_plugin -> i18n/hotspot_plugin_{cy,en}.ts (existing
#   translations are kept; every string is a literal at its call site, see hotspot_plugin/i18n.py),
#   untranslated strings found in i18n/hotspot_plugin_<locale>_glossary.tsv filled from it, then
#   lrelease -> i18n/hotspot_plugin_cy.qm.
# Translate with Qt Linguist (`linguist i18n/hotspot_plugin_cy.ts`), then run this again.
# Needs pyqt5-dev-tools (pylupdate5) and qttools5-dev-tools (lrelease).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
LOCALES=${LOCALES:-"cy en"}
mkdir -p i18n
mapfile -t sources < <(find hotspot_plugin -name '*.py' -o -name '*.ui' | grep -v __pycache__ | sort)
for locale in $LOCALES; do
    ts="i18n/hotspot_plugin_${locale}.ts"
    pylupdate5 -noobsolete "${sources[@]}" -ts "$ts" 2>/dev/null
    glossary="i18n/hotspot_plugin_${locale}_glossary.tsv"
    if [ -f "$glossary" ]; then
        "$PYTHON" scripts/translation_glossary.py "$ts" "$glossary"
    else
        "$PYTHON" scripts/translation_glossary.py "$ts"
    fi
done
LRELEASE=$(command -v lrelease || echo /usr/lib/qt5/bin/lrelease)
for ts in i18n/hotspot_plugin_*.ts; do
    case "$ts" in *_en.ts) continue ;; esac  # the source language needs no .qm
    "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
echo "Updated: $(ls i18n/*.ts i18n/*.qm | tr '\n' ' ')"
