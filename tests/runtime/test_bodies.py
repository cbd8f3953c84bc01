"""Bodies that would lose something or fail late are refused before sending, naming the path.

A misspelt optional key would silently drop the very reference a merchant reconciles by; a
`null` Klarna does not allow earns a 400 after the shopper approved; an unhashable enum value
used to escape as a bare TypeError. Fields the document does not know yet go in `extra_body`.
"""

from __future__ import annotations

import json
import logging
from types import MappingProxyType
from typing import Any

import httpx
import pytest
from klarna_payments import KlarnaPayments, lines
from klarna_payments._logs import preflight_warnings
from klarna_payments._spec import OPERATIONS
from klarna_payments.models import CreateOrderRequest
from klarna_payments.preflight import Problem

from tests.support.mock import Recorder, async_sdk, json_response, quiet, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN, TOKEN_BODY

LINE = ORDER_BODY["order_lines"][0]
ORDER = json_response(200, {"order_id": "o-1"})


def refusal(body: object, *, operation: str = "create_order", **options: Any) -> str:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError) as caught:
        getattr(sdk.orders, operation)(TOKEN, body, **options)
    assert recorder.requests == [], "sent although refused"
    return str(caught.value)


def sent(body: object, **options: Any) -> dict[str, Any]:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(TOKEN, body, **options)
    result: dict[str, Any] = json.loads(recorder.requests[0].content)
    return result


def test_a_mapping_body_that_is_not_a_dict_is_sent_as_its_object() -> None:
    assert sent(MappingProxyType(ORDER_BODY)) == ORDER_BODY


def test_a_line_that_is_a_mapping_but_not_a_dict_is_sent_as_its_object() -> None:
    body = {**ORDER_BODY, "order_lines": [MappingProxyType(LINE)]}
    assert sent(body) == ORDER_BODY


def test_a_mapping_body_that_is_not_a_dict_is_checked() -> None:
    assert "order_amount: must be an integer" in refusal(MappingProxyType({**ORDER_BODY, "order_amount": "1000"}))


# Unknown keys


def test_a_misspelt_top_level_key_is_refused_with_the_documented_name() -> None:
    message = refusal({**ORDER_BODY, "merchant_referense1": "10042"})
    assert "merchant_referense1: unknown field (did you mean merchant_reference1?)" in message


def test_a_misspelt_nested_key_is_refused_with_its_path() -> None:
    message = refusal({**ORDER_BODY, "order_lines": [LINE, {**LINE, "refrence": "K-1"}]})
    assert "order_lines[1].refrence: unknown field (did you mean reference?)" in message


def test_an_unknown_key_without_a_close_name_points_to_extra_body() -> None:
    assert "new_klarna_field: unknown field (send it with extra_body=" in refusal({**ORDER_BODY, "new_klarna_field": 1})


def test_an_unknown_key_in_a_model_body_is_refused_too() -> None:
    model = CreateOrderRequest.from_dict(ORDER_BODY)
    model["merchant_referense1"] = "10042"
    assert "did you mean merchant_reference1?" in refusal(model)


def test_extra_body_sends_fields_the_document_does_not_know() -> None:
    body = sent(ORDER_BODY, extra_body={"new_klarna_field": {"nested": [1, 2]}})
    assert body["new_klarna_field"] == {"nested": [1, 2]}
    assert body["order_amount"] == ORDER_BODY["order_amount"]


def test_extra_body_nested_too_deeply_is_refused() -> None:
    deep: Any = "leaf"
    for _ in range(100):
        deep = {"x": deep}
    assert "extra_body.deep: nests deeper than" in refusal(ORDER_BODY, extra_body={"deep": deep})


def test_extra_body_holding_a_cycle_is_refused_before_encoding() -> None:
    # The encoder does not look for cycles (the checks do): a cycle must never reach it.
    cycle: dict[str, Any] = {}
    cycle["self"] = cycle
    assert "extra_body.loop: nests deeper than" in refusal(ORDER_BODY, extra_body={"loop": cycle})


@pytest.mark.parametrize(
    "override", [{"order_amount": -5}, {"order_lines": []}, {"purchase_currency": "XXX"}], ids=lambda o: next(iter(o))
)
def test_extra_body_cannot_override_a_field_the_body_declares(override: dict[str, Any]) -> None:
    (name,) = override
    message = refusal(ORDER_BODY, extra_body=override)
    assert f"extra_body: {name} is a field of CreateOrderRequest: set it in the body" in message


async def test_extra_body_cannot_override_a_declared_field_async() -> None:
    recorder = Recorder(ORDER)
    async with async_sdk(recorder) as sdk:
        with pytest.raises(ValueError, match="is a field of"):
            await sdk.orders.create_order(TOKEN, ORDER_BODY, extra_body={"order_amount": -5})
    assert recorder.requests == []


def test_extra_body_that_is_not_a_mapping_is_refused() -> None:
    assert "extra_body: must be a mapping" in refusal(ORDER_BODY, extra_body=["x"])


def test_extra_body_on_a_call_without_a_body_is_refused() -> None:
    with sync_sdk(Recorder(httpx.Response(204))) as sdk, pytest.raises(ValueError, match="sends no body"):
        sdk.orders.cancel_authorization(TOKEN, extra_body={"x": 1})


async def test_async_extra_body_is_sent() -> None:
    recorder = Recorder(ORDER)
    async with async_sdk(recorder) as sdk:
        await sdk.orders.create_order(TOKEN, ORDER_BODY, extra_body={"new_klarna_field": True})
    assert json.loads(recorder.requests[0].content)["new_klarna_field"] is True


# null, enums, containers, depth


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({**ORDER_BODY, "merchant_reference1": None}, "merchant_reference1"),
        ({**ORDER_BODY, "order_lines": [{**LINE, "reference": None}]}, "order_lines[0].reference"),
        ({**ORDER_BODY, "locale": None}, "locale"),
    ],
)
def test_null_for_a_field_that_is_not_nullable_is_refused_with_its_path(body: dict[str, Any], path: str) -> None:
    assert f"{path}: null is not allowed" in refusal(body)


@pytest.mark.parametrize("value", [["SUBSCRIPTION"], {"v": 1}, 7])
def test_a_non_string_where_an_enum_belongs_is_refused_with_its_path(value: object) -> None:
    message = refusal({**TOKEN_BODY, "intended_use": value}, operation="purchase_token")
    assert "intended_use: must be one of" in message


def test_an_unhashable_value_in_an_order_line_enum_is_refused_with_its_path() -> None:
    assert "order_lines[0].type: must be one of" in refusal({**ORDER_BODY, "order_lines": [{**LINE, "type": ["x"]}]})


def test_a_deeply_nested_value_where_a_scalar_belongs_is_refused() -> None:
    deep: Any = "x"
    for _ in range(5000):
        deep = [deep]
    assert "merchant_reference1: must be a string, not list" in refusal({**ORDER_BODY, "merchant_reference1": deep})


def test_a_token_too_long_for_a_url_is_refused_before_sending() -> None:
    with sync_sdk(Recorder(ORDER)) as sdk, pytest.raises(ValueError, match="at most 2048 fit in the URL"):
        sdk.orders.create_order("t" * 70_000, ORDER_BODY)


# Enums the project added: typed, but not refused at run time


def test_an_unlisted_order_line_type_is_sent_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="klarna_payments")
    body = sent({**ORDER_BODY, "order_lines": [{**LINE, "type": "subscription_fee"}]})
    assert body["order_lines"][0]["type"] == "subscription_fee"
    (warning,) = [record for record in caplog.records if "body warnings" in record.getMessage()]
    assert "order_lines[0].type: 'subscription_fee' is not one of" in warning.getMessage()


def test_a_klarna_enum_still_refuses_an_unlisted_value() -> None:
    assert "intended_use: 'subscription' is not one of" in refusal(
        {**TOKEN_BODY, "intended_use": "subscription"}, operation="purchase_token"
    )


def test_a_warning_quoting_the_body_is_escaped(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="klarna_payments")
    sent({**ORDER_BODY, "order_lines": [{**LINE, "type": "x\nFORGED klarna_payments ERROR"}]})
    assert all("\n" not in record.getMessage() for record in caplog.records)
    assert "\\n" in caplog.text


def test_preflight_warnings_are_escaped_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="klarna_payments")
    problem = Problem(
        "locale", "locale: Klarna lists sv-SE, en-SE for SE, not sv-SE\n2026 FORGED", None, "x", "warning"
    )
    preflight_warnings(OPERATIONS["create_order"], [problem])
    (warning,) = caplog.records
    assert "\n" not in warning.getMessage()
    assert "sv-SE\\n2026 FORGED" in warning.getMessage()


def test_a_control_character_in_a_checked_value_is_refused_escaped() -> None:
    message = refusal({**ORDER_BODY, "locale": "sv-SE\n2026 FORGED"})
    assert "\n" not in message and "sv-SE\\n2026" in message


# Headers and Retry-After


@pytest.mark.parametrize("name", ["Content-Length", "transfer-encoding", "Host"])
def test_framing_headers_are_refused_per_call_and_per_client(name: str) -> None:
    with sync_sdk(Recorder(ORDER)) as sdk, pytest.raises(ValueError, match=f"must not set {name}"):
        sdk.orders.create_order(TOKEN, ORDER_BODY, extra_headers={name: "10"})
    with pytest.raises(ValueError, match=f"must not set {name}"):
        KlarnaPayments(username="u", password="p", default_headers={name: "10"})


@pytest.mark.parametrize("bad", ["-1", "nan", "inf", "soon"])
def test_an_unusable_retry_after_ms_does_not_hide_a_valid_retry_after(bad: str) -> None:
    limited = json_response(429, {}, {"retry-after-ms": bad, "Retry-After": "3"})
    with sync_sdk(Recorder(limited, ORDER), max_retries=1) as sdk:
        clock = quiet(sdk)
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert clock.sleeps == [3.0]


# The lines builders


def test_line_builders_leave_out_fields_given_as_none() -> None:
    line = lines.item("Kaffe", quantity=1, unit_price=1000, tax_rate=0, reference=None, product_url=None)
    assert "reference" not in line and "product_url" not in line
    assert sent({**ORDER_BODY, "order_lines": [line]})["order_lines"][0]["name"] == "Kaffe"
