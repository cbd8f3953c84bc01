"""examples/fulfilment.py against the fake: ship in parts, take a return back, close the order,
and a capture whose answer was lost settles to one capture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fulfilment import Fulfilment
from klarna_payments import PermissionDeniedError
from klarna_payments.testing import FakeKlarna

AMOUNT = 30000


@pytest.fixture
def order_id(klarna_fake: FakeKlarna) -> str:
    return klarna_fake.place_order({"order_amount": AMOUNT})


@pytest.fixture
def shop(klarna_fake: FakeKlarna) -> Iterator[Fulfilment]:
    with klarna_fake.client(max_retries=0) as klarna:
        yield Fulfilment(klarna)


def test_shipping_in_parts_captures_each_part(shop: Fulfilment, klarna_fake: FakeKlarna, order_id: str) -> None:
    shop.ship(order_id, "shipment-1", 20000)
    shop.ship(order_id, "shipment-2", 10000)
    assert klarna_fake.orders[order_id]["status"] == "CAPTURED"
    assert [c["reference"] for c in klarna_fake.orders[order_id]["captures"]] == ["shipment-1", "shipment-2"]


def test_shipping_the_same_shipment_twice_captures_once(
    shop: Fulfilment, klarna_fake: FakeKlarna, order_id: str
) -> None:
    first = shop.ship(order_id, "shipment-1", 20000)
    again = shop.ship(order_id, "shipment-1", 20000)
    assert again.klarna_id == first.klarna_id
    assert len(klarna_fake.orders[order_id]["captures"]) == 1


def test_a_lost_capture_answer_settles_to_one_capture(shop: Fulfilment, klarna_fake: FakeKlarna, order_id: str) -> None:
    klarna_fake.fail_next("capture_order", status=502, after_commit=True)  # executed, answer lost
    movement = shop.ship(order_id, "shipment-1", 20000)
    assert shop.pending() == [movement]
    shop.settle_pending()
    assert shop.pending() == []
    assert [c["capture_id"] for c in klarna_fake.orders[order_id]["captures"]] == [movement.klarna_id]


def test_a_return_is_refunded_once(shop: Fulfilment, klarna_fake: FakeKlarna, order_id: str) -> None:
    shop.ship(order_id, "shipment-1", AMOUNT)
    shop.take_back(order_id, "return-1", 5000)
    shop.take_back(order_id, "return-1", 5000)
    assert [r["refunded_amount"] for r in klarna_fake.orders[order_id]["refunds"]] == [5000]


def test_closing_an_unshipped_order_cancels_it(shop: Fulfilment, klarna_fake: FakeKlarna, order_id: str) -> None:
    shop.close(order_id)
    assert klarna_fake.orders[order_id]["status"] == "CANCELLED"


def test_closing_a_partly_shipped_order_releases_the_rest(
    shop: Fulfilment, klarna_fake: FakeKlarna, order_id: str
) -> None:
    shop.ship(order_id, "shipment-1", 10000)
    shop.close(order_id)
    with pytest.raises(PermissionDeniedError):
        shop.ship(order_id, "shipment-2", 10000)
