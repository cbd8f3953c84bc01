"""`with_raw_response`: the same methods, returning the HTTP response and its metadata."""

from __future__ import annotations

import httpx
import pytest
from klarna_payments import NotFoundError, RawResponse, ResponseValidationError
from klarna_payments.models import CustomerTokenCreationResponse, Order

from tests.support.mock import Recorder, async_sdk, json_response, quiet, sync_sdk
from tests.support.payloads import IDEMPOTENCY_KEY, ORDER_BODY, TOKEN, TOKEN_BODY

ORDER = json_response(
    200, {"order_id": "o-1"}, headers={"Klarna-Correlation-Id": "corr-1", "X-Ratelimit-Remaining": "7"}
)


def test_a_raw_create_order_has_status_headers_content_and_the_parsed_order() -> None:
    with sync_sdk(Recorder(ORDER)) as sdk:
        raw = sdk.orders.with_raw_response.create_order(TOKEN, ORDER_BODY, idempotency_key=IDEMPOTENCY_KEY)
    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.correlation_id, raw.idempotency_key) == (200, "corr-1", IDEMPOTENCY_KEY)
    assert raw.headers["X-Ratelimit-Remaining"] == "7"
    assert raw.content == b'{"order_id": "o-1"}'
    assert raw.retries_taken == 0
    order = raw.parse()
    assert isinstance(order, Order) and order.order_id == "o-1"
    assert isinstance(raw.http_response, httpx.Response)


def test_retries_taken_counts_the_failed_attempts() -> None:
    with sync_sdk(Recorder(json_response(503, {}), json_response(503, {}), ORDER), max_retries=2) as sdk:
        quiet(sdk)
        raw = sdk.orders.with_raw_response.create_order(TOKEN, ORDER_BODY)
    assert raw.retries_taken == 2


def test_a_raw_cancel_parses_to_none() -> None:
    with sync_sdk(Recorder(httpx.Response(204))) as sdk:
        raw = sdk.orders.with_raw_response.cancel_authorization(TOKEN)
    assert (raw.status_code, raw.parse(), raw.idempotency_key) == (204, None, None)


def test_a_raw_purchase_token_parses_to_the_token() -> None:
    with sync_sdk(Recorder(json_response(200, {"token_id": "t-1"}))) as sdk:
        raw = sdk.orders.with_raw_response.purchase_token(TOKEN, TOKEN_BODY)
    assert isinstance(raw.parse(), CustomerTokenCreationResponse)


def test_a_raw_call_raises_what_the_plain_method_raises() -> None:
    with sync_sdk(Recorder(json_response(404, {"error_code": "NOT_FOUND"}))) as sdk:
        with pytest.raises(NotFoundError):
            sdk.orders.with_raw_response.create_order(TOKEN, ORDER_BODY)
    with sync_sdk(Recorder(json_response(200, {}))) as sdk:
        with pytest.raises(ResponseValidationError):
            sdk.orders.with_raw_response.create_order(TOKEN, ORDER_BODY)


def test_the_raw_mirror_leaves_the_plain_method_plain() -> None:
    with sync_sdk(Recorder(ORDER)) as sdk:
        sdk.orders.with_raw_response.create_order(TOKEN, ORDER_BODY)
        assert isinstance(sdk.orders.create_order(TOKEN, ORDER_BODY), Order)


async def test_an_async_raw_create_order_is_awaited_like_the_method() -> None:
    async with async_sdk(Recorder(ORDER)) as sdk:
        raw = await sdk.orders.with_raw_response.create_order(TOKEN, ORDER_BODY)
    assert raw.correlation_id == "corr-1"
    assert raw.parse().order_id == "o-1"


async def test_an_async_raw_call_raises_what_the_plain_method_raises() -> None:
    async with async_sdk(Recorder(json_response(404, {"error_code": "NOT_FOUND"}))) as sdk:
        with pytest.raises(NotFoundError):
            await sdk.orders.with_raw_response.cancel_authorization(TOKEN)
