"""The retry policy and outcome certainty: what each attempt of a call means, as pure functions.

An attempt *may have been executed* when it timed out while reading or writing, lost its
connection after sending (the client closed under it included), or got 500, 502, 504, another
5xx, a 503 *without* `Retry-After` (a proxy or sidecar in front of Klarna answers 503 when
the upstream connection breaks after forwarding), or a 303 See Other (which says the request
was handled elsewhere); it was *not executed* when it never connected, or got 408, 429, a 503
with `Retry-After`, another 3xx (never followed) or a 4xx. Once any attempt of a call with
an effect may have been executed, a call that ends without success raises
`OutcomeUnknownError`: a later 403 "already consumed" or 404 cannot prove that the first attempt
did nothing. A caller-keyed repeat (`idempotency_key=` given) that meets 403 "already consumed"
raises it too: something was created for the authorization, perhaps by the earlier call. For
the DELETE, a 404 "Invalid authorization token" after such an attempt means the work is done,
and the call succeeds. Any 2xx is a success.

`CallState.after_attempt` applies these rules after each attempt: it returns the wait before
the next one, or ends the call (`Sent`, or a raised error). The send loops (`_send.py`) only
perform attempts and wait. Nothing secret in a frame: an httpx error is kept as a cause without
its traceback (httpcore's frames hold the raw request), and `CallState`'s repr names no header.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final, Literal

import httpx

from . import _logs
from ._http import Clock
from ._prepare import Prepared
from ._schema import Operation
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    Attempt,
    AuthorizationNotCancellableError,
    KlarnaError,
    OutcomeUnknownError,
    error_from_response,
)

__all__ = [
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "BrokenConnection",
    "CallState",
    "ClientClosed",
    "ClosedInFlight",
    "Sent",
    "maybe_executed",
    "retry_after_seconds",
    "retry_delay",
    "should_retry",
]

INITIAL_RETRY_DELAY: Final = 0.5  # seconds; doubled per retry
MAX_RETRY_DELAY: Final = 8.0  # cap of the exponential backoff
MAX_RETRY_AFTER: Final = 30.0  # longest server-requested wait honoured; longer ones are not slept
RETRYABLE_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})
SEE_OTHER: Final = 303


class ClientClosed(httpx.TransportError):
    """The client (or its connections) was closed before this attempt could be sent."""


class BrokenConnection(httpx.ConnectError):
    """A pooled connection was found broken before the request went out (an interrupt left its
    HTTP state half-written); it was discarded, and nothing was sent on it."""


class ClosedInFlight(httpx.ReadError):
    """The client was closed while this attempt was in flight: the request may have been sent."""


# Exceptions raised before the request left this machine: nothing reached Klarna.
NOT_SENT_ERRORS: Final = (
    ClientClosed,
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
    httpx.ProxyError,
)
# Transport errors that another attempt cannot fix: the request itself is wrong.
# A PoolTimeout is the client's own pool saturated by this process's calls for the whole wait:
# another attempt would queue behind them again and add to the load; it ends the call, unsent.
NOT_RETRIED_ERRORS: Final = (
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
    httpx.PoolTimeout,
    ClientClosed,
    ClosedInFlight,
)


def maybe_executed(response: httpx.Response | None, error: BaseException | None) -> bool:
    """Whether Klarna may have executed the attempt (see the module docstring)."""
    if response is not None:
        status = response.status_code
        if status == 503:
            return "retry-after" not in response.headers  # a service that asks for a wait turned it away
        # 303 See Other: "handled; the result is elsewhere". Other redirects send the request on
        # unexecuted (and the SDK follows none: errors.UnexpectedStatusError). A 408 or 429
        # turned the request away unexecuted.
        return status == SEE_OTHER or status >= 500
    return not isinstance(error, NOT_SENT_ERRORS)


def should_retry(response: httpx.Response | None, error: BaseException | None) -> bool:
    """Connection errors and timeouts, 408, 429 and 5xx gateway errors are retried.

    Never 400/401/403/404/409 (at Klarna a 409 means the data does not match the session), nor
    a request httpx refused to send.
    """
    if response is not None:
        return response.status_code in RETRYABLE_STATUSES
    return isinstance(error, httpx.TransportError) and not isinstance(error, NOT_RETRIED_ERRORS)


def retry_after_seconds(headers: httpx.Headers, now: float) -> float | None:
    """The wait the server asked for (retry-after-ms, Retry-After, X-Ratelimit-Reset); None when
    it asked for none or for nothing usable."""
    import email.utils

    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0), ("x-ratelimit-reset", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value) * scale
        except ValueError:
            try:
                parsed = email.utils.parsedate_tz(value) if scale == 1.0 else None
                seconds = float(email.utils.mktime_tz(parsed)) - now if parsed else float("nan")
            except (ValueError, OverflowError, TypeError):
                seconds = float("nan")
        # Only a usable value counts: a negative, NaN or infinite one must not hide the next header.
        if 0 <= seconds < float("inf"):
            return seconds
    return None


def retry_delay(retries_taken: int, response: httpx.Response | None, *, now: float, jitter: float) -> float:
    """Seconds to wait before the next attempt.

    A server-requested wait within (0, MAX_RETRY_AFTER] is honoured exactly; a longer one is
    never slept (the capped backoff is used instead). Otherwise 0.5 s doubled per retry, at most
    8 s, minus `jitter` (0 to 1) times a quarter, so that clients do not retry in lockstep.
    """
    if response is not None:
        requested = retry_after_seconds(response.headers, now)
        if requested is not None and 0 < requested <= MAX_RETRY_AFTER:
            return requested
    backoff = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    return backoff * (1 - 0.25 * jitter)


def _detached(error: BaseException, headers: Mapping[str, str]) -> BaseException:
    """A copy of `error` to keep as a cause: its message without any request header value, and
    no traceback nor chain (httpx's and httpcore's frames hold the raw request, credential
    included, and trackers capture their locals)."""
    text = str(error)
    for value in headers.values():
        if len(value) >= 4:
            text = text.replace(value, "[redacted]").replace(repr(value.encode())[2:-1], "[redacted]")
    try:
        copy = type(error)(text)
    except TypeError:  # pragma: no cover - every httpx error takes a message
        copy = RuntimeError(text)
    return copy  # never raised: it has no traceback, context or cause of its own


def connection_error(operation: Operation, error: BaseException, prepared: Prepared) -> APIConnectionError:
    """The APIConnectionError / APITimeoutError for an attempt that got no response."""
    cause = _detached(error, prepared.headers)
    reason = " ".join(str(cause).split())[:200] or "no details"
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if kind is APITimeoutError else "got no response"
    result = kind(
        f"{operation.name}: {what} ({type(error).__name__}: {reason})",
        request=_request_of(error),
        idempotency_key=prepared.idempotency_key,
    )
    result.__cause__ = cause
    return result


@dataclass
class Sent:
    """What a call ended with: its last response, and whether that is the call's success."""

    response: httpx.Response
    outcome: Literal["success", "settled", "failure"]  # settled: a DELETE whose 404 confirms the work
    idempotency_key: str | None
    retries_taken: int


def status_error(operation: Operation, response: httpx.Response) -> APIStatusError:
    """The typed error for an error answer of `operation`: the class an answer it declares
    means (`x-klarna-answers`), else the status's."""
    if answered(operation, "not-cancellable", response):
        return error_from_response(response, AuthorizationNotCancellableError)
    return error_from_response(response)


def answered(operation: Operation, meaning: str, response: httpx.Response) -> bool:
    """Whether `response` is the answer the document declares for `meaning` (`x-klarna-answers`)."""
    known = operation.answers.get(meaning)
    if known is None or response.status_code != known.status:
        return False
    error = error_from_response(response)
    return known.given_by(response.status_code, error.error_code, error.error_messages)


@dataclass
class CallState:
    """What the attempts of one call have shown so far."""

    operation: Operation
    prepared: Prepared
    clock: Clock
    attempts: list[Attempt] = field(default_factory=list)
    maybe_executed: bool = False

    def __repr__(self) -> str:
        return f"CallState({self.operation.name}, attempts={self.attempts}, maybe_executed={self.maybe_executed})"

    def after_attempt(
        self, number: int, elapsed: float, response: httpx.Response | None, error: BaseException | None
    ) -> float | Sent:
        """The wait before the next attempt, or the call's end: a `Sent`, or a raised error."""
        operation, prepared = self.operation, self.prepared
        self.attempts.append(Attempt(response.status_code if response is not None else None, _name(error)))
        executed_before, self.maybe_executed = (
            self.maybe_executed,
            self.maybe_executed or maybe_executed(response, error),
        )
        status = response.status_code if response is not None else None
        if response is not None:
            if 200 <= response.status_code < 300:
                _logs.attempt(logging.DEBUG, operation, number, elapsed, response, None, "")
                return Sent(response, "success", prepared.idempotency_key, number - 1)
            if executed_before and answered(operation, "done-earlier", response):
                _logs.attempt(
                    logging.INFO, operation, number, elapsed, response, None, "done: an earlier attempt did the work"
                )
                return Sent(response, "settled", prepared.idempotency_key, number - 1)
        # Without an idempotency key, Klarna cannot tell a retry from a second request: an attempt
        # that may have been executed is never repeated.
        unsafe = self.maybe_executed and not operation.is_idempotent and not operation.sends_idempotency_key
        if number <= prepared.retries and should_retry(response, error) and not unsafe:
            wait = retry_delay(number - 1, response, now=self.clock.now(), jitter=_jitter())
            _logs.attempt(logging.INFO, operation, number, elapsed, response, error, f"retrying in {wait:.2f}s")
            return wait
        _logs.attempt(logging.WARNING, operation, number, elapsed, response, error, "giving up")
        last_error: KlarnaError = (
            status_error(operation, response) if response is not None else connection_error(operation, error, prepared)  # type: ignore[arg-type]
        )
        # A DELETE's 404 is a definite answer (it cannot be cancelled any more), whatever came before.
        ambiguous = self.maybe_executed and operation.has_effect and not (operation.is_idempotent and status == 404)
        # Payments' answer to a second use of an authorization: the order or token exists.
        consumed = response is not None and answered(operation, "consumed", response)
        if ambiguous or (consumed and prepared.caller_key):
            raise OutcomeUnknownError(
                operation.name,
                creates=operation.creates,
                idempotency_key=prepared.idempotency_key,
                attempts=self.attempts,
                last_error=last_error,
                correlation_id=last_error.correlation_id,
                consumed=consumed,
                repeatable=operation.is_idempotent or operation.sends_idempotency_key,
            ) from last_error
        if response is None:
            raise last_error from last_error.__cause__
        return Sent(response, "failure", prepared.idempotency_key, number - 1)


def _request_of(error: BaseException) -> httpx.Request | None:
    """The request an httpx error names; httpx raises RuntimeError when it names none."""
    try:
        request = error.request if isinstance(error, httpx.RequestError) else None
    except RuntimeError:
        return None
    return request


def _name(error: BaseException | None) -> str | None:
    return type(error).__name__ if error is not None else None


def _jitter() -> float:
    import random

    return random.random()
