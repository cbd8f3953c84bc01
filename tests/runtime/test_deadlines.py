"""No attempt runs longer than twice its timeout, whatever the peer does.

httpx's timeouts bound each socket read; a peer that sends a byte every 50 ms never trips a
250 ms read timeout. Each test gives one attempt (max_retries=0) a 0.25 s timeout, so its
deadline is 0.5 s, against a real server on 127.0.0.1 that misbehaves one way and would take
seconds (a trickle of the status line, 2 s; of the body, 10 s) or forever to finish. The
deadline's length is `deadline_for`'s (the first test); the others show that it ends the
attempt, with a second of slack per attempt for a busy machine: far below what the peer takes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx
import pytest
from klarna_payments import APITimeoutError, AsyncKlarnaPayments, KlarnaError, KlarnaPayments, OutcomeUnknownError
from klarna_payments._deadlines import deadline_for
from local_server import Fault, Step, scripted_server

from tests.support.mock import definite, quiet
from tests.support.payloads import ORDER_BODY, TOKEN

pytestmark = pytest.mark.slow  # real time: servers that stall, trickle or never end

TIMEOUT = 0.25
DEADLINE = 2 * TIMEOUT
SLACK = 1.0  # per attempt: thread scheduling and connection setup on a busy 2-core machine
ORDER = b'{"order_id": "3eaeb557-5e30-47f8-b840-b8d987f5945d", "fraud_status": "ACCEPTED"}'
SLOW_ORDER = ORDER[:-1] + b', "padding": "' + b"x" * 100 + b'"}'  # 195 bytes: 10 s a byte at a time

FAULTS = {
    "trickled body": Step(body=SLOW_ORDER, fault=Fault.TRICKLE),
    "trickled status line and headers": Step(body=ORDER, fault=Fault.TRICKLE_HEADERS),
    "endless body": Step(body=ORDER, fault=Fault.ENDLESS),
    "stall after headers": Step(body=ORDER, fault=Fault.STALL),
}


def timed(call: Callable[[], object]) -> tuple[float, BaseException | None]:
    started = time.monotonic()
    try:
        call()
    except KlarnaError as error:
        return time.monotonic() - started, error
    return time.monotonic() - started, None


def test_an_attempts_deadline_is_twice_its_largest_timeout() -> None:
    assert deadline_for(httpx.Timeout(TIMEOUT)) == DEADLINE
    assert deadline_for(httpx.Timeout(30.0, connect=5.0)) == 60.0
    assert deadline_for(httpx.Timeout(None, read=2.0)) == 4.0
    assert deadline_for(httpx.Timeout(None)) is None
    assert deadline_for(None) is None


@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
def test_a_sync_attempt_ends_by_its_deadline(fault: Step) -> None:
    with scripted_server(fault) as (url, _):
        with KlarnaPayments(base_url=url, username="u", password="p", timeout=TIMEOUT, max_retries=0) as sdk:
            elapsed, error = timed(lambda: sdk.orders.cancel_authorization(TOKEN))
    assert isinstance(definite(error), APITimeoutError), repr(error)  # a cancel: the outcome is unknown
    assert elapsed < DEADLINE + SLACK


@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
def test_an_async_attempt_ends_by_its_deadline(fault: Step) -> None:
    async def call() -> None:
        async with AsyncKlarnaPayments(base_url=url, username="u", password="p", timeout=TIMEOUT, max_retries=0) as sdk:
            await sdk.orders.cancel_authorization(TOKEN)

    with scripted_server(fault) as (url, _):
        elapsed, error = timed(lambda: asyncio.run(call()))
    assert isinstance(definite(error), APITimeoutError), repr(error)  # a cancel: the outcome is unknown
    assert elapsed < DEADLINE + SLACK


def test_a_create_order_cut_off_by_its_deadline_may_have_been_executed() -> None:
    with scripted_server(FAULTS["trickled body"]) as (url, _):
        with KlarnaPayments(base_url=url, username="u", password="p", timeout=TIMEOUT, max_retries=0) as sdk:
            _, error = timed(lambda: sdk.orders.create_order(TOKEN, ORDER_BODY))
    assert isinstance(error, OutcomeUnknownError)
    assert isinstance(error.last_error, APITimeoutError)


def test_a_whole_call_ends_within_attempts_times_the_deadline_plus_the_waits() -> None:
    retries = 2
    with scripted_server(FAULTS["trickled body"]) as (url, script):
        with KlarnaPayments(base_url=url, username="u", password="p", timeout=TIMEOUT, max_retries=retries) as sdk:
            clock = quiet(sdk)
            elapsed, error = timed(lambda: sdk.orders.cancel_authorization(TOKEN))
    assert isinstance(definite(error), APITimeoutError)
    assert len(script.received) == retries + 1
    assert elapsed < (retries + 1) * (DEADLINE + SLACK) + sum(clock.sleeps)


def test_a_users_own_sync_client_still_bounds_the_body() -> None:
    """The SDK does not own this client's sockets: it checks the deadline between body chunks."""
    with scripted_server(FAULTS["trickled body"]) as (url, _):
        http_client = httpx.Client(timeout=TIMEOUT)
        with KlarnaPayments(base_url=url, username="u", password="p", max_retries=0, http_client=http_client) as sdk:
            elapsed, error = timed(lambda: sdk.orders.cancel_authorization(TOKEN, timeout=TIMEOUT))
    assert isinstance(definite(error), APITimeoutError)
    assert elapsed < DEADLINE + SLACK


def test_a_slow_but_steady_answer_within_the_deadline_succeeds() -> None:
    fast_trickle = Step(body=ORDER, fault=Fault.TRICKLE, interval=0.001)
    with scripted_server(fast_trickle) as (url, _):
        with KlarnaPayments(base_url=url, username="u", password="p", timeout=5.0, max_retries=0) as sdk:
            order = sdk.orders.create_order(TOKEN, ORDER_BODY)  # 80 bytes, 1 ms apart: far within both
    assert order.order_id == "3eaeb557-5e30-47f8-b840-b8d987f5945d"
