"""Klarna's order rules, checked before the network, with Klarna's own paths (facts: shared/ and issue 12)."""

from __future__ import annotations

import logging
from types import MappingProxyType
from typing import Any

import pytest
from klarna_payments import OrderRuleError, _spec
from klarna_payments.models import CreateOrderRequest
from klarna_payments.preflight import (
    Problem,
    check_authorization_update,
    check_customer_token,
    check_order,
    check_refund,
)

from tests.support.mock import Recorder, async_sdk, json_response, sync_sdk
from tests.support.payloads import TOKEN, TOKEN_BODY

# Klarna's examples (discounts and tax-handling guides).
DISCOUNTED_TSHIRT = {"name": "T-shirt", "quantity": 1, "unit_price": 30000, "total_discount_amount": 5000,
                     "total_amount": 25000, "tax_rate": 2500, "total_tax_amount": 5000}  # fmt: skip
DISCOUNT_LINE = {"type": "discount", "name": "Discount", "quantity": 1, "unit_price": -1000, "total_amount": -1000,
                 "tax_rate": 2500, "total_tax_amount": -200}  # fmt: skip
TEN_PERCENT_LINE = {"name": "Book", "quantity": 1, "unit_price": 50000, "total_amount": 50000, "tax_rate": 1000,
                    "total_tax_amount": 4545}  # fmt: skip
# Sweden's reduced rate for food: 12 % (the table's SE rates are 25, 12 and 6 %).
SE_FOOD_LINE = {"name": "Kaffe", "quantity": 1, "unit_price": 50000, "total_amount": 50000, "tax_rate": 1200,
                "total_tax_amount": 5357}  # fmt: skip
FINLAND = {"country": "FI", "currency": "EUR", "locale": "fi-FI"}  # 10 % is one of its rates


def order(
    *lines: dict[str, Any], country: str = "SE", currency: str = "SEK", locale: str = "sv-SE", **fields: Any
) -> dict[str, Any]:
    """A create-order body whose totals are the sums of its lines', unless `fields` says otherwise."""
    body: dict[str, Any] = {"purchase_country": country, "purchase_currency": currency, "locale": locale}
    body["order_amount"] = sum(line["total_amount"] for line in lines if type(line["total_amount"]) is int)
    body["order_tax_amount"] = sum(line.get("total_tax_amount", 0) for line in lines)
    return {**body, "order_lines": list(lines), **fields}


def errors(body: Any) -> list[Problem]:
    return [problem for problem in check_order(body) if problem.severity == "error"]


def paths(problems: list[Problem]) -> list[str]:
    return [problem.path for problem in problems]


@pytest.mark.parametrize(
    ("lines", "market"),
    [([DISCOUNTED_TSHIRT], {}), ([DISCOUNTED_TSHIRT, DISCOUNT_LINE], {}), ([TEN_PERCENT_LINE], FINLAND)],
    ids=["tshirt", "discount", "10%"],
)
def test_klarnas_own_examples_pass(lines: list[dict[str, Any]], market: dict[str, str]) -> None:
    assert check_order(order(*lines, **market)) == []


def test_an_order_of_only_a_discount_is_a_negative_order_amount() -> None:
    assert paths(errors(order(DISCOUNT_LINE))) == ["order_amount", "order_tax_amount"]


def test_the_three_examples_together_keep_every_rule_and_only_10_percent_is_no_swedish_rate() -> None:
    problems = check_order(order(DISCOUNTED_TSHIRT, DISCOUNT_LINE, TEN_PERCENT_LINE))
    assert [(p.path, p.severity) for p in problems] == [("order_lines[2].tax_rate", "warning")]


# Per line: total_amount = quantity × unit_price − total_discount_amount


def test_a_line_total_that_ignores_the_discount_is_an_error_with_the_expected_value() -> None:
    (problem,) = errors(order({**DISCOUNTED_TSHIRT, "total_amount": 30000, "total_tax_amount": 6000}))
    assert problem.path == "order_lines[0].total_amount"
    assert (problem.expected, problem.actual) == (25000, 30000)
    assert problem.message == "order_lines[0].total_amount: must be 25000 (1 × 30000 − 5000), not 30000"


def test_an_absent_discount_counts_as_zero() -> None:
    line = {"name": "Kaffe", "quantity": 3, "unit_price": 1000, "total_amount": 3000}
    assert check_order(order(line)) == []


def test_a_negative_discount_is_an_error() -> None:
    line = {**DISCOUNTED_TSHIRT, "total_discount_amount": -5000, "total_amount": 35000, "total_tax_amount": 7000}
    assert paths(errors(order(line))) == ["order_lines[0].total_discount_amount"]


# Per line: the tax backed out of the gross, within ±1


def test_klarnas_server_message_for_a_discount_at_the_wrong_tax_is_reproduced() -> None:
    line = {"type": "discount", "name": "Rabatt", "quantity": 1, "unit_price": -14950, "total_amount": -14950,
            "tax_rate": 2500, "total_tax_amount": -3000}  # fmt: skip
    (problem,) = errors(order(TEN_PERCENT_LINE, {**TEN_PERCENT_LINE, "unit_price": 14950, "total_amount": 14950,
                                                 "total_tax_amount": 1359}, line, order_tax_amount=2904))  # fmt: skip
    assert problem.path == "order_lines[2].total_tax_amount"
    assert "-3000 differs from the calculated value [-2990] by more than [1]" in problem.message
    assert (problem.expected, problem.actual) == (-2990, -3000)


def test_the_old_klarna_sample_that_took_tax_from_the_net_price_fails() -> None:
    (problem,) = errors(order({**TEN_PERCENT_LINE, "total_tax_amount": 5000}))
    assert problem.path == "order_lines[0].total_tax_amount"
    assert problem.expected == 4545


@pytest.mark.parametrize(("tax", "ok"), [(4544, False), (4545, True), (4546, True), (4547, False)])
def test_the_line_tax_may_be_off_by_one_minor_unit(tax: int, ok: bool) -> None:
    """50000 at 10 % holds 4545.45: 4545 and 4546 are within one minor unit, 4544 and 4547 are not."""
    line = {**TEN_PERCENT_LINE, "total_tax_amount": tax}
    assert (errors(order(line)) == []) is ok


def test_a_tax_rate_without_a_tax_amount_is_checked_as_zero_tax() -> None:
    line = {key: value for key, value in TEN_PERCENT_LINE.items() if key != "total_tax_amount"}
    assert paths(errors(order(line))) == ["order_lines[0].total_tax_amount"]


# Integers: minor units, hundredths of a percent, whole quantities


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("quantity", 0.5, "must be an integer (fractional quantities are refused), not 0.5"),
        ("unit_price", 10.5, "must be an integer in minor units, not 10.5"),
        ("tax_rate", 662.5, "must be an integer in hundredths of a percent (6.625 % is 663), not 662.5"),
        ("total_amount", "1000", "must be an integer in minor units, not '1000'"),
        ("total_tax_amount", 1.5, "must be an integer in minor units, not 1.5"),
        ("quantity", True, "must be an integer (fractional quantities are refused), not True"),
    ],
)
def test_a_non_integer_value_is_an_error_naming_the_unit(field: str, value: Any, said: str) -> None:
    problems = errors(order({"name": "x", "quantity": 1, "unit_price": 1000, "total_amount": 1000, field: value}))
    assert f"order_lines[0].{field}" in paths(problems)
    assert next(p.message for p in problems if p.path == f"order_lines[0].{field}") == f"order_lines[0].{field}: {said}"


def test_a_fractional_discount_is_an_error_in_minor_units() -> None:
    line = {"name": "x", "quantity": 1, "unit_price": 1000, "total_amount": 1000, "total_discount_amount": 0.5}
    (problem,) = errors(order(line))
    assert problem.message == "order_lines[0].total_discount_amount: must be an integer in minor units, not 0.5"


def test_an_integer_tax_rate_of_6_625_percent_passes() -> None:
    line = {
        "name": "x",
        "quantity": 1,
        "unit_price": 10663,
        "total_amount": 10663,
        "tax_rate": 663,
        "total_tax_amount": 663,
    }
    assert errors(order(line, country="DE", currency="EUR", locale="de-DE")) == []


@pytest.mark.parametrize(("field", "value"), [("quantity", -1), ("tax_rate", 10001), ("tax_rate", -1)])
def test_a_value_out_of_range_is_an_error(field: str, value: int) -> None:
    line = {"name": "x", "quantity": 1, "unit_price": 1000, "total_amount": 1000, field: value}
    assert f"order_lines[0].{field}" in paths(errors(order(line)))


def test_a_float_order_amount_is_an_error_naming_the_unit() -> None:
    (problem,) = errors(order(DISCOUNTED_TSHIRT, order_amount=25000.0))
    assert problem.message == "order_amount: must be an integer in minor units, not 25000.0"


def test_a_float_order_tax_amount_is_an_error_naming_the_unit() -> None:
    (problem,) = errors(order(DISCOUNTED_TSHIRT, order_tax_amount=5000.0))
    assert problem.message == "order_tax_amount: must be an integer in minor units, not 5000.0"


# Sweden's 6 %: 10600 gross holds exactly 600 tax, so 599 and 601 are the ±1 Klarna allows.
@pytest.mark.parametrize(("tax", "allowed"), [(599, True), (600, True), (601, True), (598, False), (602, False)])
def test_a_line_tax_exactly_one_off_the_calculated_value_is_allowed(tax: int, allowed: bool) -> None:
    line = {"name": "Bok", "quantity": 1, "unit_price": 10600, "total_amount": 10600, "tax_rate": 600}
    problems = paths(errors(order({**line, "total_tax_amount": tax})))
    assert ("order_lines[0].total_tax_amount" not in problems) is allowed


# At 0.01 %, 10000 gross holds 0.9999 tax: 2 is one and a ten-thousandth off, just past the ±1.
def test_a_line_tax_a_fraction_more_than_one_off_is_an_error() -> None:
    line = {"name": "Bok", "quantity": 1, "unit_price": 10000, "total_amount": 10000, "tax_rate": 1}
    assert "order_lines[0].total_tax_amount" not in paths(errors(order({**line, "total_tax_amount": 0})))
    assert "order_lines[0].total_tax_amount" in paths(errors(order({**line, "total_tax_amount": 2})))


# Order level


def test_an_order_amount_one_minor_unit_off_the_sum_is_an_error() -> None:
    (problem,) = errors(order(DISCOUNTED_TSHIRT, TEN_PERCENT_LINE, order_amount=74999))
    assert problem.path == "order_amount"
    assert (problem.expected, problem.actual) == (75000, 74999)


def test_an_order_tax_within_the_item_tolerance_is_a_warning() -> None:
    problems = check_order(order(DISCOUNTED_TSHIRT, SE_FOOD_LINE, order_tax_amount=10358))
    assert [(p.path, p.severity) for p in problems] == [("order_tax_amount", "warning")]


def test_an_order_tax_beyond_the_item_tolerance_is_an_error() -> None:
    (problem,) = errors(order(DISCOUNTED_TSHIRT, SE_FOOD_LINE, order_tax_amount=10360))
    assert problem.path == "order_tax_amount"
    assert problem.expected == 10357


def without_tax_amount(body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if key != "order_tax_amount"}


def test_an_absent_order_tax_amount_while_the_lines_carry_tax_is_an_error_like_a_wrong_one() -> None:
    body = without_tax_amount(order(DISCOUNTED_TSHIRT))
    (problem,) = check_order(body)
    assert (problem.path, problem.severity) == ("order_tax_amount", "error")
    assert (problem.expected, problem.actual) == (5000, None)
    assert problem.message == (
        "order_tax_amount: should be 5000 (the sum of order_lines[].total_tax_amount), "
        "not absent (Klarna takes it as 0); Klarna allows ±1 here"
    )
    assert paths(check_order({**body, "order_tax_amount": 0})) == ["order_tax_amount"]


def test_an_absent_order_tax_amount_within_the_item_tolerance_is_a_warning() -> None:
    line = {"name": "Gum", "quantity": 1, "unit_price": 10, "total_amount": 10, "tax_rate": 1200, "total_tax_amount": 1}
    (problem,) = check_order(without_tax_amount(order(line)))
    assert (problem.path, problem.severity) == ("order_tax_amount", "warning")


def test_an_absent_order_tax_amount_with_untaxed_lines_passes() -> None:
    line = {"name": "Gift wrap", "quantity": 1, "unit_price": 500, "total_amount": 500}
    assert check_order(without_tax_amount(order(line))) == []


def test_an_absent_us_order_tax_amount_while_a_sales_tax_line_carries_tax_is_an_error() -> None:
    body = without_tax_amount(order(*US_LINES, country="US", currency="USD", locale="en-US"))
    (problem,) = errors(body)
    assert (problem.path, problem.expected, problem.actual) == ("order_tax_amount", 1000, None)
    assert "not absent (Klarna takes it as 0)" in problem.message


def test_a_session_update_without_order_amount_is_not_held_to_an_order_tax_amount() -> None:
    # update_credit_session sends the fields that change; neither total changes here.
    assert check_order({"order_lines": [DISCOUNTED_TSHIRT]}) == []


def test_create_order_refuses_an_absent_order_tax_amount_and_sends_nothing() -> None:
    recorder = Recorder(ORDER_OK)
    with sync_sdk(recorder) as sdk, pytest.raises(OrderRuleError, match="order_tax_amount: should be 5000"):
        sdk.orders.create_order(TOKEN, without_tax_amount(order(DISCOUNTED_TSHIRT)))
    assert recorder.requests == []


@pytest.mark.parametrize(("count", "bound"), [(0, 1), (1001, 1000)])
def test_an_order_needs_one_to_a_thousand_lines(count: int, bound: int) -> None:
    line = {"name": "x", "quantity": 1, "unit_price": 1, "total_amount": 1}
    [problem] = [problem for problem in errors(order(*[line] * count)) if problem.path == "order_lines"]
    assert (problem.expected, problem.actual) == (bound, count)
    assert problem.message == f"order_lines: must hold 1 to 1000 lines, not {count}"


def test_a_thousand_lines_are_allowed() -> None:
    line = {"name": "x", "quantity": 1, "unit_price": 1, "total_amount": 1}
    assert errors(order(*[line] * 1000)) == []


# The US: sales tax on a line of its own


US_LINES = [
    {"type": "physical", "name": "Shoes", "quantity": 1, "unit_price": 20000, "total_amount": 20000},
    {"type": "sales_tax", "name": "Sales Tax", "quantity": 1, "unit_price": 1000, "total_amount": 1000},
]


def test_klarnas_us_example_passes() -> None:
    body = order(*US_LINES, country="US", currency="USD", locale="en-US", order_tax_amount=1000)
    assert (body["order_amount"], check_order(body)) == (21000, [])


def test_a_us_line_with_a_tax_rate_is_an_error() -> None:
    line = {"name": "Shoes", "quantity": 1, "unit_price": 21325, "total_amount": 21325, "tax_rate": 663,
            "total_tax_amount": 1325}  # fmt: skip
    body = order(line, country="US", currency="USD", locale="en-US")
    assert paths(errors(body)) == ["order_tax_amount", "order_lines[0].tax_rate"]


def test_a_us_order_tax_that_is_not_the_sales_tax_line_is_an_error() -> None:
    body = order(*US_LINES, country="US", currency="USD", locale="en-US", order_tax_amount=0)
    (problem,) = errors(body)
    assert (problem.path, problem.expected) == ("order_tax_amount", 1000)


def test_a_body_without_a_country_in_a_currency_only_the_us_uses_follows_the_us_rules() -> None:
    body = order(*US_LINES, currency="USD", order_tax_amount=1000)  # a recurring order on a customer token
    del body["purchase_country"], body["locale"]
    assert check_order(body) == []
    (problem,) = errors({**body, "order_tax_amount": 0})
    assert (problem.path, problem.expected) == ("order_tax_amount", 1000)


def test_a_body_without_a_country_in_a_currency_of_elsewhere_follows_the_line_tax_rules() -> None:
    body = order(TEN_PERCENT_LINE, currency="EUR")
    del body["purchase_country"], body["locale"]
    assert check_order(body) == []
    assert paths(errors({**body, "order_tax_amount": 0})) == ["order_tax_amount"]


# Order Management bodies

RETURN_FEE_LINE = {"type": "return_fee", "name": "Return fee", "quantity": 1, "unit_price": -500, "total_amount": -500}
RETURNED_LINE = {"type": "physical", "name": "Shoes", "quantity": 1, "unit_price": 2000, "total_amount": 2000}


def test_a_refund_with_a_return_fee_is_the_sum_of_its_lines() -> None:
    assert check_refund({"refunded_amount": 1500, "order_lines": [RETURNED_LINE, RETURN_FEE_LINE]}) == []


def test_a_refund_with_a_return_fee_that_is_not_its_lines_is_an_error() -> None:
    (problem,) = check_refund({"refunded_amount": 2000, "order_lines": [RETURNED_LINE, RETURN_FEE_LINE]})
    assert (problem.path, problem.expected, problem.actual, problem.severity) == (
        "refunded_amount",
        1500,
        2000,
        "error",
    )


def test_a_refund_without_a_return_fee_may_refund_less_than_its_lines() -> None:
    assert check_refund({"refunded_amount": 100, "order_lines": [RETURNED_LINE]}) == []


def test_a_new_authorization_without_lines_is_a_warning() -> None:
    (problem,) = check_authorization_update({"order_amount": 900})
    assert (problem.path, problem.severity) == ("order_lines", "warning")
    assert problem.message == (
        "order_lines: absent: Klarna replaces the order's lines with none; send the lines of the new amount"
    )
    assert check_authorization_update({"order_amount": 2000, "order_lines": [RETURNED_LINE]}) == []


def test_an_operation_offers_preflight_exactly_when_its_body_has_rules() -> None:
    import inspect

    with sync_sdk(Recorder(ORDER_OK)) as sdk:
        offered = {
            operation.name: "preflight"
            in inspect.signature(getattr(getattr(sdk, operation.resource), operation.name)).parameters
            for operation in _spec.OPERATIONS.values()
        }
    checked = {
        operation.name: operation.body is not None and _spec.MODELS[operation.body].rules is not None
        for operation in _spec.OPERATIONS.values()
    }
    assert offered == checked
    assert any(checked.values()) and not all(checked.values())


# Markets: a warning, never an error


@pytest.mark.parametrize(
    ("country", "currency", "locale", "warned"),
    [
        ("SE", "SEK", "sv-SE", []),
        ("CH", "CHF", "it-CH", []),
        ("SE", "EUR", "sv-SE", ["purchase_currency"]),
        ("SE", "SEK", "en-US", ["locale"]),
        ("XX", "SEK", "sv-SE", ["purchase_country"]),
        ("se", "sek", "SV-se", []),
    ],
)
def test_an_unlisted_market_combination_is_a_warning(
    country: str, currency: str, locale: str, warned: list[str]
) -> None:
    untaxed = {"name": "Gift wrap", "quantity": 1, "unit_price": 500, "total_amount": 500}  # at any country's rate
    problems = check_order(order(untaxed, country=country, currency=currency, locale=locale))
    assert [(p.path, p.severity) for p in problems] == [(path, "warning") for path in warned]


# Customer tokens


def test_a_token_body_whose_billing_country_differs_is_an_error_on_purchase_country() -> None:
    body = {**TOKEN_BODY, "billing_address": {"country": "NO"}}
    (problem,) = check_customer_token(body)
    assert (problem.path, problem.severity) == ("purchase_country", "error")
    assert "NO" in problem.message


def test_a_token_body_in_a_listed_market_passes() -> None:
    assert check_customer_token({**TOKEN_BODY, "billing_address": {"country": "se"}}) == []


# Form of the report


def test_every_problem_is_reported_at_once_in_body_order() -> None:
    bad_line = {**DISCOUNTED_TSHIRT, "total_amount": 30000}
    rest = order(SE_FOOD_LINE, bad_line, currency="EUR")
    body = {"order_amount": 1, **{key: value for key, value in rest.items() if key != "order_amount"}}
    assert paths(check_order(body)) == [
        "order_amount",
        "purchase_currency",
        "order_lines[1].total_amount",
        "order_lines[1].total_tax_amount",
    ]


def test_problems_within_a_line_follow_the_lines_field_order() -> None:
    line = {"tax_rate": 10001, "name": "x", "quantity": -1, "unit_price": 1000, "total_amount": 1000}
    assert paths(errors(order(line))) == ["order_lines[0].tax_rate", "order_lines[0].quantity"]


def test_an_unusable_line_amount_before_a_usable_line_leaves_order_amount_unjudged() -> None:
    # A sum without the first line would differ from order_amount: an error the body does not have.
    unusable = {"name": "x", "quantity": 1, "unit_price": 1000, "total_amount": "1000"}
    usable = {"name": "y", "quantity": 1, "unit_price": 500, "total_amount": 500}
    assert paths(errors(order(unusable, usable, order_amount=1500))) == ["order_lines[0].total_amount"]


def test_an_unusable_line_tax_before_a_usable_line_leaves_order_tax_amount_unjudged() -> None:
    usable = {"name": "y", "quantity": 1, "unit_price": 500, "total_amount": 500, "total_tax_amount": 100}
    body = order(usable, usable, order_tax_amount=200)
    body["order_lines"][0] = {**usable, "total_tax_amount": "100"}
    assert paths(errors(body)) == ["order_lines[0].total_tax_amount"]


def test_a_line_that_is_not_an_object_leaves_the_sums_unjudged() -> None:
    usable = {"name": "y", "quantity": 1, "unit_price": 500, "total_amount": 500, "total_tax_amount": 100}
    body = order(usable, order_amount=1500, order_tax_amount=900)
    body["order_lines"] = ["not a line", usable]
    assert check_order(body) == []  # the body check names the string; no sum is known


@pytest.mark.parametrize("lines", ["", "T-shirt", 5], ids=repr)
def test_order_lines_that_are_not_a_list_are_left_to_the_body_check(lines: object) -> None:
    assert check_order({**order(DISCOUNTED_TSHIRT), "order_lines": lines}) == []


def test_order_lines_in_a_tuple_are_checked_like_the_list() -> None:
    body = order(DISCOUNTED_TSHIRT, order_amount=1)
    assert check_order({**body, "order_lines": tuple(body["order_lines"])}) == check_order(body) != []


def test_a_mapping_that_is_not_a_dict_is_checked_like_the_dict() -> None:
    body = order({**TEN_PERCENT_LINE, "total_tax_amount": 5000}, order_amount=1)
    assert check_order(MappingProxyType(body)) == check_order(body) != []


def test_a_model_body_is_checked_like_the_dict() -> None:
    body = order({**TEN_PERCENT_LINE, "total_tax_amount": 5000})
    assert check_order(CreateOrderRequest.from_dict(body)) == check_order(body)


def test_a_problem_is_immutable_and_hashable() -> None:
    (problem,) = errors(order(DISCOUNTED_TSHIRT, order_amount=1))
    assert problem in {problem}
    with pytest.raises(AttributeError):
        problem.path = "elsewhere"  # type: ignore[misc]


def test_a_problems_message_is_one_line_starting_with_its_path() -> None:
    for problem in check_order(order({**DISCOUNTED_TSHIRT, "total_amount": 1}, order_amount=7, currency="NOK")):
        assert problem.message.startswith(problem.path + ": ")
        assert "\n" not in problem.message


# Through the SDK


ORDER_OK = json_response(200, {"order_id": "o-1"})


def test_create_order_refuses_a_body_that_breaks_the_rules_and_sends_nothing() -> None:
    recorder = Recorder(ORDER_OK)
    body = order({**TEN_PERCENT_LINE, "total_tax_amount": 5000}, order_amount=1)
    with sync_sdk(recorder) as sdk, pytest.raises(OrderRuleError) as caught:
        sdk.orders.create_order(TOKEN, body)
    assert recorder.requests == []
    assert paths(caught.value.problems) == ["order_amount", "order_lines[0].total_tax_amount"]
    assert str(caught.value).splitlines()[1:] == [f"  {p.message}" for p in caught.value.problems]
    assert isinstance(caught.value, ValueError)


def test_purchase_token_checks_the_token_rules() -> None:
    recorder = Recorder(json_response(200, {"token_id": "t"}))
    with sync_sdk(recorder) as sdk, pytest.raises(OrderRuleError, match="purchase_country"):
        sdk.orders.purchase_token(TOKEN, {**TOKEN_BODY, "billing_address": {"country": "NO"}})
    assert recorder.requests == []


@pytest.mark.parametrize("where", ["call", "with_options", "constructor"])
def test_preflight_off_sends_a_body_the_check_would_refuse(where: str) -> None:
    recorder = Recorder(ORDER_OK)
    body = order(DISCOUNTED_TSHIRT, order_amount=1)
    with sync_sdk(recorder, preflight=where != "constructor") as sdk:
        if where == "call":
            sdk.orders.create_order(TOKEN, body, preflight=False)
        elif where == "with_options":
            sdk.with_options(preflight=False).orders.create_order(TOKEN, body)
        else:
            sdk.orders.create_order(TOKEN, body)
    assert len(recorder.requests) == 1


def test_warnings_are_logged_once_with_paths_and_numbers_only(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="klarna_payments")
    body = {**order(DISCOUNTED_TSHIRT, currency="EUR"), "billing_address": {"given_name": "Jane", "email": "j@x.se"}}
    with sync_sdk(Recorder(ORDER_OK)) as sdk:
        sdk.orders.create_order(TOKEN, body)
    (warning,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "purchase_currency" in warning.getMessage()
    assert "Jane" not in caplog.text and "j@x.se" not in caplog.text


def test_refund_order_refuses_a_return_fee_refund_that_is_not_its_lines_and_sends_nothing() -> None:
    recorder = Recorder(json_response(201, None))
    body = {"refunded_amount": 2000, "order_lines": [RETURNED_LINE, RETURN_FEE_LINE]}
    with sync_sdk(recorder) as sdk, pytest.raises(OrderRuleError, match="refunded_amount"):
        sdk.order_management.refund_order("order-1", body)
    assert recorder.requests == []


def test_customer_token_order_in_usd_takes_its_tax_on_a_sales_tax_line() -> None:
    recorder = Recorder(json_response(200, {"order_id": "o-1", "fraud_status": "ACCEPTED"}))
    body = {"purchase_currency": "USD", "order_amount": 21000, "order_tax_amount": 1000, "order_lines": US_LINES}
    with sync_sdk(recorder) as sdk:
        sdk.customer_tokens.create_customer_token_order("token-1", body)
    assert len(recorder.requests) == 1


async def test_async_create_order_refuses_a_body_that_breaks_the_rules() -> None:
    recorder = Recorder(ORDER_OK)
    async with async_sdk(recorder) as sdk:
        with pytest.raises(OrderRuleError):
            await sdk.orders.create_order(TOKEN, order(DISCOUNTED_TSHIRT, order_amount=1))
        await sdk.orders.create_order(TOKEN, order(DISCOUNTED_TSHIRT, order_amount=1), preflight=False)
    assert len(recorder.requests) == 1
