"""examples/reconcile.py against the fake: two orders shipped, one partly returned, paid out by
`fake.settle()`; the month's payouts match the books, and what does not match is reported."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest
from fulfilment import Fulfilment
from klarna_payments.testing import FakeKlarna
from reconcile import Booked, Mismatch, month, reconcile

JANUARY = month(2026, 1)


@pytest.fixture
def klarna_fake() -> Iterator[FakeKlarna]:
    """The fake with its clock at the start of January 2026 (by default it starts at the current time)."""
    fake = FakeKlarna(now=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    try:
        yield fake
    finally:
        fake.close()


@pytest.fixture
def shop(klarna_fake: FakeKlarna) -> Iterator[Fulfilment]:
    with klarna_fake.client(max_retries=0) as klarna:
        yield Fulfilment(klarna)


@pytest.fixture
def books(shop: Fulfilment, klarna_fake: FakeKlarna) -> list[Booked]:
    """The shop's books after a month: two orders shipped, the first partly returned."""
    first = klarna_fake.place_order({"order_amount": 30000, "purchase_currency": "SEK", "purchase_country": "SE"})
    second = klarna_fake.place_order({"order_amount": 12000, "purchase_currency": "SEK", "purchase_country": "SE"})
    shop.ship(first, "shipment-1", 20000)
    shop.ship(first, "shipment-2", 10000)
    shop.ship(second, "shipment-3", 12000)
    shop.take_back(first, "return-1", 5000)
    return [Booked(m.kind, m.order_id, m.reference, m.amount) for m in shop.movements]


def test_the_months_payout_matches_every_capture_and_refund(
    shop: Fulfilment, klarna_fake: FakeKlarna, books: list[Booked]
) -> None:
    [reference] = klarna_fake.settle(fee_rate=150)
    result = reconcile(shop.klarna, books, *JANUARY)
    assert result.mismatches == []
    assert (result.payouts, result.matched) == ([reference], 4)
    assert result.fees == 300 + 150 + 180  # 1.5% of each capture
    assert result.settled == 42000 - 5000 - result.fees


def test_a_capture_the_books_do_not_know_is_reported(
    shop: Fulfilment, klarna_fake: FakeKlarna, books: list[Booked]
) -> None:
    order_id = klarna_fake.place_order({"order_amount": 900, "purchase_currency": "SEK", "purchase_country": "SE"})
    shop.klarna.order_management.capture_order(order_id, {"captured_amount": 900, "reference": "by-hand"})
    klarna_fake.settle()
    result = reconcile(shop.klarna, books, *JANUARY)
    assert result.mismatches == [Mismatch("capture", order_id, "by-hand", None, 900, "not in the books")]
    assert result.matched == 4


def test_a_booked_refund_not_paid_out_in_the_month_is_reported(
    shop: Fulfilment, klarna_fake: FakeKlarna, books: list[Booked]
) -> None:
    klarna_fake.settle()
    klarna_fake.clock.advance(hours=24 * 31)  # February
    order_id = books[0].order_id
    shop.take_back(order_id, "return-2", 1000)
    klarna_fake.settle()  # paid out in February, not January
    january = reconcile(shop.klarna, [*books, Booked("refund", order_id, "return-2", 1000)], *JANUARY)
    assert january.mismatches == [Mismatch("refund", order_id, "return-2", 1000, None, "not paid out")]
    february = reconcile(shop.klarna, [Booked("refund", order_id, "return-2", 1000)], *month(2026, 2))
    assert (february.mismatches, february.settled) == ([], -1000)


def test_a_different_amount_is_reported(shop: Fulfilment, klarna_fake: FakeKlarna, books: list[Booked]) -> None:
    klarna_fake.settle()
    wrong = [Booked(b.kind, b.order_id, b.reference, b.amount + 1) if b.reference == "shipment-3" else b for b in books]
    result = reconcile(shop.klarna, wrong, *JANUARY)
    assert [(m.reference, m.booked, m.paid, m.why) for m in result.mismatches] == [
        ("shipment-3", 12001, 12000, "amounts differ")
    ]
