"""Text from a server, or about a request, made safe for a message or a log line: control and
format characters escaped (so it cannot forge lines or colour a terminal), cut to a length, and
a redirect's target shown by its origin alone (its path may echo a token)."""

from __future__ import annotations

from typing import Final

import httpx

__all__ = ["MESSAGES_LIMIT", "SNIPPET_LIMIT", "details", "printable", "redirect_target"]

# How much server text a message quotes; the whole body stays in the error's `.content`.
SNIPPET_LIMIT: Final = 120
MESSAGES_LIMIT: Final = 500


def printable(text: str, limit: int) -> str:
    """`text` safe for one log line: control and format characters (ANSI escapes included)
    escaped as ``\\x1b``, ``\\n``, ``\\u202e``; cut to `limit` characters."""
    if not text.isprintable():
        text = "".join(char if char.isprintable() else char.encode("unicode_escape").decode("ascii") for char in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def details(*, correlation_id: str | None, idempotency_key: str | None) -> str:
    details = [f"correlation_id={printable(correlation_id, SNIPPET_LIMIT)}"] if correlation_id else []
    if idempotency_key:
        details.append(f"idempotency_key={printable(idempotency_key, SNIPPET_LIMIT)}")
    return f" ({', '.join(details)})" if details else ""


def redirect_target(location: str | None) -> str:
    """Where a redirect points, for a message: its origin only (the path may echo a token)."""
    if not location:
        return ""
    try:
        url = httpx.URL(location)
    except (httpx.InvalidURL, ValueError, TypeError):
        return " to an invalid location"
    if not url.is_absolute_url:
        return " to another path of the same host"
    origin = f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "")
    return f" to {printable(origin, SNIPPET_LIMIT)}"
