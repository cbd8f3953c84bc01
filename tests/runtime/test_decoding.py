"""Success bodies decode forward-compatibly; bodies that break the document raise ResponseValidationError."""

from __future__ import annotations

import httpx
import pytest
from klarna_payments import ResponseValidationError
from klarna_payments.api.orders import create_order
from klarna_payments.models import AuthorizedPaymentMethodType, CreateOrderRequest, Order, OrderFraudStatus
from sdk_factory import ORDER_BODY, TOKEN, Recorder, async_sdk, json_response, sync_sdk


def test_unknown_fraud_status_is_kept() -> None:
    with sync_sdk(Recorder(json_response(200, {"order_id": "o-1", "fraud_status": "SOMETHING_NEW"}))) as sdk:
        order = sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert isinstance(order, Order)
    assert order.fraud_status == "SOMETHING_NEW"
    assert isinstance(order.fraud_status, OrderFraudStatus)
    assert order.fraud_status.value == "SOMETHING_NEW"
    assert not order.fraud_status.is_known
    assert order.to_dict()["fraud_status"] == "SOMETHING_NEW"


def test_known_enum_values_still_decode_to_members() -> None:
    body = {"order_id": "o-1", "fraud_status": "ACCEPTED", "authorized_payment_method": {"type": "invoice"}}
    with sync_sdk(Recorder(json_response(200, body))) as sdk:
        order = sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert order.fraud_status is OrderFraudStatus.ACCEPTED
    assert order.fraud_status.is_known


def test_unknown_payment_method_type_is_kept() -> None:
    body = {"order_id": "o-1", "authorized_payment_method": {"type": "pay_in_crypto"}}
    with sync_sdk(Recorder(json_response(200, body))) as sdk:
        order = sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert isinstance(order.authorized_payment_method.type_, AuthorizedPaymentMethodType)
    assert order.authorized_payment_method.type_.value == "pay_in_crypto"


def test_unknown_fields_land_in_additional_properties() -> None:
    with sync_sdk(Recorder(json_response(200, {"order_id": "o-1", "settlement_hint": {"days": 3}}))) as sdk:
        order = sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert order.additional_properties == {"settlement_hint": {"days": 3}}


def test_empty_object_on_create_order_names_the_missing_field() -> None:
    with sync_sdk(Recorder(json_response(200, {}))) as sdk, pytest.raises(ResponseValidationError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert caught.value.field == "order_id"
    assert caught.value.operation == "create_order"
    assert "order_id" in str(caught.value)


def test_html_body_on_200_raises_response_validation_error_with_content() -> None:
    response = httpx.Response(200, content=b"<html>maintenance</html>", headers={"Content-Type": "text/html"})
    with sync_sdk(Recorder(response)) as sdk, pytest.raises(ResponseValidationError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert caught.value.content == b"<html>maintenance</html>"
    assert caught.value.status_code == 200


def test_json_array_on_200_raises_response_validation_error() -> None:
    with sync_sdk(Recorder(json_response(200, [1, 2]))) as sdk, pytest.raises(ResponseValidationError):
        sdk.orders.create_order(TOKEN, ORDER_BODY)


def test_detailed_call_keeps_a_malformed_success_body_unparsed() -> None:
    with sync_sdk(Recorder(json_response(200, {}))) as sdk:
        response = create_order.sync_detailed(TOKEN, client=sdk._client, body=CreateOrderRequest.from_dict(ORDER_BODY))
    assert response.status_code == 200
    assert response.parsed is None
    assert response.content == b"{}"


async def test_async_empty_object_raises_response_validation_error() -> None:
    async with async_sdk(Recorder(json_response(200, {}))) as sdk:
        with pytest.raises(ResponseValidationError, match="order_id"):
            await sdk.orders.create_order(TOKEN, ORDER_BODY)
