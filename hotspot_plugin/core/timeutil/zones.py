"""Time zones: the policing zone (Europe/London by default, DOMAIN.md §4) and checking a zone name."""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import HotspotInputError

#: The zone of every local (naive) time unless a caller says otherwise: GMT in winter, BST in summer.
DEFAULT_TIMEZONE = "Europe/London"


@lru_cache(maxsize=32)
def zone(tz: str = DEFAULT_TIMEZONE) -> ZoneInfo:
    """The ``ZoneInfo`` of an IANA zone name, or a :class:`HotspotInputError` saying it is unknown."""
    try:
        return ZoneInfo(str(tz))
    except (ZoneInfoNotFoundError, ValueError):
        raise HotspotInputError(
            f"Unknown time zone '{tz}'. Use an IANA name such as Europe/London (install the tzdata "
            "package if the system has no zone database)."
        ) from None


def check_timezone(tz: str) -> str:
    """``tz`` itself when it names a known zone; otherwise a :class:`HotspotInputError`."""
    zone(tz)
    return tz
