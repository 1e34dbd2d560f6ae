"""Load the plugin's translation (``i18n/hotspot_plugin_<locale>.qm``) for the language QGIS runs in.

QGIS writes the language it uses to the setting ``locale/userLocale`` (also when it follows the
system language), so plugins stay in step with it; ``QgsApplication.translation()`` gives the
language chosen with ``--lang``. The translator is returned so the plugin keeps it (Qt does not
take ownership) and removes it again on unload.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

_PACKAGE_DIR = Path(__file__).resolve().parent
QM_PREFIX = "hotspot_plugin_"


def i18n_dirs() -> List[Path]:
    """Folders that may hold the .qm files: inside the installed plugin, or beside it in the repository."""
    return [_PACKAGE_DIR / "i18n", _PACKAGE_DIR.parent / "i18n"]


def qgis_locale() -> str:
    """The locale QGIS runs in, e.g. ``cy`` or ``en_GB``: ``--lang`` first, then ``locale/userLocale``."""
    app = QgsApplication.instance()
    running = app.translation() if app is not None and hasattr(app, "translation") else ""
    if running:
        return running
    user = QgsSettings().value("locale/userLocale", "", type=str)
    return user or QLocale().name()


def translation_file(locale: Optional[str] = None) -> Optional[Path]:
    """The .qm file for ``locale`` (full name like ``cy_GB`` first, then the language ``cy``), or None."""
    locale = (locale or qgis_locale() or "").replace("-", "_")
    candidates = [locale, locale.split("_")[0]] if locale else []
    for folder in i18n_dirs():
        for name in candidates:
            path = folder / f"{QM_PREFIX}{name}.qm"
            if name and path.is_file():
                return path
    return None


def install_translator(locale: Optional[str] = None) -> Optional[QTranslator]:
    """Install the plugin's translator for the QGIS language; None when there is no translation."""
    path = translation_file(locale)
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    """Undo :func:`install_translator` (safe with None)."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
