"""The plugin's one way to mark text for translation: literal strings where they are used, so that
``pylupdate5`` finds every one with the context the running code looks them up in.

- Docks, dialogs, map tools, styles and every module function: ``tr("…")`` from this module. pylupdate5
  files a bare ``tr("…")`` under the context ``@default`` wherever it stands, and this ``tr`` looks the
  text up there, so one English phrase has one Welsh translation across the plugin.
- Algorithms: ``self.tr("…")`` (``HotspotAlgorithm.tr``): the context is the algorithm's class, as in
  QGIS's own algorithms; pylupdate5 takes it from the ``class`` the call stands in.
- Class attributes (an algorithm's ``DISPLAY_NAME`` and ``GROUP``, choice lists, menu titles):
  ``QT_TRANSLATE_NOOP("<context>", "…")`` on one line, translated where they are shown.

Placeholders are filled after translating: ``tr("Wrote {}.").format(path)``, never an f-string inside.
Translations are made by ``scripts/update_translations.sh`` (``make translations``) and loaded by
``i18n_loader.install_translator``.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: The context pylupdate5 gives a bare ``tr("…")``.
CONTEXT = "@default"

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "tr"]


def tr(text: str) -> str:
    """``text`` in the language QGIS runs in (unchanged when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, text)


def _install_in_core() -> None:
    """The analysis core (which imports no Qt) translates its own text through this module's lookup."""
    from .core import text

    text.install(tr)


_install_in_core()
