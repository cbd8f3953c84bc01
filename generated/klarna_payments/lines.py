"""Order lines with their totals derived, so that correct lines are the easy ones to write.

Each builder returns an ``OrderLineParam`` dict: amounts are integers in minor units (never
floats), tax rates in hundredths of a percent (2500 = 25 %; 1 to 99 is refused: it is 25 meant as
25 %), and prices include tax. The tax
of a line is backed out of its gross total with Klarna's formula, in integer arithmetic,
rounded to the nearest minor unit::

    from klarna_payments import lines

    cart = [
        lines.item("Kaffe 500 g", quantity=2, unit_price=12500, tax_rate=1200),
        lines.shipping_fee("Postnord", amount=4900, tax_rate=2500),
        lines.discount("Welcome -10 %", amount=2500, tax_rate=1200),
    ]
    amounts = lines.totals(cart)
    body: CreateOrderRequestParam = {"purchase_country": "SE", "purchase_currency": "SEK",
        "locale": "sv-SE", "order_lines": cart, "order_amount": amounts["order_amount"],
        "order_tax_amount": amounts["order_tax_amount"]}

Discounts, gift cards and store credit are negative lines. A discount takes the tax rate of the
goods it discounts (one discount line per rate in a mixed-rate cart); gift cards and store
credit carry no tax. In the US, tax is not on the lines but on one ``sales_tax`` line.
Further line fields are keywords of every builder (``reference=``, ``quantity_unit=``,
``product_url=``, ...; `LineFields`), typed, so a type checker catches a misspelt one; one given
as ``None`` is left out. Index `totals` into a body (``amounts["order_amount"]``): a type
checker cannot follow ``**`` of one TypedDict into another.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypedDict, Unpack

from ._line_rules import MAX_TAX_RATE, PERCENT_SLIP_MAX, tax_of
from .params import OrderLineParam, ProductIdentifiersParam, SubscriptionParam

__all__ = [
    "LineFields",
    "Totals",
    "discount",
    "gift_card",
    "item",
    "sales_tax",
    "shipping_fee",
    "store_credit",
    "surcharge",
    "totals",
]


class LineFields(TypedDict, total=False):
    """The order line fields a builder does not derive, as keywords of every builder.

    The optional fields of ``OrderLineParam`` other than the amounts, quantity, tax rate, name
    and type (tests/runtime/test_lines.py holds the two together as the document changes).
    """

    reference: str
    quantity_unit: str
    merchant_data: str
    product_url: str
    image_url: str
    product_identifiers: ProductIdentifiersParam
    subscription: SubscriptionParam


_DERIVED = frozenset(
    {"quantity", "unit_price", "total_amount", "total_tax_amount", "total_discount_amount", "tax_rate"}
)


def _integer(name: str, value: object, *, minimum: int | None = 0, maximum: int | None = None) -> int:
    if type(value) is not int:
        unit = " (hundredths of a percent: 6.625 % is 663)" if name == "tax_rate" else " (minor units)"
        raise TypeError(f"{name} must be an int{unit}, not {value!r}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, not {value}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be at most {maximum}, not {value}")
    return value


def _tax_rate(value: object) -> int:
    """`value` as a tax rate: an int of hundredths of a percent, 0 to 10000, and not 1 to 99 (which
    is 25 written for 25 %: no Klarna country charges 0.01 % to 0.99 %)."""
    rate = _integer("tax_rate", value, maximum=MAX_TAX_RATE)
    if 0 < rate <= PERCENT_SLIP_MAX:
        raise ValueError(
            f"tax_rate is in hundredths of a percent, so 2500 means 25 %: {rate} would be {rate / 100:g} % "
            f"(for {rate} % pass {rate * 100}; 0 for no tax)"
        )
    return rate


def _line(
    name: str,
    line_type: str,
    *,
    quantity: int,
    unit_price: int,
    tax_rate: int,
    discount: int,
    fields: Mapping[str, Any],
) -> OrderLineParam:
    fields = {key: value for key, value in fields.items() if value is not None}  # None: not given
    clash = _DERIVED & fields.keys()
    if clash:
        raise ValueError(f"{', '.join(sorted(clash))}: derived by the builder, not passed as fields")
    total = quantity * unit_price - discount
    line: dict[str, Any] = {
        "type": line_type,
        "name": name,
        "quantity": quantity,
        "unit_price": unit_price,
        "tax_rate": tax_rate,
        "total_amount": total,
        "total_discount_amount": discount,
        "total_tax_amount": tax_of(total, tax_rate),
        **fields,
    }
    return line  # type: ignore[return-value]  # a dict with OrderLineParam's keys


def item(
    name: str,
    *,
    quantity: int,
    unit_price: int,
    tax_rate: int,
    discount: int = 0,
    type: Literal["physical", "digital"] = "physical",
    **fields: Unpack[LineFields],
) -> OrderLineParam:
    """Goods: `quantity` × `unit_price` (tax included), less `discount` (tax included, ≥ 0)."""
    return _line(
        name,
        type,
        quantity=_integer("quantity", quantity),
        unit_price=_integer("unit_price", unit_price),
        tax_rate=_tax_rate(tax_rate),
        discount=_integer("discount", discount),
        fields=fields,
    )


def shipping_fee(name: str, *, amount: int, tax_rate: int, **fields: Unpack[LineFields]) -> OrderLineParam:
    """Shipping, at its own tax rate (not the first item's)."""
    return _fee(name, "shipping_fee", amount, tax_rate, fields)


def surcharge(name: str, *, amount: int, tax_rate: int, **fields: Unpack[LineFields]) -> OrderLineParam:
    """A fee added to the order (payment or handling), tax included."""
    return _fee(name, "surcharge", amount, tax_rate, fields)


def _fee(name: str, line_type: str, amount: int, tax_rate: int, fields: Mapping[str, Any]) -> OrderLineParam:
    amount = _integer("amount", amount)
    tax_rate = _tax_rate(tax_rate)
    return _line(name, line_type, quantity=1, unit_price=amount, tax_rate=tax_rate, discount=0, fields=fields)


def discount(name: str, *, amount: int, tax_rate: int, **fields: Unpack[LineFields]) -> OrderLineParam:
    """A negative line taking `amount` (≥ 0, tax included) off, at the rate of the goods it discounts."""
    amount = _integer("amount", amount)
    tax_rate = _tax_rate(tax_rate)
    return _line(name, "discount", quantity=1, unit_price=-amount, tax_rate=tax_rate, discount=0, fields=fields)


def gift_card(name: str, *, amount: int, **fields: Unpack[LineFields]) -> OrderLineParam:
    """A negative line paying `amount` (≥ 0) with a gift card (a multi-purpose voucher: no tax)."""
    amount = _integer("amount", amount)
    return _line(name, "gift_card", quantity=1, unit_price=-amount, tax_rate=0, discount=0, fields=fields)


def store_credit(name: str, *, amount: int, **fields: Unpack[LineFields]) -> OrderLineParam:
    """A negative line paying `amount` (≥ 0) with store credit (no tax)."""
    amount = _integer("amount", amount)
    return _line(name, "store_credit", quantity=1, unit_price=-amount, tax_rate=0, discount=0, fields=fields)


def sales_tax(*, amount: int, name: str = "Sales Tax", **fields: Unpack[LineFields]) -> OrderLineParam:
    """The US tax line: the order's whole tax, `amount` (≥ 0), while every other line has tax rate 0."""
    amount = _integer("amount", amount)
    return _line(name, "sales_tax", quantity=1, unit_price=amount, tax_rate=0, discount=0, fields=fields)


class Totals(TypedDict):
    """The order-level amounts of a body: index them into it (``amounts["order_amount"]``)."""

    order_amount: int
    order_tax_amount: int


def totals(order_lines: Iterable[Mapping[str, Any]]) -> Totals:
    """``{"order_amount": ..., "order_tax_amount": ...}`` for these lines.

    ``order_amount`` is the sum of the lines' totals; ``order_tax_amount`` the sum of their tax,
    where a ``sales_tax`` line (US) counts with its whole amount.
    """
    order_amount = order_tax = 0
    for line in order_lines:
        total = line["total_amount"]
        order_amount += total
        order_tax += total if line.get("type") == "sales_tax" else line.get("total_tax_amount", 0)
    return {"order_amount": order_amount, "order_tax_amount": order_tax}
