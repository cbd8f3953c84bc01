"""The fast paths of the checks agree with the slow ones they stand in for.

A 1000-line order is checked on every call, so both the body checks (`_validation`: one
generated loop per model) and the order rules (`_line_rules.sound_lines`) take a short way for
the common case and leave anything else to the code that names the problem. A fast path that
passed what the slow one refuses would send a body Klarna rejects; these properties hold them
to each other over lines mutated in every field with values of every kind.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from klarna_payments import _line_rules, _markets, _validation, lines, preflight
from klarna_payments._spec import MODELS

from tests.support.payloads import ORDER_BODY

LINE: dict[str, Any] = dict(
    lines.item(
        "Kaffe 500 g",
        quantity=2,
        unit_price=12500,
        tax_rate=2500,
        reference="KAFFE-500",
        quantity_unit="pcs",
        product_url="https://shop.example.com/kaffe",
    )
)
ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.sampled_from([-1, 0, 1, 10000, 10001, 200000000, 200000001]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["", "x" * 8, "x" * 9, "x" * 255, "x" * 256, "x" * 1025, "sales_tax", "subscription"]),
    st.just({}),
    st.just([]),
)
FIELDS = st.sampled_from([*MODELS["OrderLine"].fields, "refrence", "unknown"])


@st.composite
def sound_lines(draw: st.DrawFn) -> dict[str, Any]:
    """A line keeping every rule: its amounts derived from a drawn quantity, price, discount and rate."""
    quantity = draw(st.integers(min_value=0, max_value=50))
    unit_price = draw(st.integers(min_value=-(10**6), max_value=10**6))
    discount = draw(st.integers(min_value=0, max_value=10**5))
    total = quantity * unit_price - discount
    line = {**LINE, "quantity": quantity, "unit_price": unit_price, "total_amount": total}
    line["type"] = draw(st.sampled_from(["physical", "discount", "sales_tax", "shipping_fee"]))
    line["total_discount_amount"] = discount
    # Any rate, Sweden's and Germany's (listed or not, depending on the body's country), and a
    # percent written as such (25 for 25 %).
    rate = draw(st.none() | st.integers(0, 10000) | st.sampled_from([0, 25, 99, 100, 600, 700, 1200, 1900, 2500]))
    if rate is None:
        del line["tax_rate"]
        line["total_tax_amount"] = draw(st.integers(min_value=0, max_value=100))
    else:
        line["tax_rate"] = rate
        line["total_tax_amount"] = preflight.tax_of(total, rate) + draw(st.sampled_from([-1, 0, 1]))
    return line


@st.composite
def mutated_lines(draw: st.DrawFn) -> dict[str, Any]:
    line = draw(sound_lines())
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        key = draw(FIELDS)
        if draw(st.booleans()) and key in line:
            del line[key]
        else:
            line[key] = draw(ODD_VALUES)
    return line


def slow_body_problems(model: str, data: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """`body_problems` with every compiled check sending every item the slow way."""
    plan = _validation._plan

    def slow_plan(name: str) -> Any:
        return dataclasses.replace(plan(name), check=lambda items, start: start if start < len(items) else -1)

    with monkeypatch.context() as patched:
        patched.setattr(_validation, "_plan", slow_plan)
        return _validation.body_problems(model, data, "", [])


@settings(max_examples=400, deadline=None)
@given(line=mutated_lines())
def test_a_line_the_compiled_check_passes_has_no_problem_the_slow_walk_finds(line: dict[str, Any]) -> None:
    if _validation._plan("OrderLine").check([line], 0) >= 0:
        return  # left to the slow walk anyway
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert slow_body_problems("OrderLine", line, monkeypatch) == []


@settings(max_examples=200, deadline=None)
@given(line=mutated_lines())
def test_an_order_the_compiled_check_passes_has_no_problem_the_slow_walk_finds(line: dict[str, Any]) -> None:
    body = {**ORDER_BODY, "order_lines": [LINE, line]}
    if _validation._plan("CreateOrderRequest").check([body], 0) >= 0:
        return
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert slow_body_problems("CreateOrderRequest", body, monkeypatch) == []


COUNTRIES = st.sampled_from(["SE", "DE", "US", "CA"])  # with VAT rates listed, sales tax, none listed


@settings(max_examples=400, deadline=None)
@given(lines=st.lists(mutated_lines(), min_size=1, max_size=4), country=COUNTRIES)
def test_the_sums_of_sound_lines_are_the_sums_the_line_by_line_rules_find(lines: list[Any], country: str) -> None:
    us, vat = country == "US", _markets.vat_of(country)
    sums = _line_rules.sound_lines(lines, us, vat.rates if vat is not None else None)
    if sums is None:
        return  # every line gets _check_line
    findings = preflight._Findings()
    assert preflight._check_lines(findings, lines, us, vat) == (sums, True, True)
    assert findings.problems == []


def test_the_compiled_check_passes_a_documented_line_and_stops_at_the_first_that_is_not() -> None:
    check = _validation._plan("OrderLine").check
    lines = [LINE, LINE, {**LINE, "quantity": 2.0}, LINE, {**LINE, "refrence": "x"}]
    assert check(lines, 0) == 2
    assert check(lines, 3) == 4
    assert check(lines[:2], 0) == -1


@settings(max_examples=400, deadline=None)
@given(lines=st.lists(mutated_lines(), min_size=1, max_size=4), country=COUNTRIES)
def test_the_one_pass_over_the_lines_finds_what_the_checks_and_the_rules_find(lines: list[Any], country: str) -> None:
    body = {**ORDER_BODY, "purchase_country": country, "order_lines": lines}
    rules = preflight.RULES["order"]
    sums = _validation._lines_passing("CreateOrderRequest", body, rules)
    if sums is None:
        return  # the two passes, as before
    vat = _markets.vat_of(country)
    assert _line_rules.sound_lines(lines, country == "US", vat.rates if vat is not None else None) == sums
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert [slow_body_problems("OrderLine", line, monkeypatch) for line in lines] == [[]] * len(lines)
    assert rules.check_with_sums is not None
    assert rules.check_with_sums(body, sums) == preflight.check_order(body)


def test_the_one_pass_stops_at_a_line_that_breaks_a_rule() -> None:
    lines = [LINE, {**LINE, "total_amount": 24999}]
    body = {**ORDER_BODY, "order_lines": lines}
    assert _validation._lines_passing("CreateOrderRequest", body, preflight.RULES["order"]) is None
    assert _validation._lines_passing(
        "CreateOrderRequest", {**ORDER_BODY, "order_lines": [LINE]}, preflight.RULES["order"]
    )


def test_the_one_pass_is_not_used_once_the_document_stops_typing_an_amount_as_an_integer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The line rules take the amounts to be integers; a `number` quantity must be checked by the
    # rules themselves (which refuse fractions), so the one pass must stand aside.
    order_line = MODELS["OrderLine"]
    fields = {**order_line.fields, "quantity": order_line.fields["quantity"]._replace(type="number")}
    monkeypatch.setitem(_validation.MODELS, "OrderLine", order_line._replace(fields=fields))
    _validation._fused_lines_check.cache_clear()
    try:
        body = {**ORDER_BODY, "order_lines": [LINE]}
        assert _validation._lines_passing("CreateOrderRequest", body, preflight.RULES["order"]) is None
    finally:
        _validation._fused_lines_check.cache_clear()
