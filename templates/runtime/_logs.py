"""The SDK's log lines, through `logging.getLogger("klarna_payments")`.

One line per attempt: DEBUG for a success, INFO for an attempt that is retried (with the wait),
WARNING for the attempt that ends a call in failure. A line names the method, the path with
every parameter elided (`/payments/v1/authorizations/…/order`: an authorization token is a
bearer of money), the status or exception type, the attempt, the time and Klarna's correlation
id. Never credentials, header values, or request or response bodies.

`KLARNA_LOG=debug|info|warning` (any case) attaches one stderr handler at that level, and stops
the lines from also reaching the root logger's handlers (which would print them twice); another
value attaches it at WARNING and says so in a WARNING line.

httpx logs each request's full URL at INFO (`HTTP Request: POST https://…/authorizations/<token>
/order`), and httpcore the response headers at DEBUG. While a request of the SDK is in flight,
a filter on those loggers (`_Redaction`) replaces its secret path values in their lines with
`…`: through the SDK's own connections (which skip httpx's client and its line anyway), through
the test fake's client and through a user's `http_client` alike. The filter acts on nothing
else: a user's other requests through the same client are logged as httpx logs them.
"""

from __future__ import annotations

import contextvars
import logging
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

import httpx

from ._spec import CORRELATION_ID_HEADER
from ._text import SNIPPET_LIMIT, printable

if TYPE_CHECKING:
    from ._schema import Operation
    from .preflight import Problem

logger = logging.getLogger("klarna_payments")
# A library's lines go where its user's logging configuration sends them: without any, nowhere
# (not to stderr through logging's last-resort handler).
logger.addHandler(logging.NullHandler())

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}


class _KlarnaLogHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler KLARNA_LOG attaches (a class of its own, so it is attached only once)."""


def configure_from_environment() -> None:
    value = os.environ.get("KLARNA_LOG", "").strip()
    if not value or any(isinstance(handler, _KlarnaLogHandler) for handler in logger.handlers):
        return
    level = _LEVELS.get(value.lower())
    handler = _KlarnaLogHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level or logging.WARNING)
    logger.propagate = False
    if level is None:
        logger.warning("KLARNA_LOG=%s is not one of %s: logging at warning", printable(value, 40), ", ".join(_LEVELS))


# --------------------------------------------------------------------------------------------
# Other libraries' lines about the SDK's requests

REDACTED: Final[contextvars.ContextVar[tuple[str, ...]]] = contextvars.ContextVar(
    "klarna_payments_redacted", default=()
)
# httpx's request line (INFO) and httpcore's traces (DEBUG: response headers, a redirect's Location).
OTHER_LOGGERS: Final = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def redacting(request: Any) -> contextvars.Token[tuple[str, ...]]:
    """Mark `request`'s secret path values for redaction in the lines logged until the token is
    reset (the send of one attempt: the same thread, or the same task)."""
    return REDACTED.set(getattr(request, "secrets", ()))


class _Redaction(logging.Filter):
    """Replaces the secrets of the SDK's request in flight (REDACTED) in a line with `…`."""

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = REDACTED.get()
        if secrets:
            message = record.getMessage()
            redacted = message
            for secret in secrets:
                redacted = redacted.replace(secret, "…")
            if redacted != message:
                record.msg, record.args = redacted, ()
        return True


def _install_redaction() -> None:
    for name in OTHER_LOGGERS:
        other = logging.getLogger(name)
        if not any(isinstance(existing, _Redaction) for existing in other.filters):
            other.addFilter(_Redaction())


_install_redaction()


def _outcome(response: httpx.Response | None, error: BaseException | None) -> str:
    if response is not None:
        correlation_id = response.headers.get(CORRELATION_ID_HEADER)
        shown = printable(correlation_id, SNIPPET_LIMIT) if correlation_id else "-"
        return f"{response.status_code} correlation_id={shown}"
    return f"{type(error).__name__} correlation_id=-"


def attempt(
    level: int,
    operation: Operation,
    number: int,
    elapsed: float,
    response: httpx.Response | None,
    error: BaseException | None,
    note: str,
) -> None:
    """One line for one attempt; `note` says what happens next (`retrying in 0.48s`, `giving up`)."""
    if logger.isEnabledFor(level):
        logger.log(
            level,
            "%s %s -> %s attempt=%d elapsed_ms=%.0f%s",
            operation.method,
            operation.elided_path(),
            _outcome(response, error),
            number,
            elapsed * 1000,
            f" {note}" if note else "",
        )


def interrupted(operation: Operation, key: str | None, interrupt: BaseException, *, sent: bool) -> None:
    """One WARNING for a call with an effect whose attempt was interrupted (cancelled, a
    KeyboardInterrupt, a soft time limit) once its request may have gone out: Klarna may have
    executed it, and only the key settles it. It names the operation and the key, never a token."""
    if not (sent and operation.has_effect):
        return
    what = "cancelled" if type(interrupt).__name__ == "CancelledError" else "interrupted"
    logger.warning(
        "%s %s %s (%s) after the request may have gone out: Klarna may have executed it; settle it by repeating "
        "the call%s",
        operation.method,
        operation.elided_path(),
        what,
        type(interrupt).__name__,
        f" with idempotency_key={key}" if key else "",
    )


def preflight_warnings(operation: Operation, problems: Iterable[Problem]) -> None:
    """Warnings from the order-rule check, once per call, escaped like server text (a message
    may quote the body's locale or country)."""
    body_warnings(operation, [problem.message for problem in problems], "preflight warnings")


def body_warnings(operation: Operation, messages: list[str], what: str = "body warnings") -> None:
    """Warnings about a body that is sent all the same, once per call, escaped."""
    if messages and logger.isEnabledFor(logging.WARNING):
        text = "; ".join(printable(message, 500) for message in messages)
        logger.warning("%s: %s (sent anyway): %s", operation.name, what, text)
