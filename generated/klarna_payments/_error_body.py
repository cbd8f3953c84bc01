"""Klarna's error body, read from any response: its `error_code`, `error_messages` and
`correlation_id` when it has Klarna's shape (`ErrorV2`), nothing when it does not (a proxy's
HTML page), and the field paths Klarna's messages name (`Bad value: <path>`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

import httpx

from ._spec import CORRELATION_ID_HEADER

__all__ = ["ErrorBody", "decode_json_or_none", "fields_named_in", "read_error_body", "reason_code"]


class ErrorBody(NamedTuple):
    """What an error response says, as far as it says it."""

    body: Any  # the content decoded as JSON, None when it is not JSON
    error_code: str | None
    error_messages: list[str]
    correlation_id: str | None  # from the body, else the Klarna-Correlation-Id header


def read_error_body(content: bytes, headers: Mapping[str, str]) -> ErrorBody:
    body = decode_json_or_none(content)
    fields = body if isinstance(body, dict) else {}
    code, messages, correlation_id = (fields.get(name) for name in ("error_code", "error_messages", "correlation_id"))
    return ErrorBody(
        body,
        code if isinstance(code, str) else None,
        [str(message) for message in messages] if isinstance(messages, list) else [],
        correlation_id if isinstance(correlation_id, str) else httpx.Headers(headers).get(CORRELATION_ID_HEADER),
    )


def decode_json_or_none(content: bytes) -> Any:
    """The JSON value of `content`, or None when it is not JSON (or nests too deeply to parse)."""
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


_PATH = r"[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]\s]*\])?(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]\s]*\])?)*"
_BAD_VALUE = re.compile(rf"\s*bad[ _]value\s*:\s*({_PATH})", re.IGNORECASE)
_NOT_MATCHING = re.compile(r"not matching fields\s*:\s*\[(.*)\]", re.IGNORECASE)
_WHOLE_PATH = re.compile(rf"{_PATH}\Z")


def fields_named_in(messages: Iterable[str]) -> tuple[str, ...]:
    """The field paths in Klarna's ``Bad value: <path>`` and ``Not matching fields: [<paths>]`` messages."""
    found: list[str] = []
    for message in messages:
        if match := _BAD_VALUE.match(message):
            found.append(match.group(1))
        elif match := _NOT_MATCHING.search(message):
            found += [item.strip() for item in match.group(1).split(",") if _WHOLE_PATH.match(item.strip())]
    return tuple(dict.fromkeys(found))


def reason_code(status_code: int) -> str:
    """A status's reason phrase as an error code (`404` -> `NOT_FOUND`), for a body that has none."""
    phrase = httpx.codes.get_reason_phrase(status_code) or "Unknown Status"
    return phrase.upper().replace(" ", "_").replace("-", "_")
