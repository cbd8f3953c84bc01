"""A success is never turned into a crash: bodies decode leniently; only a missing or wrong
required field (or a body that is no JSON object) is a ResponseValidationError."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest
from klarna_payments import ResponseValidationError, _decoding
from klarna_payments._spec import MODELS
from klarna_payments.api.orders import create_order
from klarna_payments.models import (
    AuthorizedPaymentMethod,
    AuthorizedPaymentMethodType,
    CustomerTokenCreationResponse,
    Order,
    OrderFraudStatus,
)
from klarna_payments.types import UNSET

from tests.support.document import unlisted
from tests.support.mock import Recorder, async_sdk, json_response, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN, TOKEN_BODY

# Order's optional fields, as the document declares them: a nullable field's null is a value.
ORDER = MODELS["Order"]
OPTIONAL = [name for name in ORDER.fields if name not in ORDER.required]
NOT_NULLABLE = [name for name in OPTIONAL if not ORDER.fields[name].nullable]
NULLABLE = [name for name in OPTIONAL if ORDER.fields[name].nullable] or [
    pytest.param("", marks=pytest.mark.skip(reason="no optional Order field is nullable today (the rule: below)"))
]


def attribute(name: str) -> str:
    return ORDER.python_names.get(name, name)


def order_from(body: object, *, raw: bytes | None = None, headers: dict[str, str] | None = None) -> Order:
    if raw is None:
        response = json_response(200, body)
    else:  # a stream, so that no decoding happens before the SDK reads it
        response = httpx.Response(200, headers=headers, stream=httpx.ByteStream(raw))
    with sync_sdk(Recorder(response)) as sdk:
        return sdk.orders.create_order(TOKEN, ORDER_BODY)


def validation_error_from(body: object, *, raw: bytes | None = None) -> ResponseValidationError:
    with pytest.raises(ResponseValidationError) as caught:
        order_from(body, raw=raw)
    return caught.value


def test_known_enum_values_decode_to_members() -> None:
    order = order_from(
        {"order_id": "o-1", "fraud_status": "ACCEPTED", "authorized_payment_method": {"type": "invoice"}}
    )
    assert order.fraud_status is OrderFraudStatus.ACCEPTED
    assert isinstance(order.authorized_payment_method, AuthorizedPaymentMethod)
    assert order.authorized_payment_method.type_ is AuthorizedPaymentMethodType.INVOICE


def test_an_unknown_enum_value_decodes_as_a_plain_string() -> None:
    unknown = unlisted(ORDER.fields["fraud_status"].enum)
    order = order_from({"order_id": "o-1", "fraud_status": unknown})
    assert order.fraud_status == unknown
    assert not isinstance(order.fraud_status, OrderFraudStatus)
    assert order.to_dict()["fraud_status"] == unknown


def test_an_unknown_payment_method_type_decodes_as_a_plain_string() -> None:
    unknown = unlisted(MODELS["AuthorizedPaymentMethod"].fields["type"].enum)
    order = order_from({"order_id": "o-1", "authorized_payment_method": {"type": unknown}})
    assert isinstance(order.authorized_payment_method, AuthorizedPaymentMethod)
    assert order.authorized_payment_method.type_ == unknown


@pytest.mark.parametrize("field", NOT_NULLABLE)
def test_null_for_an_optional_field_is_the_field_absent(field: str) -> None:
    order = order_from({"order_id": "o-1", field: None})
    assert getattr(order, attribute(field)) is UNSET
    assert order.additional_properties == {}


@pytest.mark.parametrize("field", NULLABLE)
def test_null_for_a_nullable_optional_field_is_kept_as_none(field: str) -> None:
    order = order_from({"order_id": "o-1", field: None})
    assert getattr(order, attribute(field)) is None
    assert order.to_dict() == {"order_id": "o-1", field: None}


def test_the_decoder_keeps_null_for_a_field_the_document_marks_nullable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule itself, whatever the document marks today: a string field made nullable keeps its null."""
    name = next(name for name in OPTIONAL if ORDER.fields[name].type == "string")
    fields = {**ORDER.fields, name: ORDER.fields[name]._replace(nullable=True)}
    monkeypatch.setitem(_decoding.MODELS, "Order", ORDER._replace(fields=fields))
    order = order_from({"order_id": "o-1", name: None})
    assert getattr(order, attribute(name)) is None
    assert order.to_dict() == {"order_id": "o-1", name: None}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("fraud_status", 42),
        ("redirect_url", ["https://a"]),
        ("authorized_payment_method", "invoice"),
        ("authorized_payment_method", {"number_of_days": 30}),  # lacks its own required `type`
        ("authorized_payment_method", {"type": "invoice", "number_of_days": "thirty"}),
    ],
)
def test_an_optional_field_of_the_wrong_type_is_kept_raw_and_the_order_decodes(field: str, value: object) -> None:
    order = order_from({"order_id": "o-1", field: value})
    assert order.order_id == "o-1"
    assert order.to_dict() == {"order_id": "o-1", field: value}


def test_a_nested_optional_field_of_the_wrong_type_is_kept_in_the_nested_model() -> None:
    order = order_from({"order_id": "o-1", "authorized_payment_method": {"type": "invoice", "number_of_days": "30"}})
    assert isinstance(order.authorized_payment_method, AuthorizedPaymentMethod)
    assert order.authorized_payment_method.number_of_days is UNSET
    assert order.authorized_payment_method.additional_properties == {"number_of_days": "30"}


def test_unknown_fields_land_in_additional_properties() -> None:
    order = order_from({"order_id": "o-1", "settlement_hint": {"days": 3}})
    assert order.additional_properties == {"settlement_hint": {"days": 3}}


def test_deep_json_in_an_unknown_field_decodes() -> None:
    deep: object = "bottom"
    for _ in range(500):
        deep = [deep]
    order = order_from({"order_id": "o-1", "trace": deep})
    assert order.order_id == "o-1"
    assert "trace" in repr(order)  # the repr stays bounded, not a RecursionError


def test_an_integer_too_long_for_python_is_kept_as_its_digits() -> None:
    digits = "9" * 5000
    order = order_from(None, raw=b'{"order_id": "o-1", "big": ' + digits.encode() + b"}")
    assert order.additional_properties == {"big": digits}


@pytest.mark.parametrize(
    ("body", "field", "reason"),
    [
        ({}, "order_id", "required field 'order_id' is missing"),
        ({"order_id": None}, "order_id", "required field 'order_id' is null, not a string"),
        ({"order_id": 123}, "order_id", "required field 'order_id' is a number, not a string"),
    ],
)
def test_a_missing_or_wrong_required_field_is_a_validation_error_naming_it(
    body: object, field: str, reason: str
) -> None:
    error = validation_error_from(body)
    assert error.field == field
    assert reason in str(error)
    assert "Klarna executed the call (an order was created)" in str(error)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"order_id": ""}', "is empty"),
        (b'{"order_id": "o-\\udcff"}', "not valid Unicode"),
        (b'{"order_id": ' + b"7" * 4301 + b"}", "a number of 4301 digits, not a string"),
        (b'{"order_id": "' + b"o" * (_decoding.MAX_REQUIRED_STRING + 1) + b'"}', "characters long"),
    ],
    ids=["empty", "lone surrogate", "4301 digits", "absurdly long"],
)
def test_a_success_whose_required_identifier_is_unusable_is_a_validation_error(raw: bytes, reason: str) -> None:
    error = validation_error_from(None, raw=raw)
    assert error.field == "order_id"
    assert reason in str(error)
    assert error.content == raw  # Klarna executed it: the body is kept


async def test_async_an_empty_required_identifier_is_a_validation_error() -> None:
    async with async_sdk(Recorder(json_response(200, {"order_id": ""}))) as sdk:
        with pytest.raises(ResponseValidationError, match="is empty"):
            await sdk.orders.create_order(TOKEN, ORDER_BODY)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"<html>maintenance</html>", "not valid JSON"),
        (b"[1, 2]", "the body is an array, not a JSON object"),
        (b'"ok"', "the body is a string, not a JSON object"),
        (b"", "the body is empty"),
        (b"[" * 100_000 + b"]" * 100_000, "nests deeper than the JSON parser allows"),
    ],
    ids=["html", "array", "string", "empty", "deep"],
)
def test_a_body_that_is_no_json_object_is_a_validation_error_saying_so(raw: bytes, reason: str) -> None:
    error = validation_error_from(None, raw=raw)
    assert reason in str(error)
    assert error.field is None
    assert error.content == raw


def test_not_valid_json_is_said_only_of_bodies_that_are_not_json() -> None:
    assert "not valid JSON" not in str(validation_error_from({}))


def test_a_validation_error_carries_what_support_needs() -> None:
    response = json_response(200, {}, headers={"Klarna-Correlation-Id": "corr-1"})
    with sync_sdk(Recorder(response)) as sdk, pytest.raises(ResponseValidationError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key="8f2a4b6c-1d3e-4f50-8a7b-9c0d1e2f3a4b")
    error = caught.value
    assert (error.operation, error.status_code, error.content) == ("create_order", 200, b"{}")
    assert (error.correlation_id, error.idempotency_key) == ("corr-1", "8f2a4b6c-1d3e-4f50-8a7b-9c0d1e2f3a4b")


def test_a_gzip_labelled_success_whose_body_is_plain_json_still_decodes() -> None:
    order = order_from(None, raw=b'{"order_id": "o-7"}', headers={"Content-Encoding": "gzip"})
    assert order.order_id == "o-7"


def test_a_gzip_labelled_success_whose_body_is_garbage_is_a_validation_error_with_the_raw_bytes() -> None:
    response = httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(b"\x00garbage"))
    with sync_sdk(Recorder(response)) as sdk, pytest.raises(ResponseValidationError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert caught.value.content == b"\x00garbage"


def test_a_real_gzip_body_is_decoded() -> None:
    compressed = gzip.compress(json.dumps({"order_id": "o-8"}).encode())
    assert order_from(None, raw=compressed, headers={"Content-Encoding": "gzip"}).order_id == "o-8"


def test_the_customer_token_response_decodes_its_nested_models() -> None:
    body = {"token_id": "t-1", "billing_address": {"country": "SE"}, "customer": {"gender": None}}
    with sync_sdk(Recorder(json_response(200, body))) as sdk:
        token = sdk.orders.purchase_token(TOKEN, TOKEN_BODY)
    assert isinstance(token, CustomerTokenCreationResponse)
    assert token.to_dict() == {"token_id": "t-1", "billing_address": {"country": "SE"}, "customer": {}}


def test_the_detailed_call_keeps_an_unusable_success_body_unparsed() -> None:
    with sync_sdk(Recorder(json_response(200, {}))) as sdk:
        response = create_order.sync_detailed(TOKEN, client=sdk, body=ORDER_BODY)  # type: ignore[arg-type]
    assert (response.status_code, response.parsed, response.content) == (200, None, b"{}")


async def test_async_missing_required_field_raises_response_validation_error() -> None:
    async with async_sdk(Recorder(json_response(200, {}))) as sdk:
        with pytest.raises(ResponseValidationError, match="order_id"):
            await sdk.orders.create_order(TOKEN, ORDER_BODY)


@pytest.mark.parametrize("field", NOT_NULLABLE)
async def test_async_null_for_an_optional_field_is_the_field_absent(field: str) -> None:
    async with async_sdk(Recorder(json_response(200, {"order_id": "o-1", field: None}))) as sdk:
        order = await sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert getattr(order, attribute(field)) is UNSET


# Formats: a value its optional field's format does not allow is kept aside, never fatal


@pytest.mark.parametrize(
    ("fmt", "good", "bad"),
    [
        ("date-time", "2026-01-01T10:00:00Z", "not a date"),
        ("date", "2026-01-01", "01/01/2026"),
        ("uuid", "3eaeb557-5e30-47f8-b840-b8d987f5945d", "3eaeb557"),
        ("uri", "https://klarna.test/x", "klarna.test"),
        ("email", "a@klarna.test", "a.klarna.test"),
    ],
)
def test_a_format_is_checked_before_the_model_parses_it(fmt: str, good: str, bad: str) -> None:
    from klarna_payments._decoding import _fits
    from klarna_payments._schema import Field

    field = Field("string", format=fmt)
    assert _fits(field, good)
    assert not _fits(field, bad)
