"""Retries: what is retried, how long the SDK waits, and one idempotency key per logical call."""

from __future__ import annotations

import time

import httpx
import pytest
from klarna_payments import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncKlarnaPayments,
    ConflictError,
    InternalServerError,
    KlarnaError,
    KlarnaPayments,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitError,
)
from klarna_payments._policy import MAX_RETRY_AFTER, retry_after_seconds, retry_delay
from local_server import Step, scripted_server

from tests.support.mock import Recorder, async_sdk, definite, json_response, quiet, sync_sdk
from tests.support.payloads import IDEMPOTENCY_KEY, ORDER_BODY, TOKEN, TOKEN_BODY

ERROR = {"error_code": "X", "error_messages": []}
NOW = 1767225600.0  # 2026-01-01T00:00:00Z


@pytest.mark.parametrize("failures_before_success", [1, 2])
def test_503_then_200_returns_the_order(failures_before_success: int) -> None:
    recorder = Recorder(*[json_response(503, ERROR)] * failures_before_success, json_response(200, {"order_id": "o-1"}))
    with sync_sdk(recorder, max_retries=2) as sdk:
        quiet(sdk)
        order = sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert order.order_id == "o-1"
    assert len(recorder.requests) == failures_before_success + 1


def test_every_retry_of_a_call_sends_the_same_idempotency_key() -> None:
    recorder = Recorder(json_response(503, ERROR), httpx.ConnectError("refused"), json_response(200, {"token_id": "t"}))
    with sync_sdk(recorder, max_retries=2) as sdk:
        quiet(sdk)
        sdk.orders.purchase_token(TOKEN, TOKEN_BODY)
    assert len(recorder.requests) == 3
    assert len(set(recorder.idempotency_keys)) == 1


def test_each_logical_call_gets_a_fresh_idempotency_key() -> None:
    recorder = Recorder(json_response(200, {"order_id": "o-1"}))
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    first, second = recorder.idempotency_keys
    assert first != second


def test_the_callers_idempotency_key_is_sent_and_kept_on_the_error() -> None:
    recorder = Recorder(json_response(503, ERROR, {"Retry-After": "1"}))
    with sync_sdk(recorder, max_retries=1) as sdk, pytest.raises(InternalServerError) as caught:
        quiet(sdk)
        sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=IDEMPOTENCY_KEY)
    assert recorder.idempotency_keys == [IDEMPOTENCY_KEY, IDEMPOTENCY_KEY]
    assert caught.value.idempotency_key == IDEMPOTENCY_KEY


def test_cancel_sends_no_idempotency_key() -> None:
    recorder = Recorder(httpx.Response(204))
    with sync_sdk(recorder) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    assert recorder.idempotency_keys == [None]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409])
def test_client_errors_are_sent_exactly_once(status: int) -> None:
    recorder = Recorder(json_response(status, ERROR))
    with sync_sdk(recorder, max_retries=2) as sdk, pytest.raises(APIStatusError):
        clock = quiet(sdk)
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(recorder.requests) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_then_raise_the_last_error(status: int) -> None:
    recorder = Recorder(json_response(status, ERROR))
    with sync_sdk(recorder, max_retries=2) as sdk, pytest.raises(KlarnaError) as caught:
        quiet(sdk)
        sdk.orders.cancel_authorization(TOKEN)
    assert len(recorder.requests) == 3
    error = definite(caught.value)  # a 5xx leaves the cancel's outcome unknown
    assert isinstance(error, APIStatusError) and error.status_code == status


def test_a_request_httpx_refuses_to_send_is_not_retried() -> None:
    recorder = Recorder(httpx.LocalProtocolError("Illegal header value"))
    with sync_sdk(recorder, max_retries=2) as sdk, pytest.raises(APIConnectionError):
        sdk.orders.cancel_authorization(TOKEN)
    assert len(recorder.requests) == 1


def test_max_retries_zero_per_call_disables_retries() -> None:
    recorder = Recorder(json_response(503, ERROR, {"Retry-After": "1"}))
    with sync_sdk(recorder, max_retries=2) as sdk, pytest.raises(InternalServerError):
        sdk.orders.cancel_authorization(TOKEN, max_retries=0)
    assert len(recorder.requests) == 1


def test_a_429_waits_for_x_ratelimit_reset() -> None:
    recorder = Recorder(json_response(429, ERROR, {"X-Ratelimit-Reset": "2"}), json_response(200, {"order_id": "o"}))
    with sync_sdk(recorder, max_retries=1) as sdk:
        clock = quiet(sdk)
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert clock.sleeps == [2.0]


def test_a_429_with_retry_after_zero_waits_the_backoff_not_zero() -> None:
    # Honouring 0 would retry at once, in a tight loop against a server that is rate limiting.
    recorder = Recorder(json_response(429, ERROR, {"Retry-After": "0"}), json_response(200, {"order_id": "o"}))
    with sync_sdk(recorder, max_retries=1) as sdk:
        clock = quiet(sdk)
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    (wait,) = clock.sleeps
    assert 0.375 <= wait <= 0.5  # the first backoff, less its jitter


def test_a_retry_after_of_exactly_the_cap_is_honoured() -> None:
    response = httpx.Response(429, headers={"Retry-After": str(int(MAX_RETRY_AFTER))})
    assert retry_delay(0, response, now=NOW, jitter=0.5) == MAX_RETRY_AFTER


def test_a_retry_after_longer_than_the_cap_is_not_slept() -> None:
    recorder = Recorder(json_response(429, ERROR, {"Retry-After": "120"}))
    with sync_sdk(recorder, max_retries=2) as sdk, pytest.raises(RateLimitError):
        clock = quiet(sdk)
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(clock.sleeps) == 2
    assert 120 not in clock.sleeps


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After": "Thu, 01 Jan 2026 00:00:10 GMT"}, 10.0),
        ({"X-Ratelimit-Reset": "1"}, 1.0),
        ({"retry-after-ms": "soon", "Retry-After": "4"}, 4.0),
        ({"retry-after-ms": "500", "Retry-After": "4"}, 0.5),
    ],
)
def test_server_requested_waits_are_honoured(headers: dict[str, str], expected: float) -> None:
    assert retry_delay(0, httpx.Response(503, headers=headers), now=NOW, jitter=0.5) == pytest.approx(expected)


@pytest.mark.parametrize(
    "value",
    [
        "-5",
        "soon",
        "120",
        "31",
        "0",
        "nan",
        "inf",
        "Fri, 01 Jan 10000 00:00:00 GMT",
        "Mon, 32 Foo 2026 99:99:99 GMT",
        "9" * 400,
        "",
    ],
)
def test_an_unusable_or_excessive_wait_falls_back_to_the_backoff(value: str) -> None:
    response = httpx.Response(503, headers={"Retry-After": value})
    assert retry_delay(1, response, now=NOW, jitter=0.0) == 1.0


def test_parsing_wait_headers_never_raises() -> None:
    for value in ["Fri, 01 Jan 10000 00:00:00 GMT", "x" * 1000, "1e400", "-inf", "\x00"]:
        for name in ("Retry-After", "retry-after-ms", "X-Ratelimit-Reset"):
            retry_after_seconds(httpx.Headers({name: value}), NOW)


def test_the_backoff_doubles_from_half_a_second_to_a_cap_of_eight() -> None:
    without_jitter = [retry_delay(n, None, now=NOW, jitter=0.0) for n in range(7)]
    assert without_jitter == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_jitter_takes_at_most_a_quarter_off() -> None:
    with_full_jitter = [retry_delay(n, None, now=NOW, jitter=1.0) for n in range(5)]
    assert with_full_jitter == [0.375, 0.75, 1.5, 3.0, 6.0]
    assert MAX_RETRY_AFTER == 30.0


def test_a_refused_connection_then_success_reuses_the_key() -> None:
    recorder = Recorder(httpx.ConnectError("connection refused"), json_response(200, {"order_id": "o-1"}))
    with sync_sdk(recorder, max_retries=2) as sdk:
        quiet(sdk)
        assert sdk.orders.create_order(TOKEN, ORDER_BODY).order_id == "o-1"
    assert len(set(recorder.idempotency_keys)) == 1


def test_a_refused_connection_on_every_attempt_raises_api_connection_error() -> None:
    with scripted_server() as (url, _):
        pass  # the port is closed now: connections are refused
    with KlarnaPayments(base_url=url, username="u", password="p", max_retries=1) as sdk:
        quiet(sdk)
        with pytest.raises(APIConnectionError) as caught:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.idempotency_key is not None


@pytest.mark.slow
def test_503_with_retry_after_then_200_against_a_local_server() -> None:
    """Real sockets and real time: the retry waits the requested second and reuses the key."""
    steps = [Step(503, b"{}", {"Retry-After": "1", "Content-Type": "application/json"}), Step(200)]
    with scripted_server(*steps) as (url, script), KlarnaPayments(base_url=url, username="u", password="p") as sdk:
        order = sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert order.order_id == "o-1"
    assert len(script.received) == 2
    assert 1.0 <= script.times[1] - script.times[0] < MAX_RETRY_AFTER
    assert len({headers["Klarna-Idempotency-Key"] for headers in script.received}) == 1


def test_a_409_reaches_the_server_exactly_once() -> None:
    with scripted_server(Step(409, b'{"error_code": "BAD_VALUE"}')) as (url, script):
        with KlarnaPayments(base_url=url, username="u", password="p") as sdk, pytest.raises(ConflictError):
            sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(script.received) == 1


def test_a_404_reaches_the_server_exactly_once() -> None:
    with scripted_server(Step(404, b'{"error_code": "NOT_FOUND"}')) as (url, script):
        with KlarnaPayments(base_url=url, username="u", password="p") as sdk, pytest.raises(NotFoundError):
            sdk.orders.cancel_authorization(TOKEN)
    assert len(script.received) == 1


@pytest.mark.slow
def test_a_server_that_never_answers_times_out_within_the_bound() -> None:
    timeout, retries = 0.3, 1
    with scripted_server(Step(delay=60.0)) as (url, script):  # an answer after a minute, or when the client leaves
        with KlarnaPayments(base_url=url, username="u", password="p", timeout=timeout, max_retries=retries) as sdk:
            quiet(sdk)
            started = time.monotonic()
            with pytest.raises(OutcomeUnknownError) as caught:
                sdk.orders.cancel_authorization(TOKEN)
            elapsed = time.monotonic() - started
    assert isinstance(caught.value.last_error, APITimeoutError)
    assert elapsed < (retries + 1) * (timeout + 1.0)  # a second of slack per attempt for a busy machine
    assert len(script.received) == retries + 1


@pytest.mark.slow
def test_a_per_call_timeout_overrides_the_clients() -> None:
    # The answer comes after 5 s, well within the client's 10 s: only the call's 0.2 s ends it first.
    with scripted_server(Step(delay=5.0)) as (url, _):
        with KlarnaPayments(base_url=url, username="u", password="p", timeout=10, max_retries=0) as sdk:
            with pytest.raises(OutcomeUnknownError) as caught:
                sdk.orders.cancel_authorization(TOKEN, timeout=0.2)
    assert isinstance(caught.value.last_error, APITimeoutError)


async def test_async_retries_keep_the_idempotency_key() -> None:
    recorder = Recorder(json_response(503, ERROR), json_response(200, {"order_id": "o-1"}))
    async with async_sdk(recorder, max_retries=2) as sdk:
        clock = quiet(sdk)
        order = await sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert order.order_id == "o-1"
    assert len(set(recorder.idempotency_keys)) == 1
    assert len(clock.sleeps) == 1


async def test_async_409_is_not_retried() -> None:
    recorder = Recorder(json_response(409, ERROR))
    async with async_sdk(recorder, max_retries=2) as sdk:
        with pytest.raises(ConflictError):
            await sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(recorder.requests) == 1


@pytest.mark.slow
async def test_async_read_timeout_on_cancel_is_outcome_unknown_with_the_timeout_last() -> None:
    with scripted_server(Step(delay=60.0)) as (url, _):
        async with AsyncKlarnaPayments(base_url=url, username="u", password="p", timeout=0.2, max_retries=0) as sdk:
            with pytest.raises(OutcomeUnknownError) as caught:
                await sdk.orders.cancel_authorization(TOKEN)
    assert isinstance(caught.value.last_error, APITimeoutError)
