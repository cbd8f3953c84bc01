"""Closing a client while a call is in flight (another thread, shutdown) ends that call in a
`KlarnaError`: `OutcomeUnknownError` when the request may have been sent, `APIConnectionError`
when it was not. Never httpx's bare RuntimeError, and never without the idempotency key."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from klarna_payments import APIConnectionError, AsyncKlarnaPayments, KlarnaPayments, OutcomeUnknownError
from local_server import Script, Step, scripted_server

from tests.support.mock import QuietClock, Recorder, json_response, quiet, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN

RATE_LIMITED = json_response(429, {"error_code": "TOO_MANY_REQUESTS"})


def held() -> Step:
    """An answer the server holds for a minute, or until the test's event says answer now.

    The client is closed as soon as the request has arrived, so the close falls inside the
    attempt however busy the machine (a timer of 0.3 s against an answer after 1 s did not
    ensure that); a sync close does not interrupt the read, so the answer is let go after it.
    """
    return Step(delay=60.0, until=threading.Event())


def close_once_received(sdk: KlarnaPayments, script: Script, step: Step) -> None:
    """Close `sdk` from another thread as soon as the server has the request, then let the
    server answer the attempt the close has already condemned."""

    def close() -> None:
        while not script.received:
            time.sleep(0.01)
        sdk.close()
        assert step.until is not None
        step.until.set()

    threading.Thread(target=close, daemon=True).start()


@pytest.mark.slow
def test_closing_during_an_attempt_in_flight_is_outcome_unknown_with_the_key() -> None:
    step = held()
    with scripted_server(step) as (url, script):
        sdk = KlarnaPayments(base_url=url, username="u", password="p", max_retries=2)
        close_once_received(sdk, script, step)
        with pytest.raises(OutcomeUnknownError) as caught:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert caught.value.idempotency_key == script.received[0]["Klarna-Idempotency-Key"]
    assert isinstance(caught.value.last_error, APIConnectionError)
    assert len(script.received) == 1  # no attempt after the close


@pytest.mark.slow
def test_closing_during_a_cancel_in_flight_is_outcome_unknown() -> None:
    step = held()
    with scripted_server(step) as (url, script):
        sdk = KlarnaPayments(base_url=url, username="u", password="p", max_retries=2)
        close_once_received(sdk, script, step)
        with pytest.raises(OutcomeUnknownError) as caught:
            sdk.orders.cancel_authorization(TOKEN)
    assert caught.value.operation == "cancel_authorization"


class ClosingClock(QuietClock):
    """Closes the client during the wait before a retry (shutdown while backing off)."""

    def __init__(self, client: KlarnaPayments) -> None:
        super().__init__()
        self.client = client

    def sleep(self, seconds: float) -> None:
        super().sleep(seconds)
        self.client.close()


def test_closing_while_waiting_to_retry_a_request_that_was_not_executed_is_a_connection_error() -> None:
    recorder = Recorder(RATE_LIMITED)
    with sync_sdk(recorder, max_retries=2) as sdk:
        quiet(sdk, ClosingClock(sdk))
        with pytest.raises(APIConnectionError, match="closed") as caught:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert caught.value.idempotency_key == recorder.idempotency_keys[0]
    assert len(recorder.requests) == 1


async def test_async_closing_during_an_attempt_in_flight_is_outcome_unknown() -> None:
    with scripted_server(held()) as (url, script):
        async with AsyncKlarnaPayments(base_url=url, username="u", password="p", max_retries=2) as sdk:
            call = asyncio.create_task(sdk.orders.create_order(TOKEN, ORDER_BODY))
            while not script.received:  # the request has arrived: the attempt is in flight
                await asyncio.sleep(0.01)
            await sdk.close()
            with pytest.raises(OutcomeUnknownError) as caught:
                await call
    assert caught.value.idempotency_key == script.received[0]["Klarna-Idempotency-Key"]
    assert len(script.received) == 1


def test_a_call_started_after_close_is_a_runtime_error_before_sending() -> None:
    recorder = Recorder(json_response(200, {"order_id": "o-1"}))
    sdk = sync_sdk(recorder)
    sdk.close()
    with pytest.raises(RuntimeError, match="is closed"):
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert recorder.requests == []
