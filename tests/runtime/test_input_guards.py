"""Bad input is refused before any request, with a ValueError that names the problem."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from klarna_payments.models import CreateOrderRequest, OrderLine
from sdk_factory import ORDER_BODY, TOKEN, Recorder, async_sdk, json_response, sync_sdk

ORDER = json_response(200, {"order_id": "o-1"})


@pytest.mark.parametrize("token", ["", "   ", "\t\n"])
def test_blank_token_raises_before_any_request(token: str) -> None:
    recorder = Recorder(json_response(204, {}))
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError, match="authorizationToken"):
        sdk.orders.cancel_authorization(token)
    assert recorder.requests == []


@pytest.mark.parametrize("token", ["", "   "])
async def test_async_blank_token_raises_before_any_request(token: str) -> None:
    recorder = Recorder(ORDER)
    async with async_sdk(recorder) as sdk:
        with pytest.raises(ValueError, match="authorizationToken"):
            await sdk.orders.create_order(token, ORDER_BODY)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("token", "raw_path"),
    [
        ("a/../b?c#d", "/payments/v1/authorizations/a%2F..%2Fb%3Fc%23d/order"),
        ("..", "/payments/v1/authorizations/%2E%2E/order"),
        (".", "/payments/v1/authorizations/%2E/order"),
        ("tok en", "/payments/v1/authorizations/tok%20en/order"),
    ],
)
def test_token_is_encoded_as_exactly_one_path_segment(token: str, raw_path: str) -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(token, ORDER_BODY)
    assert recorder.requests[0].url.raw_path.decode() == raw_path


def test_dict_body_is_sent_like_the_model() -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
        sdk.orders.create_order(TOKEN, CreateOrderRequest.from_dict(ORDER_BODY))
    first, second = (json.loads(request.content) for request in recorder.requests)
    assert first == second == ORDER_BODY


def test_dict_body_keeps_fields_the_document_does_not_know() -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(TOKEN, {**ORDER_BODY, "new_klarna_field": {"x": [1, 2]}})
    assert json.loads(recorder.requests[0].content)["new_klarna_field"] == {"x": [1, 2]}


def test_model_nested_in_a_dict_body_is_encoded_with_to_dict() -> None:
    line = OrderLine.from_dict(ORDER_BODY["order_lines"][0])
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(TOKEN, {**ORDER_BODY, "order_lines": [line]})
    assert json.loads(recorder.requests[0].content)["order_lines"] == ORDER_BODY["order_lines"]


def test_nested_model_that_is_not_an_object_is_named_with_its_path() -> None:
    recorder = Recorder(ORDER)
    body = {**ORDER_BODY, "order_lines": [*ORDER_BODY["order_lines"], "Kaffe"], "billing_address": "Storgatan 1"}
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError) as raised:
        sdk.orders.create_order(TOKEN, body)
    assert "order_lines[1] must be an object, not str" in str(raised.value)
    assert "billing_address must be an object, not str" in str(raised.value)
    assert recorder.requests == []


def test_list_field_that_is_not_a_list_is_refused() -> None:
    with sync_sdk(Recorder(ORDER)) as sdk, pytest.raises(ValueError, match="order_lines must be a list, not dict"):
        sdk.orders.create_order(TOKEN, {**ORDER_BODY, "order_lines": ORDER_BODY["order_lines"][0]})


@pytest.mark.parametrize("value", [float("nan"), Decimal("9.99"), object()], ids=["nan", "decimal", "object"])
def test_value_json_cannot_carry_is_a_value_error_before_sending(value: object) -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError, match="not JSON-serializable"):
        sdk.orders.create_order(TOKEN, {**ORDER_BODY, "merchant_data": value})
    assert recorder.requests == []


def test_dict_body_missing_a_required_field_names_it() -> None:
    recorder = Recorder(ORDER)
    body = {key: value for key, value in ORDER_BODY.items() if key != "purchase_currency"}
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError, match=r"purchase_currency"):
        sdk.orders.create_order(TOKEN, body)
    assert recorder.requests == []


def test_missing_nested_field_is_named_with_its_path() -> None:
    lines = [{"name": f"item {i}", "quantity": 1, "unit_price": 1, "total_amount": 1} for i in range(5)]
    del lines[3]["name"]
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError, match=r"order_lines\[3\]\.name"):
        sdk.orders.create_order(TOKEN, {**ORDER_BODY, "order_lines": lines})
    assert recorder.requests == []


def test_non_mapping_body_is_a_type_error() -> None:
    with sync_sdk(Recorder(ORDER)) as sdk, pytest.raises(TypeError, match="CreateOrderRequest or a dict"):
        sdk.orders.create_order(TOKEN, ["not", "a", "body"])  # type: ignore[arg-type]


def test_idempotency_key_that_is_not_a_uuid_is_refused() -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError, match="idempotency_key"):
        sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key="not-a-uuid")
    assert recorder.requests == []
