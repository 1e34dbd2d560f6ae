"""Keep database passwords out of everything the plugin writes: log lines, messages, metadata, results.

QGIS-free. A PostgreSQL connection reaches the plugin as a libpq connection string
(``dbname='x' host=h user='u' password='secret'``, the form QGIS uses in layer sources), as a URL
(``postgresql://u:secret@h/x``) or as a saved connection whose credentials sit in a QGIS
authentication configuration (``authcfg=ab12cd3``, which names the configuration and holds no secret).
:func:`redact` removes the secrets from any text before it is shown or stored.
"""

from __future__ import annotations

import re

#: What a removed secret is replaced with.
MASK = "********"

# password='it''s' / password='it\'s' / password=plain (libpq conninfo, QGIS data source URIs);
# also sslpassword and the PGPASSWORD environment form.
_CONNINFO_SECRET = re.compile(
    r"""(?P<key>\b(?:ssl)?password|\bPGPASSWORD)(?P<eq>\s*=\s*)(?P<value>'(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.)*"|[^\s'"]+)""",
    re.IGNORECASE,
)
# scheme://user:secret@host (postgres://, postgresql://, postgis:, and any other URL with userinfo).
_URL_SECRET = re.compile(
    r"(?P<head>\b[a-z][a-z0-9+.-]*://[^\s:/@'\"]*:)(?P<secret>[^\s@/'\"]+)(?P<at>@)", re.IGNORECASE
)
# ?password=secret&... in a URL query string.
_QUERY_SECRET = re.compile(r"(?P<head>[?&](?:ssl)?password=)(?P<secret>[^&\s'\"]+)", re.IGNORECASE)


def redact(text) -> str:
    """``text`` with every password in a connection string or URL replaced by ``********``.

    Anything else (host, database, user name, ``authcfg`` id, table) is kept, so the text still says
    which database it is about. ``None`` gives ``''``.
    """
    if text is None:
        return ""
    text = str(text)
    text = _CONNINFO_SECRET.sub(lambda m: f"{m['key']}{m['eq']}'{MASK}'", text)
    text = _URL_SECRET.sub(lambda m: f"{m['head']}{MASK}{m['at']}", text)
    return _QUERY_SECRET.sub(lambda m: f"{m['head']}{MASK}", text)


def has_password(text) -> bool:
    """True when ``text`` holds a password that :func:`redact` would remove."""
    return text is not None and redact(text) != str(text)


def redact_value(value):
    """:func:`redact` applied to every string inside ``value`` (str, list, tuple, dict values)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: redact_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(redact_value(item) for item in value)
    return value
