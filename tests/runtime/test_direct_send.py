"""The SDK's own connections send past httpx.Client's request building; a user's client does not.

On its own pool the SDK builds the `httpx.Request` itself and hands it to the transport (httpx's
merging of client defaults was the largest fixed cost of a call). What that client would have
added must still be there: the timeout each attempt is bounded by, Host and Content-Length, and
the answer tied to its request. A user's `http_client` keeps everything it configures (headers,
event hooks, cookies), so it is still sent through.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from klarna_payments import AsyncKlarnaPayments, AuthenticatedClient, KlarnaPayments, NotFoundError
from klarna_payments.api.orders import create_order

from tests.support.mock import BASE_URL, Recorder, json_response
from tests.support.payloads import ORDER_BODY, TOKEN

ORDER = json_response(200, {"order_id": "o-1", "fraud_status": "ACCEPTED"})


def own_pool_client(recorder: Recorder, **options: Any) -> AuthenticatedClient:
    """An AuthenticatedClient whose own pool sends through `recorder` (httpx_args' transport)."""
    return AuthenticatedClient(
        BASE_URL, "dXNlcjpwYXNz", httpx_args={"transport": httpx.MockTransport(recorder)}, **options
    )


def test_the_own_pool_sends_the_timeout_of_each_attempt_in_the_request() -> None:
    recorder = Recorder(ORDER)
    client = own_pool_client(recorder, timeout=httpx.Timeout(7.0, connect=3.0))
    create_order.sync(TOKEN, client=client, body=ORDER_BODY)
    assert recorder.requests[0].extensions["timeout"] == {"connect": 3.0, "read": 7.0, "write": 7.0, "pool": 7.0}


def test_the_own_pool_sends_host_length_and_the_sdk_headers_without_httpx_defaults() -> None:
    recorder = Recorder(ORDER)
    create_order.sync(TOKEN, client=own_pool_client(recorder), body=ORDER_BODY)
    headers = recorder.requests[0].headers
    assert headers["Host"] == "klarna.test"
    assert int(headers["Content-Length"]) == len(recorder.requests[0].content)
    assert headers["User-Agent"].startswith("klarna-payments-python/")
    assert headers["Authorization"] == "Basic dXNlcjpwYXNz"


def test_an_error_from_the_own_pool_carries_its_request() -> None:
    recorder = Recorder(
        json_response(404, {"error_code": "NOT_FOUND", "error_messages": ["Invalid authorization token"]})
    )
    client = own_pool_client(recorder, max_retries=0)
    with pytest.raises(NotFoundError) as caught:
        create_order.sync(TOKEN, client=client, body=ORDER_BODY)
    assert caught.value.request is recorder.requests[0]
    assert caught.value.idempotency_key == recorder.idempotency_keys[0]


def test_the_own_async_pool_sends_the_timeout_in_the_request() -> None:
    recorder = Recorder(ORDER)

    async def call() -> None:
        client = AuthenticatedClient(
            BASE_URL, "dXNlcjpwYXNz", timeout=5.0, httpx_args={"transport": httpx.MockTransport(recorder)}
        )
        await create_order.asyncio(TOKEN, client=client, body=ORDER_BODY)

    asyncio.run(call())
    assert recorder.requests[0].extensions["timeout"] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}


def test_a_users_http_client_keeps_its_headers_and_event_hooks() -> None:
    recorder, hooked = Recorder(ORDER), []
    http_client = httpx.Client(
        transport=httpx.MockTransport(recorder),
        headers={"X-Team": "checkout"},
        event_hooks={"request": [hooked.append]},
    )
    with KlarnaPayments(base_url=BASE_URL, username="u", password="p", http_client=http_client) as sdk:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert recorder.requests[0].headers["X-Team"] == "checkout"
    assert hooked == recorder.requests


def test_a_users_async_http_client_keeps_its_headers() -> None:
    recorder = Recorder(ORDER)

    async def call() -> None:
        http_client = httpx.AsyncClient(transport=httpx.MockTransport(recorder), headers={"X-Team": "checkout"})
        async with AsyncKlarnaPayments(base_url=BASE_URL, username="u", password="p", http_client=http_client) as sdk:
            await sdk.orders.create_order(TOKEN, ORDER_BODY)

    asyncio.run(call())
    assert recorder.requests[0].headers["X-Team"] == "checkout"


def test_httpx_args_beyond_a_transport_send_through_httpx_client() -> None:
    recorder, hooked = Recorder(ORDER), []
    client = AuthenticatedClient(
        BASE_URL,
        "dXNlcjpwYXNz",
        httpx_args={"transport": httpx.MockTransport(recorder), "event_hooks": {"request": [hooked.append]}},
    )
    create_order.sync(TOKEN, client=client, body=ORDER_BODY)
    assert hooked == recorder.requests
