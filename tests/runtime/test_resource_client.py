"""KlarnaPayments / AsyncKlarnaPayments: the orders resource, its requests, and connection handling."""

from __future__ import annotations

import base64

import httpx
import pytest
from klarna_payments import AsyncKlarnaPayments, KlarnaPayments
from klarna_payments.api.orders import AsyncOrders, Orders
from klarna_payments.models import CustomerTokenCreationResponse, Order

from tests.support.mock import BASE_URL, Recorder, async_sdk, json_response, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN, TOKEN_BODY

ORDER = json_response(200, {"order_id": "o-1"})


def test_requests_go_to_base_url_through_the_users_http_client() -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert str(recorder.requests[0].url) == f"{BASE_URL}/payments/v1/authorizations/{TOKEN}/order"


def test_username_and_password_are_sent_as_http_basic() -> None:
    recorder = Recorder(httpx.Response(204))
    with sync_sdk(recorder) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    expected = base64.b64encode(b"merchant:s3cret-pass").decode()
    assert recorder.requests[0].headers["Authorization"] == f"Basic {expected}"


def test_cancel_authorization_sends_delete_and_returns_none_on_204() -> None:
    recorder = Recorder(httpx.Response(204))
    with sync_sdk(recorder) as sdk:
        assert sdk.orders.cancel_authorization(TOKEN) is None
    assert recorder.requests[0].method == "DELETE"


def test_create_order_posts_json_and_returns_the_order() -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk:
        order = sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert isinstance(order, Order)
    assert recorder.requests[0].headers["Content-Type"] == "application/json"


def test_purchase_token_returns_the_token_model() -> None:
    with sync_sdk(Recorder(json_response(200, {"token_id": "t-1"}))) as sdk:
        token = sdk.orders.purchase_token(TOKEN, TOKEN_BODY)
    assert isinstance(token, CustomerTokenCreationResponse)
    assert token.token_id == "t-1"


def test_extra_headers_reach_that_call_only() -> None:
    recorder = Recorder(httpx.Response(204))
    with sync_sdk(recorder) as sdk:
        sdk.orders.cancel_authorization(TOKEN, extra_headers={"X-Request-Source": "checkout"})
        sdk.orders.cancel_authorization(TOKEN)
    first, second = recorder.requests
    assert first.headers["X-Request-Source"] == "checkout"
    assert "X-Request-Source" not in second.headers


def test_sequential_calls_share_one_resource_object() -> None:
    with sync_sdk(Recorder(ORDER)) as sdk:
        assert sdk.orders is sdk.orders


def test_closing_the_client_closes_the_users_http_client() -> None:
    http_client = httpx.Client(transport=httpx.MockTransport(Recorder(ORDER)))
    with KlarnaPayments(base_url=BASE_URL, username="u", password="p", http_client=http_client):
        pass
    assert http_client.is_closed


def test_a_closed_client_refuses_calls_before_sending() -> None:
    recorder = Recorder(ORDER)
    sdk = sync_sdk(recorder)
    sdk.close()
    with pytest.raises(RuntimeError, match="KlarnaPayments is closed"):
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert recorder.requests == []


async def test_async_client_returns_the_order_and_closes_its_http_client() -> None:
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(Recorder(ORDER)))
    async with AsyncKlarnaPayments(base_url=BASE_URL, username="u", password="p", http_client=http_client) as sdk:
        order = await sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert isinstance(order, Order)
    assert http_client.is_closed


async def test_async_cancel_returns_none() -> None:
    async with async_sdk(Recorder(httpx.Response(204))) as sdk:
        assert await sdk.orders.cancel_authorization(TOKEN) is None


async def test_a_closed_async_client_refuses_calls_before_sending() -> None:
    recorder = Recorder(ORDER)
    sdk = async_sdk(recorder)
    await sdk.close()
    with pytest.raises(RuntimeError, match="AsyncKlarnaPayments is closed"):
        await sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert recorder.requests == []


def test_resources_have_a_class_per_tag() -> None:
    with sync_sdk(Recorder(ORDER)) as sdk:
        assert isinstance(sdk.orders, Orders)
    assert isinstance(AsyncKlarnaPayments(base_url=BASE_URL, username="u", password="p").orders, AsyncOrders)


@pytest.mark.parametrize("obj", [KlarnaPayments, AsyncKlarnaPayments, Orders, AsyncOrders])
def test_public_classes_and_methods_have_docstrings(obj: type) -> None:
    assert obj.__doc__
    for name in dir(obj):
        member = getattr(obj, name)
        if callable(member) and not name.startswith("_"):
            assert member.__doc__, f"{obj.__name__}.{name}"
