"""Preparing a call: everything a request needs, checked, before anything is sent.

`prepare` turns a resource method's arguments into a `Prepared` call: the URL with every path
parameter encoded as one segment, the headers (the credential among them, in `HeaderValues`,
whose repr never shows a value), the checked and encoded body, the idempotency key (the same on
every attempt), the timeout and the retries. Every mistake that needs no network is an error
here, so nothing has been sent when `prepare` raises.

The values the document marks secret (`x-klarna-secret`: an authorization or customer token)
are frame locals of a failed call, which error trackers record by repr: `PathValues` and
`Prepared` show them as `…`, the URL holding them is built last (no frame of a refused call
holds it), and a value too long for the URL is refused without its frames.
"""

from __future__ import annotations

import datetime
import enum
import functools
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final
from urllib.parse import quote

import httpx

from ._bodies import ACCEPT_ENCODING
from ._config import (
    NOT_GIVEN,
    ClientConfig,
    NotGiven,
    TimeoutTypes,
    checked_flag,
    checked_headers,
    checked_retries,
    checked_timeout,
)
from ._schema import Operation
from ._spec import IDEMPOTENCY_KEY_HEADER, VERSION

if TYPE_CHECKING:
    import uuid

    from ._download import FileSink

__all__ = [
    "NO_BODY",
    "HeaderValues",
    "PathValues",
    "Prepared",
    "idempotency_key",
    "path_segment",
    "prepare",
    "user_agent",
]

MAX_PATH_SEGMENT: Final = 2048  # characters of an encoded path parameter; Klarna's tokens are ~36


@functools.cache
def user_agent() -> str:
    import platform  # here, not at the top: `import klarna_payments` stays cheap

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"klarna-payments-python/{VERSION} python/{python} httpx/{httpx.__version__} ({platform.system()})"


def path_segment(name: str, value: object) -> str:
    """`value` percent-encoded as exactly one URL path segment; empty or blank is a ValueError.

    An empty segment would address a different resource (``.../authorizations/`` instead of
    ``.../authorizations/{token}``); ``/``, ``?``, ``#`` and dot segments must not change the path.
    """
    if not isinstance(value, str) or not value.strip():
        shown = repr(value) if len(repr(value)) <= 60 else f"a {type(value).__name__} of {len(value)} characters"  # type: ignore[arg-type]
        raise ValueError(f"Expected a non-empty str for `{name}` but received {shown}")
    encoded = quote(value, safe="")
    if len(encoded) > MAX_PATH_SEGMENT:
        raise ValueError(f"`{name}` is {len(value)} characters long; at most {MAX_PATH_SEGMENT} fit in the URL")
    return encoded.replace(".", "%2E") if encoded in {".", ".."} else encoded


def _paths(operation: Operation, path_values: tuple[object, ...]) -> tuple[str, str, tuple[str, ...]]:
    """(the path, the path with its secret values as `…`, those values as sent and as given).

    A refused value is a ValueError raised here, outside the frames that held the value: a
    tracker records only this frame, whose locals are the operation, the `PathValues` and the
    message (which names a secret parameter, never quotes it)."""
    problem = None
    try:
        path, shown, secrets = _encoded_paths(operation, path_values)
    except ValueError as error:
        problem = str(error)
    if problem is not None:
        raise ValueError(problem)
    return path, shown, secrets


def _encoded_paths(operation: Operation, path_values: tuple[object, ...]) -> tuple[str, str, tuple[str, ...]]:
    names = operation.parameter_python_names
    encoded, elided, secrets = {}, {}, []
    for name, value in zip(operation.path_parameters, path_values, strict=True):
        field = operation.parameters.get(name)
        secret = field is not None and field.secret
        text = _path_text(value)
        encoded[name] = path_segment(names.get(name, name), text)
        elided[name] = "…" if secret else encoded[name]
        if secret:
            secrets += [encoded[name], str(text)]
    return operation.path.format(**encoded), operation.path.format(**elided), tuple(dict.fromkeys(secrets))


def _documented(operation: Operation, given: Mapping[str, object] | None, names: tuple[str, ...], where: str) -> None:
    """The query or header parameters given must be the operation's own (the document's names)."""
    unknown = sorted(set(given or ()) - set(names))
    if unknown:
        raise ValueError(f"{operation.name} has no {where} parameter {', '.join(unknown)}")


def parameter_text(name: str, value: object) -> str:
    """A query or header parameter's value as the text the request carries."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime) and value.utcoffset() == datetime.timedelta(0):
        return value.isoformat().removesuffix("+00:00") + "Z"  # UTC, as ISO 8601 writes it
    if isinstance(value, datetime.date):  # a datetime with another offset too
        return value.isoformat()
    if isinstance(value, str | int | float) or _is_uuid(value):
        return str(value)
    raise TypeError(f"the parameter {name} must be a str, number, bool, date or UUID, not {type(value).__name__}")


def _path_text(value: object) -> object:
    """A path value as text: a str as it is, a number, UUID or date as a query writes it;
    anything else is `path_segment`'s to refuse."""
    if value.__class__ is str:
        return value
    try:
        return parameter_text("", value)
    except TypeError:
        return value


def _is_uuid(value: object) -> bool:
    import uuid  # here: a fresh key needs no uuid module, and `import klarna_payments` stays cheap

    return isinstance(value, uuid.UUID)


def random_uuid() -> str:
    """A fresh random UUID (version 4) as text: 16 bytes from `os.urandom`, as `uuid.uuid4`
    takes them, without building a `uuid.UUID` on every call."""
    data = bytearray(os.urandom(16))
    data[6] = data[6] & 0x0F | 0x40  # version 4
    data[8] = data[8] & 0x3F | 0x80  # the RFC 9562 variant
    text = data.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def idempotency_key_value(key: str | uuid.UUID | None) -> str:
    """The key a call sends: the caller's (a UUID, as text or `uuid.UUID`), else a fresh UUID4."""
    if key is None:
        return random_uuid()
    import uuid

    try:
        return str(key if isinstance(key, uuid.UUID) else uuid.UUID(key))
    except (ValueError, TypeError, AttributeError):
        raise ValueError(f"idempotency_key must be a UUID, not {key!r}") from None


# The namespace of `idempotency_key`: uuid5(NAMESPACE_URL, "https://pypi.org/project/klarna-payments/").
IDEMPOTENCY_NAMESPACE: Final = "128afb86-9e9f-5cdf-8669-5347ac9090b5"


def idempotency_key(*parts: str) -> str:
    """A deterministic idempotency key: a UUIDv5 of your own identifiers.

    ``idempotency_key("shop-se", order_number)`` is the same on every call, in every process, so
    it can be stored with the order *before* the call and still be known after a crash, a
    redeploy or a double submit: repeating the call with it is what settles an unknown outcome.
    Use identifiers that name one intended effect (the shop and the order number; for a customer
    token, the subscription), never a timestamp.

    Raises:
        ValueError: No parts, or a part that is not a non-empty str.
    """
    if not parts:
        raise ValueError("idempotency_key() needs at least one identifier")
    for index, part in enumerate(parts):
        if not isinstance(part, str) or not part:
            raise ValueError(f"idempotency_key(): part {index} must be a non-empty str, not {type(part).__name__}")
    # Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
    name = "".join(f"{len(part)}:{part}" for part in parts)
    import uuid

    return str(uuid.uuid5(uuid.UUID(IDEMPOTENCY_NAMESPACE), name))


NO_BODY: Final = object()


class HeaderValues(dict[str, str]):
    """A request's headers. Its repr names the headers and hides their values (one of them is the
    credential): it is a local variable of the frames an error tracker captures."""

    def __repr__(self) -> str:
        return f"HeaderValues({', '.join(self)}; values hidden)"


class PathValues(tuple[object, ...]):
    """A call's path values, in path order; its repr shows those the document marks secret as `…`."""

    secret: tuple[bool, ...] = ()

    def __repr__(self) -> str:
        # Unknown flags (a bare PathValues) hide every value.
        flags = self.secret if len(self.secret) == len(self) else (True,) * len(self)
        shown = ("…" if secret else repr(value) for value, secret in zip(self, flags, strict=True))
        return f"PathValues({', '.join(shown)})"


def path_values_of(operation: Operation, values: tuple[object, ...]) -> PathValues:
    """`values` as `PathValues`, knowing which of `operation`'s path parameters are secret."""
    wrapped = PathValues(values)
    wrapped.secret = tuple(
        bool(field is not None and field.secret)
        for field in (operation.parameters.get(name) for name in operation.path_parameters)
    )
    return wrapped


@dataclass
class Prepared:
    """One logical call, ready to send: every attempt sends exactly this."""

    method: str
    url: str = field(repr=False)  # may hold a secret path value: `shown_url` is what a repr shows
    shown_url: str  # the URL with every secret path value as `…`
    secrets: tuple[str, ...] = field(repr=False)  # those values as the URL carries them (for log lines)
    params: tuple[tuple[str, str], ...]  # the query, in order
    headers: HeaderValues = field(repr=False)
    content: bytes | None = field(repr=False)
    timeout: httpx.Timeout | None
    retries: int
    idempotency_key: str | None
    caller_key: bool  # the caller gave the key: this call may repeat an earlier one
    max_response_size: int
    sink: FileSink | None = None  # where a successful body goes instead of memory (`*_to_file`)


def prepare(
    config: ClientConfig,
    operation: Operation,
    path_values: tuple[object, ...],
    body: object = NO_BODY,
    *,
    idempotency_key: str | uuid.UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
    query: Mapping[str, object] | None = None,
    header_parameters: Mapping[str, object] | None = None,
    download_to: str | os.PathLike[str] | None = None,
) -> Prepared:
    """Everything a call needs, checked: nothing has been sent when this raises."""
    _documented(operation, query, operation.query_parameters, "query")
    _documented(operation, header_parameters, operation.header_parameters, "header")
    if operation.deprecation is not None:  # the one test a call of an operation with nothing deprecated pays
        from ._deprecation import call_warnings

        call_warnings(operation, operation.deprecation, query, header_parameters)
    if operation.parameters:
        # The checks load with the first call that has parameters, not at import.
        from ._validation import parameter_problems

        problems = parameter_problems(operation, path_values, query, header_parameters)
        if problems:
            raise ValueError(f"{operation.name}: invalid parameters: {'; '.join(problems)}")
    headers = HeaderValues({"User-Agent": user_agent(), "Accept-Encoding": ACCEPT_ENCODING, **config.headers})
    limit, sink = config.max_response_size, None
    if operation.byte_responses:  # a report: its media types first, and JSON for an error
        headers["Accept"] = ", ".join([*dict.fromkeys(operation.byte_responses.values()), "application/json"])
        limit = config.max_download_size
        if download_to is not None:
            from ._download import FileSink

            sink = FileSink(download_to)
    elif download_to is not None:
        raise ValueError(f"{operation.name} answers JSON, not a file to download")
    if header_parameters:
        values = {name: parameter_text(name, value) for name, value in header_parameters.items() if value is not None}
        headers.update(checked_headers(values, "header parameters"))
    if extra_headers:
        headers.update(checked_headers(extra_headers, "extra_headers"))
    headers[config.authorization_header] = config.authorization
    content = None
    if body is not NO_BODY:
        check_rules = config.preflight if isinstance(preflight, NotGiven) else checked_flag(preflight, "preflight")
        # The checks load with the first body (the document's tables, the order rules), not at import.
        from ._validation import NO_EXTRA_BODY, request_body

        extra = NO_EXTRA_BODY if extra_body is None else extra_body
        content = request_body(operation, body, check_rules=check_rules, extra_body=extra, region=config.region)
        headers["Content-Type"] = "application/json"
    elif extra_body is not None:
        raise ValueError(f"{operation.name} sends no body: extra_body cannot be sent")
    key = None
    if operation.sends_idempotency_key:
        key = headers[IDEMPOTENCY_KEY_HEADER] = idempotency_key_value(idempotency_key)
    elif idempotency_key is not None:
        raise ValueError(f"{operation.name} takes no idempotency_key")
    params = tuple(
        (name, parameter_text(name, item))
        for name, value in (query or {}).items()
        if value is not None
        for item in (value if isinstance(value, list | tuple) else [value])
    )
    # Last: from here on a frame holds the URL, secret path values included (see the module docstring).
    path, shown, secrets = _paths(operation, path_values)
    return Prepared(
        method=operation.method,
        url=config.base_url + path,
        shown_url=config.base_url + shown,
        secrets=secrets,
        params=params,
        headers=headers,
        content=content,
        timeout=config.timeout if isinstance(timeout, NotGiven) else checked_timeout(timeout),
        retries=config.max_retries if isinstance(max_retries, NotGiven) else checked_retries(max_retries),
        idempotency_key=key,
        caller_key=idempotency_key is not None,
        max_response_size=limit,
        sink=sink,
    )
