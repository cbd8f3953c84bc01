"""Bad input is refused before any request, with a ValueError that names the problem and its path."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from klarna_payments._spec import MODELS
from klarna_payments.models import CreateOrderRequest, CustomerTokenCreationRequest, OrderLine, OrderLineType

from tests.support.document import unlisted
from tests.support.mock import Recorder, async_sdk, json_response, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN, TOKEN_BODY

ORDER = json_response(200, {"order_id": "o-1"})
LINE = ORDER_BODY["order_lines"][0]
# The limits and enums the document sets, so that relaxing one or adding a value breaks no test.
REFERENCE_LIMIT = MODELS["CreateOrderRequest"].fields["merchant_reference1"].max_length or 0
NAME_LIMIT = MODELS["OrderLine"].fields["name"].max_length or 0
UNLISTED_ENTITY_TYPE = unlisted(MODELS["Customer"].fields["organization_entity_type"].enum)
UNLISTED_LINE_TYPE = unlisted(MODELS["OrderLine"].fields["type"].enum)


def refused(body: Any, *, operation: str = "create_order") -> str:
    """The ValueError message `body` gets; asserts nothing was sent."""
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError) as raised:
        getattr(sdk.orders, operation)(TOKEN, body)
    assert recorder.requests == []
    return str(raised.value)


def sent(body: Any) -> Any:
    """The JSON `body` puts on the wire."""
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(TOKEN, body)
    return json.loads(recorder.requests[0].content)


@pytest.mark.parametrize("token", ["", "   ", "\t\n"])
def test_a_blank_token_raises_before_any_request(token: str) -> None:
    recorder = Recorder(json_response(204, {}))
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError, match="authorization_token"):
        sdk.orders.cancel_authorization(token)
    assert recorder.requests == []


@pytest.mark.parametrize("token", ["", "   "])
async def test_async_blank_token_raises_before_any_request(token: str) -> None:
    recorder = Recorder(ORDER)
    async with async_sdk(recorder) as sdk:
        with pytest.raises(ValueError, match="authorization_token"):
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
def test_a_token_is_encoded_as_exactly_one_path_segment(token: str, raw_path: str) -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(token, ORDER_BODY)
    assert recorder.requests[0].url.raw_path.decode() == raw_path


def test_a_dict_and_the_equivalent_model_send_the_same_json() -> None:
    assert sent(ORDER_BODY) == sent(CreateOrderRequest.from_dict(ORDER_BODY)) == ORDER_BODY


def test_a_model_sends_no_default_the_dict_would_not() -> None:
    assert "auto_capture" not in sent(CreateOrderRequest.from_dict(ORDER_BODY))


def test_request_models_have_no_read_only_attributes() -> None:
    names = {field.name for field in attrs.fields(CreateOrderRequest)}
    assert {"authorization_token", "status", "payment_method_categories"}.isdisjoint(names)


@pytest.mark.parametrize("field", ["authorization_token", "status", "payment_method_categories"])
def test_a_read_only_field_in_a_dict_body_is_refused_by_name(field: str) -> None:
    message = refused({**ORDER_BODY, field: "complete" if field == "status" else []})
    assert f"{field}: read-only" in message


def test_a_read_only_field_set_on_a_model_is_refused_too() -> None:
    model = CreateOrderRequest.from_dict(ORDER_BODY)
    model["status"] = "complete"  # the model keeps unknown keys in additional_properties
    assert "status: read-only" in refused(model)


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({**TOKEN_BODY, "intended_use": "subscription"}, "intended_use"),
        (
            {**ORDER_BODY, "customer": {"organization_entity_type": UNLISTED_ENTITY_TYPE}},
            "customer.organization_entity_type",
        ),
    ],
)
def test_an_unknown_request_enum_value_in_a_dict_is_refused_with_its_path(body: dict[str, Any], path: str) -> None:
    operation = "purchase_token" if "intended_use" in body else "create_order"
    assert f"{path}: " in refused(body, operation=operation)


def test_an_unknown_request_enum_value_in_a_model_is_refused_with_its_path() -> None:
    line = OrderLine(name="Kaffe", quantity=1, unit_price=1000, total_amount=1000, type_=UNLISTED_LINE_TYPE)  # type: ignore[arg-type]
    body = CreateOrderRequest.from_dict({**ORDER_BODY, "order_lines": []})
    body.order_lines = [line]
    assert f"order_lines[0].type: '{UNLISTED_LINE_TYPE}' is not one of" in refused(body)


def test_a_token_request_model_with_a_lower_case_intended_use_is_refused() -> None:
    body = CustomerTokenCreationRequest.from_dict(TOKEN_BODY)
    body.intended_use = "subscription"  # type: ignore[assignment]
    assert "intended_use: 'subscription' is not one of" in refused(body, operation="purchase_token")


def test_known_enum_members_in_a_model_are_sent_as_their_values() -> None:
    line = OrderLine(name="Kaffe", quantity=1, unit_price=1000, total_amount=1000, type_=OrderLineType.DIGITAL)
    assert sent({**ORDER_BODY, "order_lines": [line]})["order_lines"][0]["type"] == "digital"


def test_fields_the_document_does_not_know_are_sent_through_extra_body() -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(TOKEN, ORDER_BODY, extra_body={"new_klarna_field": {"x": [1, 2]}})
    assert json.loads(recorder.requests[0].content)["new_klarna_field"] == {"x": [1, 2]}


def test_a_model_nested_in_a_dict_body_is_encoded_with_to_dict() -> None:
    line = OrderLine.from_dict(LINE)
    assert sent({**ORDER_BODY, "order_lines": [line]})["order_lines"] == [LINE]


def test_nested_values_that_are_not_objects_are_named_with_their_paths() -> None:
    message = refused({**ORDER_BODY, "order_lines": [LINE, "Kaffe"], "billing_address": "Storgatan 1"})
    assert "order_lines[1]: must be an object, not str" in message
    assert "billing_address: must be an object, not str" in message


def test_a_list_field_that_is_not_a_list_is_refused() -> None:
    assert "order_lines: must be a list, not dict" in refused({**ORDER_BODY, "order_lines": LINE})


@pytest.mark.parametrize("value", [float("nan"), Decimal("9.99"), object()], ids=["nan", "decimal", "object"])
def test_a_value_json_cannot_carry_is_refused(value: object) -> None:
    with sync_sdk(Recorder(ORDER)) as sdk, pytest.raises(ValueError, match="not JSON-serializable"):
        sdk.orders.create_order(TOKEN, ORDER_BODY, extra_body={"new_field": value})


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({**ORDER_BODY, "merchant_data": 9.99}, "merchant_data: must be a string, not float"),
        ({**ORDER_BODY, "order_amount": "1000"}, "order_amount: must be an integer, not str"),
        ({**ORDER_BODY, "order_amount": True}, "order_amount: must be an integer, not bool"),
        ({**ORDER_BODY, "purchase_country": "Sweden"}, "purchase_country: 'Sweden' does not match"),
        (
            {**ORDER_BODY, "merchant_reference1": "x" * (REFERENCE_LIMIT + 1)},
            f"merchant_reference1: must be at most {REFERENCE_LIMIT} characters",
        ),
        ({**ORDER_BODY, "order_tax_amount": -1}, "order_tax_amount: must be at least 0, not -1"),
    ],
    ids=["type", "integer as text", "bool as integer", "pattern", "length", "range"],
)
def test_a_value_outside_its_schema_is_refused_with_its_path(body: dict[str, Any], expected: str) -> None:
    assert expected in refused(body)


def test_a_line_outside_its_schema_is_refused_with_its_path() -> None:
    lines = [LINE, {**LINE, "quantity": -1}, {**LINE, "name": "x" * (NAME_LIMIT + 1)}]
    message = refused({**ORDER_BODY, "order_lines": lines})
    assert "order_lines[1].quantity: must be at least 0, not -1" in message
    assert f"order_lines[2].name: must be at most {NAME_LIMIT} characters long" in message


def test_a_missing_required_field_is_named() -> None:
    body = {key: value for key, value in ORDER_BODY.items() if key != "purchase_currency"}
    assert "purchase_currency: required field missing" in refused(body)


def test_a_missing_nested_required_field_is_named_with_its_path() -> None:
    lines = [{"name": f"item {i}", "quantity": 1, "unit_price": 1, "total_amount": 1} for i in range(5)]
    del lines[3]["name"]
    assert "order_lines[3].name: required field missing" in refused(
        {**ORDER_BODY, "order_amount": 5, "order_lines": lines}
    )


def test_problems_are_reported_together_in_body_order() -> None:
    lines = [{**LINE, "name": None}]
    body = {"status": "x", **{k: v for k, v in ORDER_BODY.items() if k != "order_lines"}, "order_lines": lines}
    message = refused({**body, "authorization_token": "t"})
    assert message.index("status") < message.index("order_lines[0].name") < message.index("authorization_token")


def test_a_body_that_is_not_a_mapping_is_a_type_error() -> None:
    with sync_sdk(Recorder(ORDER)) as sdk, pytest.raises(TypeError, match="CreateOrderRequest or a dict"):
        sdk.orders.create_order(TOKEN, ["not", "a", "body"])  # type: ignore[arg-type]


@pytest.mark.parametrize("key", ["not-a-uuid", "", 42])
def test_an_idempotency_key_that_is_not_a_uuid_is_refused(key: object) -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError, match="idempotency_key must be a UUID"):
        sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=key)  # type: ignore[arg-type]
    assert recorder.requests == []


def test_a_query_or_header_parameter_the_operation_does_not_document_is_refused() -> None:
    from klarna_payments import _base_client, _spec

    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk:
        with pytest.raises(ValueError, match="create_order has no query parameter locale"):
            _base_client.call(sdk, _spec.CREATE_ORDER, (TOKEN,), ORDER_BODY, query={"locale": "sv-SE"})
        with pytest.raises(ValueError, match="has no header parameter X-Trace"):
            _base_client.call(sdk, _spec.CREATE_ORDER, (TOKEN,), ORDER_BODY, header_parameters={"X-Trace": "1"})
    assert recorder.requests == []


def test_a_large_limit_is_written_whole_not_in_exponent_form() -> None:
    limit = MODELS["OrderLine"].fields["unit_price"].maximum
    assert limit is not None and limit >= 10**7  # a limit `:g` would write as 1e+08
    line = {**ORDER_BODY["order_lines"][0], "unit_price": int(limit) + 1}
    message = refused({**ORDER_BODY, "order_lines": [line]}, operation="create_order")
    assert f"unit_price: must be at most {int(limit)}, not {int(limit) + 1}" in message
