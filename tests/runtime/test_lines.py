"""Line builders: totals derived with Klarna's formula, in integers, so that correct lines are the easy ones."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from klarna_payments import lines
from klarna_payments.preflight import check_order


def test_an_item_derives_its_total_and_backs_the_tax_out_of_the_gross() -> None:
    line = lines.item("T-shirt", quantity=1, unit_price=30000, tax_rate=2500, discount=5000)
    assert line == {
        "type": "physical",
        "name": "T-shirt",
        "quantity": 1,
        "unit_price": 30000,
        "tax_rate": 2500,
        "total_amount": 25000,
        "total_discount_amount": 5000,
        "total_tax_amount": 5000,
    }


def test_a_ten_percent_line_of_50000_carries_4545_tax() -> None:
    assert lines.item("Book", quantity=1, unit_price=50000, tax_rate=1000)["total_tax_amount"] == 4545


def test_tax_rounds_to_the_nearest_minor_unit() -> None:
    assert lines.item("x", quantity=1, unit_price=10663, tax_rate=663)["total_tax_amount"] == 663  # 662.997…
    assert lines.item("x", quantity=1, unit_price=1, tax_rate=10000)["total_tax_amount"] == 1  # 0.5 rounds up


def test_a_discount_is_a_negative_line_at_the_rate_of_the_goods() -> None:
    line = lines.discount("Welcome", amount=1000, tax_rate=2500)
    assert (line["type"], line["unit_price"], line["total_amount"], line["total_tax_amount"]) == (
        "discount",
        -1000,
        -1000,
        -200,
    )


@pytest.mark.parametrize(
    ("builder", "line_type"), [(lines.gift_card, "gift_card"), (lines.store_credit, "store_credit")]
)
def test_gift_cards_and_store_credit_are_negative_lines_without_tax(builder: Any, line_type: str) -> None:
    line = builder("Paid", amount=3000)
    assert (line["type"], line["total_amount"], line["tax_rate"], line["total_tax_amount"]) == (line_type, -3000, 0, 0)


@pytest.mark.parametrize(
    ("builder", "line_type"), [(lines.shipping_fee, "shipping_fee"), (lines.surcharge, "surcharge")]
)
def test_fees_are_one_line_at_their_own_rate(builder: Any, line_type: str) -> None:
    line = builder("Fee", amount=4900, tax_rate=2500)
    assert (line["type"], line["quantity"], line["total_amount"], line["total_tax_amount"]) == (line_type, 1, 4900, 980)


def test_the_us_sales_tax_line_carries_no_rate() -> None:
    assert lines.sales_tax(amount=1325) == {
        "type": "sales_tax",
        "name": "Sales Tax",
        "quantity": 1,
        "unit_price": 1325,
        "tax_rate": 0,
        "total_amount": 1325,
        "total_discount_amount": 0,
        "total_tax_amount": 0,
    }


def test_totals_sum_the_lines_and_count_a_sales_tax_line_as_tax() -> None:
    eu = [
        lines.item("a", quantity=2, unit_price=12500, tax_rate=2500),
        lines.shipping_fee("s", amount=4900, tax_rate=2500),
    ]
    assert lines.totals(eu) == {"order_amount": 29900, "order_tax_amount": 5980}
    us = [lines.item("a", quantity=1, unit_price=20000, tax_rate=0), lines.sales_tax(amount=1000)]
    assert lines.totals(us) == {"order_amount": 21000, "order_tax_amount": 1000}


def test_further_fields_pass_through() -> None:
    line = lines.item("Kaffe", quantity=1, unit_price=100, tax_rate=0, reference="K-1", quantity_unit="pcs")
    assert (line["reference"], line["quantity_unit"]) == ("K-1", "pcs")


def test_a_field_the_builder_derives_cannot_be_passed() -> None:
    with pytest.raises(ValueError, match="total_amount: derived by the builder"):
        lines.item("x", quantity=1, unit_price=100, tax_rate=0, total_amount=99)


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"quantity": 0.5, "unit_price": 100, "tax_rate": 0}, TypeError, "quantity must be an int"),
        ({"quantity": 1, "unit_price": 9.99, "tax_rate": 0}, TypeError, "unit_price must be an int"),
        ({"quantity": 1, "unit_price": 100, "tax_rate": 662.5}, TypeError, "6.625 % is 663"),
        ({"quantity": -1, "unit_price": 100, "tax_rate": 0}, ValueError, "quantity must be at least 0"),
        ({"quantity": 1, "unit_price": 100, "tax_rate": 10001}, ValueError, "tax_rate must be at most 10000"),
        ({"quantity": 1, "unit_price": 100, "tax_rate": 0, "discount": -5}, ValueError, "discount must be at least 0"),
    ],
)
def test_a_value_that_is_not_a_whole_amount_or_rate_is_refused(
    arguments: dict[str, Any], error: type, message: str
) -> None:
    with pytest.raises(error, match=message):
        lines.item("x", **arguments)


@pytest.mark.parametrize("builder", [lines.item, lines.shipping_fee, lines.surcharge, lines.discount])
@pytest.mark.parametrize("rate", [1, 25, 99])
def test_a_tax_rate_of_1_to_99_is_refused_saying_2500_means_25_percent(builder: Any, rate: int) -> None:
    amounts = {"quantity": 2, "unit_price": 12500} if builder is lines.item else {"amount": 4900}
    with pytest.raises(ValueError, match=f"2500 means 25 %: {rate} would be {rate / 100:g} %") as raised:
        builder("Kaffe", tax_rate=rate, **amounts)
    assert f"for {rate} % pass {rate * 100}" in str(raised.value)


@pytest.mark.parametrize("rate", [0, 100, 2500])
def test_a_tax_rate_of_0_or_from_100_is_taken(rate: int) -> None:
    assert lines.item("Kaffe", quantity=1, unit_price=1000, tax_rate=rate)["tax_rate"] == rate


RATES = st.sampled_from([0, 600, 663, 1000, 1200, 1900, 2000, 2500]) | st.integers(100, 10000)  # never 1 to 99
GERMAN_RATES = st.sampled_from([0, 700, 1900])


@st.composite
def eu_cart(draw: st.DrawFn, rates: st.SearchStrategy[int] = RATES) -> list[Any]:
    cart: list[Any] = []
    for _ in range(draw(st.integers(1, 8))):
        rate = draw(rates)
        quantity, price = draw(st.integers(0, 20)), draw(st.integers(0, 2_000_000))
        discount = draw(st.integers(0, quantity * price))
        item = lines.item("item", quantity=quantity, unit_price=price, tax_rate=rate, discount=discount)
        cart.append(item)
        if item["total_amount"] and draw(st.booleans()):  # a discount line at the goods' rate
            cart.append(lines.discount("off", amount=draw(st.integers(0, item["total_amount"])), tax_rate=rate))
    if draw(st.booleans()):
        cart.append(lines.shipping_fee("ship", amount=draw(st.integers(0, 10_000)), tax_rate=draw(rates)))
    if draw(st.booleans()):
        cart.append(lines.surcharge("fee", amount=draw(st.integers(0, 5_000)), tax_rate=draw(rates)))
    paid = lines.totals(cart)["order_amount"]
    if paid and draw(st.booleans()):
        cart.append(lines.gift_card("card", amount=draw(st.integers(0, paid))))
    paid = lines.totals(cart)["order_amount"]
    if paid and draw(st.booleans()):
        cart.append(lines.store_credit("credit", amount=draw(st.integers(0, paid))))
    return cart


@st.composite
def us_cart(draw: st.DrawFn) -> list[Any]:
    cart: list[Any] = [
        lines.item("item", quantity=draw(st.integers(0, 20)), unit_price=draw(st.integers(0, 2_000_000)), tax_rate=0)
        for _ in range(draw(st.integers(1, 6)))
    ]
    return [*cart, lines.sales_tax(amount=draw(st.integers(0, 500_000)))]


@given(cart=eu_cart(GERMAN_RATES))
def test_every_eu_body_built_from_builders_at_the_countrys_rates_passes_the_order_rules(cart: list[Any]) -> None:
    body = {"purchase_country": "DE", "purchase_currency": "EUR", "locale": "de-DE", "order_lines": cart}
    assert check_order({**body, **lines.totals(cart)}) == []


@given(cart=eu_cart())
def test_every_eu_body_built_from_builders_at_any_rate_keeps_the_rules_klarna_enforces(cart: list[Any]) -> None:
    body = {"purchase_country": "DE", "purchase_currency": "EUR", "locale": "de-DE", "order_lines": cart}
    problems = check_order({**body, **lines.totals(cart)})
    assert [problem for problem in problems if problem.severity == "error"] == []


@given(cart=us_cart())
def test_every_us_body_built_from_builders_passes_the_order_rules(cart: list[Any]) -> None:
    body = {"purchase_country": "US", "purchase_currency": "USD", "locale": "en-US", "order_lines": cart}
    assert check_order({**body, **lines.totals(cart)}) == []


# The builders' keywords follow the document


def test_line_fields_are_the_optional_line_fields_the_builders_do_not_derive() -> None:
    from klarna_payments.lines import LineFields
    from klarna_payments.params import OrderLineParam

    derived = {"name", "type", "quantity", "unit_price", "tax_rate", "total_amount", "total_tax_amount"}
    derived.add("total_discount_amount")
    assert set(LineFields.__annotations__) == set(OrderLineParam.__annotations__) - derived
