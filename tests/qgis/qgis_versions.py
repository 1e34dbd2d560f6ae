"""Which QGIS the tests run on (`make test` runs them on the host's 3.22 and on 3.40 in a Debian trixie root)."""

import pytest
from qgis.core import Qgis

#: QGIS 3.34 or newer: APIs deprecated since 3.22 are gone or warn there.
QGIS_334 = Qgis.QGIS_VERSION_INT >= 33400


def xfail_on_qgis334(reason: str, raises=None):
    """Strict xfail on QGIS >= 3.34 for a failure that only plugin code can fix; it becomes a failure (XPASS) the day
    the fix lands, so the mark cannot outlive the bug."""
    return pytest.mark.xfail(condition=QGIS_334, reason=reason, strict=True, raises=raises)
