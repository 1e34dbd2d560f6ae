"""Words the analysis core shows people (chart labels, report sentences), in the language of the running QGIS.

The core imports nothing from QGIS, so it cannot look a translation up itself: it marks its text with
:func:`tr`, a literal at the call site as everywhere in the plugin (``pylupdate5`` files these under the
context ``@default`` too), and the plugin's :mod:`hotspot_plugin.i18n` installs QGIS's lookup with
:func:`install` when it is imported. Headless (a Dask worker, the command line, ``tests/core``) the text
stays English. Placeholders are filled after translating: ``tr("{n} places").format(n=n)``.
"""

from __future__ import annotations

from typing import Callable, Optional

_translate: Optional[Callable[[str], str]] = None


def tr(text: str) -> str:
    """``text`` translated by the installed lookup (unchanged without one)."""
    return _translate(text) if _translate is not None else text


def install(translate: Optional[Callable[[str], str]]) -> None:
    """Use ``translate`` for every :func:`tr` of the core from now on (None: English again)."""
    global _translate
    _translate = translate
