"""Retries: what is retried, how long we wait, and that a logical call keeps one idempotency key."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from klarna_payments import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncKlarnaPayments,
    ConflictError,
    InternalServerError,
    KlarnaPayments,
    NotFoundError,
    RateLimitError,
)
from klarna_payments._base_client import MAX_RETRY_AFTER, Clock, retry_delay
from local_server import Step, scripted_server
from sdk_factory import ORDER_BODY, TOKEN, TOKEN_BODY, Recorder, async_sdk, json_response, sync_sdk

ERROR = {"error_code": "X", "error_messages": []}


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Record the delays instead of sleeping them."""
    slept: list[float] = []
    monkeypatch.setattr(Clock, "sleep", staticmethod(slept.append))

    async def asleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(Clock, "asleep", staticmethod(asleep))
    yield slept


@pytest.mark.parametrize("failures_before_success", [1, 2])
def test_503_then_200_returns_the_order(failures_before_success: int, sleeps: list[float]) -> None:
    recorder = Recorder(*[json_response(503, ERROR)] * failures_before_success, json_response(200, {"order_id": "o-1"}))
    with sync_sdk(recorder, max_retries=2) as sdk:
        order = sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert order.order_id == "o-1"
    assert len(recorder.requests) == failures_before_success + 1


def test_same_idempotency_key_on_every_retry(sleeps: list[float]) -> None:
    recorder = Recorder(json_response(500, ERROR), json_response(502, ERROR), json_response(200, {"token_id": "t"}))
    with sync_sdk(recorder, max_retries=2) as sdk:
        sdk.orders.purchase_token(TOKEN, TOKEN_BODY)
    keys = {request.headers["Klarna-Idempotency-Key"] for request in recorder.requests}
    assert len(recorder.requests) == 3
    assert len(keys) == 1


def test_each_logical_call_gets_a_fresh_idempotency_key() -> None:
    recorder = Recorder(json_response(200, {"order_id": "o-1"}))
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    first, second = (request.headers["Klarna-Idempotency-Key"] for request in recorder.requests)
    assert first != second


def test_callers_idempotency_key_is_sent_and_kept_on_the_error(sleeps: list[float]) -> None:
    key = "8f2a4b6c-1d3e-4f50-8a7b-9c0d1e2f3a4b"
    recorder = Recorder(json_response(503, ERROR))
    with sync_sdk(recorder, max_retries=1) as sdk, pytest.raises(InternalServerError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=key)
    assert [r.headers["Klarna-Idempotency-Key"] for r in recorder.requests] == [key, key]
    assert caught.value.idempotency_key == key


def test_cancel_sends_no_idempotency_key() -> None:
    recorder = Recorder(httpx.Response(204))
    with sync_sdk(recorder) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    assert "Klarna-Idempotency-Key" not in recorder.requests[0].headers


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409])
def test_client_errors_are_sent_exactly_once(status: int, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(status, ERROR))
    with sync_sdk(recorder, max_retries=2) as sdk, pytest.raises(APIStatusError):
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(recorder.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_then_raise_the_last_error(status: int, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(status, ERROR))
    with sync_sdk(recorder, max_retries=2) as sdk, pytest.raises(APIStatusError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(recorder.requests) == 3
    assert caught.value.status_code == status


def test_max_retries_zero_disables_retries(sleeps: list[float]) -> None:
    recorder = Recorder(json_response(503, ERROR))
    with sync_sdk(recorder, max_retries=2) as sdk, pytest.raises(InternalServerError):
        sdk.orders.create_order(TOKEN, ORDER_BODY, max_retries=0)
    assert len(recorder.requests) == 1


def test_429_waits_for_x_ratelimit_reset(sleeps: list[float]) -> None:
    recorder = Recorder(json_response(429, ERROR, {"X-Ratelimit-Reset": "2"}), json_response(200, {"order_id": "o"}))
    with sync_sdk(recorder, max_retries=1) as sdk:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert sleeps == [2.0]


def test_retry_after_longer_than_the_cap_is_not_slept(sleeps: list[float]) -> None:
    recorder = Recorder(json_response(429, ERROR, {"Retry-After": "120"}))
    with sync_sdk(recorder, max_retries=2) as sdk, pytest.raises(RateLimitError):
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(sleeps) == 2
    assert all(delay <= 8.0 for delay in sleeps)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After": "Thu, 01 Jan 2026 00:00:10 GMT"}, 10.0),
        ({"X-Ratelimit-Reset": "1"}, 1.0),
    ],
)
def test_server_requested_waits_are_honoured(headers: dict[str, str], expected: float) -> None:
    now = 1767225600.0  # 2026-01-01T00:00:00Z
    response = httpx.Response(503, headers=headers)
    assert retry_delay(0, response, now=now) == pytest.approx(expected)


@pytest.mark.parametrize("headers", [{"Retry-After": "-5"}, {"Retry-After": "soon"}, {"Retry-After": "120"}, {}])
def test_unusable_or_excessive_waits_fall_back_to_capped_backoff(headers: dict[str, str]) -> None:
    delays = [retry_delay(n, httpx.Response(503, headers=headers), now=0.0) for n in range(10)]
    assert all(0 < delay <= 8.0 for delay in delays)
    assert MAX_RETRY_AFTER <= 30


def test_refused_connection_then_success(sleeps: list[float]) -> None:
    calls: list[httpx.Request] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return json_response(200, {"order_id": "o-1"})

    with sync_sdk(flaky, max_retries=2) as sdk:
        assert sdk.orders.create_order(TOKEN, ORDER_BODY).order_id == "o-1"
    assert calls[0].headers["Klarna-Idempotency-Key"] == calls[1].headers["Klarna-Idempotency-Key"]


def test_connection_refused_on_every_attempt_raises_api_connection_error(sleeps: list[float]) -> None:
    with scripted_server() as (url, _):
        pass  # the port is closed now: connections are refused
    with KlarnaPayments(base_url=url, username="u", password="p", max_retries=1) as sdk:
        with pytest.raises(APIConnectionError) as caught:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.idempotency_key is not None


def test_503_with_retry_after_then_200_against_a_local_server() -> None:
    """Real sockets and real time: the retry waits the requested second and reuses the key."""
    steps = [Step(503, b"{}", {"Retry-After": "1", "Content-Type": "application/json"}), Step(200)]
    with scripted_server(*steps) as (url, script), KlarnaPayments(base_url=url, username="u", password="p") as sdk:
        order = sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert order.order_id == "o-1"
    assert len(script.received) == 2
    assert 1.0 <= script.times[1] - script.times[0] < MAX_RETRY_AFTER
    keys = {headers["Klarna-Idempotency-Key"] for headers in script.received}
    assert len(keys) == 1


def test_409_server_sees_exactly_one_request() -> None:
    with scripted_server(Step(409, b'{"error_code": "BAD_VALUE"}')) as (url, script):
        with KlarnaPayments(base_url=url, username="u", password="p") as sdk, pytest.raises(ConflictError):
            sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(script.received) == 1


def test_404_server_sees_exactly_one_request() -> None:
    with scripted_server(Step(404, b'{"error_code": "NOT_FOUND"}')) as (url, script):
        with KlarnaPayments(base_url=url, username="u", password="p") as sdk, pytest.raises(NotFoundError):
            sdk.orders.cancel_authorization(TOKEN)
    assert len(script.received) == 1


def test_server_that_never_answers_raises_timeout_within_the_bound(sleeps: list[float]) -> None:
    timeout, retries = 0.3, 1
    with scripted_server(Step(delay=3.0)) as (url, script):
        with KlarnaPayments(base_url=url, username="u", password="p", timeout=timeout, max_retries=retries) as sdk:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                sdk.orders.create_order(TOKEN, ORDER_BODY)
            elapsed = time.monotonic() - started
    assert elapsed < timeout * (retries + 1) + 1.0
    assert len(script.received) == retries + 1


def test_per_call_timeout_overrides_the_clients(sleeps: list[float]) -> None:
    with scripted_server(Step(delay=1.0)) as (url, _):
        with KlarnaPayments(base_url=url, username="u", password="p", timeout=10, max_retries=0) as sdk:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                sdk.orders.cancel_authorization(TOKEN, timeout=0.2)
    assert time.monotonic() - started < 1.0


async def test_async_retries_keep_the_idempotency_key(sleeps: list[float]) -> None:
    recorder = Recorder(json_response(503, ERROR), json_response(200, {"order_id": "o-1"}))
    async with async_sdk(recorder, max_retries=2) as sdk:
        order = await sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert order.order_id == "o-1"
    assert len({r.headers["Klarna-Idempotency-Key"] for r in recorder.requests}) == 1
    assert len(sleeps) == 1


async def test_async_409_is_not_retried(sleeps: list[float]) -> None:
    recorder = Recorder(json_response(409, ERROR))
    async with async_sdk(recorder, max_retries=2) as sdk:
        with pytest.raises(ConflictError):
            await sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(recorder.requests) == 1


async def test_async_read_timeout_raises_api_timeout_error(sleeps: list[float]) -> None:
    with scripted_server(Step(delay=2.0)) as (url, _):
        async with AsyncKlarnaPayments(base_url=url, username="u", password="p", timeout=0.2, max_retries=0) as sdk:
            with pytest.raises(APITimeoutError):
                await sdk.orders.cancel_authorization(TOKEN)
