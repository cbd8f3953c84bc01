"""Sending a call: two short loops, sync and async, that perform attempts and wait between them.

What each attempt means is `CallState.after_attempt`'s to decide (`_policy.py`); reading a
response within its deadline and size is `_http.py`'s. A client closed under a call (another
thread, shutdown) ends it in a typed error: no attempt starts after the close, and httpx's bare
RuntimeError for an attempt in flight becomes `ClosedInFlight` (it may have been sent). With
OpenTelemetry in use, each attempt is told to the call's `CallTelemetry` (`_telemetry.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from . import _logs
from ._bodies import aread_response, read_response
from ._deadlines import AttemptProgress, deadline_for
from ._http import HttpPool, build_request
from ._policy import BrokenConnection, CallState, ClientClosed, ClosedInFlight, Sent
from ._prepare import Prepared
from ._schema import Operation

if TYPE_CHECKING:
    from ._telemetry import CallTelemetry

__all__ = ["asend", "send"]


def _request(http: httpx.Client | httpx.AsyncClient, prepared: Prepared, *, direct: bool) -> httpx.Request:
    return build_request(
        http,
        direct,
        prepared.method,
        prepared.url,
        params=prepared.params,
        headers=prepared.headers,
        content=prepared.content,
        timeout=prepared.timeout,
        shown_url=prepared.shown_url,
        secrets=prepared.secrets,
    )


def _closed_error(
    http: httpx.Client | httpx.AsyncClient,
    request: httpx.Request,
    caught: Exception,
    pool: HttpPool,
    transport: httpx.BaseTransport | None,
    progress: AttemptProgress,
) -> httpx.HTTPError:
    """The httpx error for `caught`: as it is when it is one; for a client closed under the
    attempt (httpx raises a bare RuntimeError then) `ClosedInFlight`; for a connection whose
    HTTP state an earlier interrupt broke (h11's or httpcore's AssertionError or
    LocalProtocolError, unmapped) `BrokenConnection` or, once the request began to go out,
    `ClosedInFlight`, the connection discarded. Anything else is raised as it is."""
    if isinstance(caught, httpx.HTTPError):
        return caught
    if http.is_closed:
        return ClosedInFlight("the client was closed while the request was in flight", request=request)
    if isinstance(caught, AssertionError) or type(caught).__module__.partition(".")[0] in ("h11", "httpcore"):
        progress.close_streams()
        if transport is not None:
            pool.interrupted(transport)
        if progress.sent:
            return ClosedInFlight("the connection broke while the request was in flight", request=request)
        return BrokenConnection("a connection left broken (by an interrupt) was discarded", request=request)
    raise caught


def _not_sent(request: httpx.Request) -> ClientClosed:
    return ClientClosed("the client was closed before this attempt was sent", request=request)


def send(pool: HttpPool, operation: Operation, prepared: Prepared, telemetry: CallTelemetry | None = None) -> Sent:
    """Perform the attempts of one call, waiting between them; see `CallState.after_attempt`.
    `telemetry` (OpenTelemetry in use) hears of each attempt."""
    http, transport = pool.sync_target()
    request = _request(http, prepared, direct=transport is not None)
    state = CallState(operation, prepared, pool.clock)
    deadline = deadline_for(prepared.timeout)
    if telemetry is not None:
        telemetry.sending(prepared)
    for number in range(1, prepared.retries + 2):
        started = pool.clock.monotonic()
        response: httpx.Response | None = None
        error: httpx.HTTPError | None = None
        if http.is_closed:
            error = _not_sent(request)
        else:
            progress = AttemptProgress()
            try:
                attempt_deadline = None if deadline is None else started + deadline
                response = read_response(
                    http, request, attempt_deadline, prepared.max_response_size, transport, prepared.sink, progress
                )
            except Exception as caught:
                error = _closed_error(http, request, caught, pool, transport, progress)
            except BaseException as interrupt:  # KeyboardInterrupt, a soft time limit, gevent's Timeout
                pool.interrupted(transport)
                _logs.interrupted(
                    operation, prepared.idempotency_key, interrupt, sent=progress.sent or transport is None
                )
                raise
        if telemetry is not None:
            telemetry.attempt(number, response, error)
        step = state.after_attempt(number, pool.clock.monotonic() - started, response, error)
        if isinstance(step, Sent):
            if telemetry is not None:
                telemetry.sent(step)
            return step
        if not http.is_closed:
            pool.clock.sleep(step)
    raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover


async def asend(
    pool: HttpPool, operation: Operation, prepared: Prepared, telemetry: CallTelemetry | None = None
) -> Sent:
    """The async twin of `send`."""
    http, transport = pool.async_target()
    request = _request(http, prepared, direct=transport is not None)
    state = CallState(operation, prepared, pool.clock)
    deadline = deadline_for(prepared.timeout)
    if telemetry is not None:
        telemetry.sending(prepared)
    for number in range(1, prepared.retries + 2):
        started = pool.clock.monotonic()
        response: httpx.Response | None = None
        error: httpx.HTTPError | None = None
        if http.is_closed:
            error = _not_sent(request)
        else:
            progress = AttemptProgress()
            try:
                attempt_deadline = None if deadline is None else started + deadline
                response = await aread_response(
                    http, request, attempt_deadline, prepared.max_response_size, transport, prepared.sink, progress
                )
            except Exception as caught:
                error = _closed_error(http, request, caught, pool, None, progress)
            except BaseException as interrupt:  # CancelledError: asyncio.wait_for, a framework's timeout
                _logs.interrupted(operation, prepared.idempotency_key, interrupt, sent=progress.sent)
                raise
        if telemetry is not None:
            telemetry.attempt(number, response, error)
        step = state.after_attempt(number, pool.clock.monotonic() - started, response, error)
        if isinstance(step, Sent):
            if telemetry is not None:
                telemetry.sent(step)
            return step
        if not http.is_closed:
            await pool.clock.asleep(step)
    raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover
