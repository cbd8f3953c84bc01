"""The fake plays an order's life after the checkout: captures up to what is authorized, refunds
up to what is captured, release, cancel, updates and extensions on the fake clock, with
Klarna's 403 and 404 `error_code`s, and keys that make a retried capture capture once."""

from __future__ import annotations

import datetime
import json

import pytest
from klarna_payments import BadRequestError, NotFoundError, OutcomeUnknownError, PermissionDeniedError, idempotency_key
from klarna_payments.callbacks import parse_fraud_notification
from klarna_payments.testing import FakeKlarna

from tests.testing.sessions import CONFIRMATION, SESSION, order_for

AMOUNT = SESSION["order_amount"]
SHIPMENT_KEY = idempotency_key("shop-se", "10042", "capture", "shipment-1")


@pytest.fixture
def order_id(klarna_fake: FakeKlarna) -> str:
    """An order placed through the checkout: a session authorized, then create_order."""
    token = klarna_fake.authorize(SESSION)
    with klarna_fake.client() as klarna:
        return klarna.orders.create_order(token, order_for(SESSION)).order_id


def refused(klarna_fake: FakeKlarna, call: str, *arguments: object) -> PermissionDeniedError:
    with klarna_fake.client() as klarna, pytest.raises(PermissionDeniedError) as raised:
        getattr(klarna.order_management, call)(*arguments)
    return raised.value


def test_a_placed_order_is_authorized_for_28_days(klarna_fake: FakeKlarna, order_id: str) -> None:
    with klarna_fake.client() as klarna:
        order = klarna.order_management.get_order(order_id)
    assert (order.status, order.order_amount, order.remaining_authorized_amount) == ("AUTHORIZED", AMOUNT, AMOUNT)
    assert order.expires_at - order.created_at == datetime.timedelta(days=28)


def test_captures_in_parts_go_part_captured_then_captured(klarna_fake: FakeKlarna, order_id: str) -> None:
    with klarna_fake.client() as klarna:
        first = klarna.order_management.capture_order(order_id, {"captured_amount": AMOUNT - 100})
        assert klarna.order_management.get_order(order_id).status == "PART_CAPTURED"
        klarna.order_management.capture_order(order_id, {"captured_amount": 100})
        order = klarna.order_management.get_order(order_id)
        capture = klarna.order_management.get_capture(order_id, first.capture_id)
    assert (order.status, order.captured_amount, order.remaining_authorized_amount) == ("CAPTURED", AMOUNT, 0)
    assert capture.captured_amount == AMOUNT - 100


def test_a_capture_above_the_remaining_authorization_is_not_allowed(klarna_fake: FakeKlarna, order_id: str) -> None:
    error = refused(klarna_fake, "capture_order", order_id, {"captured_amount": AMOUNT + 1})
    assert error.error_code == "CAPTURE_NOT_ALLOWED"
    assert klarna_fake.orders[order_id]["captures"] == []


def test_an_unknown_order_is_no_such_order(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna, pytest.raises(NotFoundError) as raised:
        klarna.order_management.capture_order("no-such-order", {"captured_amount": 1})
    assert raised.value.error_code == "NO_SUCH_ORDER"


def test_refunds_go_up_to_the_captured_amount(klarna_fake: FakeKlarna, order_id: str) -> None:
    with klarna_fake.client() as klarna:
        klarna.order_management.capture_order(order_id, {"captured_amount": 1000})
        refund = klarna.order_management.refund_order(order_id, {"refunded_amount": 400})
        assert klarna.order_management.get_refund(order_id, refund.refund_id).refunded_amount == 400
    error = refused(klarna_fake, "refund_order", order_id, {"refunded_amount": 601})
    assert error.error_code == "REFUND_NOT_ALLOWED"


RETURN_FEE_LINE = {"type": "return_fee", "name": "Return fee", "quantity": 1, "unit_price": -100, "total_amount": -100}
RETURNED_LINE = {"type": "physical", "name": "Returned", "quantity": 1, "unit_price": 600, "total_amount": 600}
RETURN_WITH_FEE = {"refunded_amount": 500, "order_lines": [RETURNED_LINE, RETURN_FEE_LINE]}


def test_a_return_fee_refund_of_an_order_captured_whole_once_is_made(klarna_fake: FakeKlarna, order_id: str) -> None:
    with klarna_fake.client() as klarna:
        klarna.order_management.capture_order(order_id, {"captured_amount": AMOUNT})
        refund = klarna.order_management.refund_order(order_id, RETURN_WITH_FEE)
    assert klarna_fake.orders[order_id]["refunds"][0]["refund_id"] == refund.refund_id


def test_a_return_fee_needs_the_order_captured_whole_in_one_capture(klarna_fake: FakeKlarna, order_id: str) -> None:
    with klarna_fake.client() as klarna:
        klarna.order_management.capture_order(order_id, {"captured_amount": AMOUNT - 100})
        klarna.order_management.capture_order(order_id, {"captured_amount": 100})
    assert refused(klarna_fake, "refund_order", order_id, RETURN_WITH_FEE).error_code == "REFUND_NOT_ALLOWED"


def test_a_return_fee_refund_that_is_not_its_lines_is_a_bad_value(klarna_fake: FakeKlarna, order_id: str) -> None:
    with klarna_fake.client() as klarna:
        klarna.order_management.capture_order(order_id, {"captured_amount": AMOUNT})
        with pytest.raises(BadRequestError) as raised:
            klarna.order_management.refund_order(order_id, {**RETURN_WITH_FEE, "refunded_amount": 600}, preflight=False)
    assert (raised.value.error_code, raised.value.error_messages) == ("BAD_VALUE", ["Bad value: refunded_amount"])


def test_an_order_without_captures_cannot_be_refunded(klarna_fake: FakeKlarna, order_id: str) -> None:
    assert refused(klarna_fake, "refund_order", order_id, {"refunded_amount": 1}).error_code == "REFUND_NOT_ALLOWED"


def test_an_order_without_captures_can_be_cancelled_once(klarna_fake: FakeKlarna, order_id: str) -> None:
    with klarna_fake.client() as klarna:
        assert klarna.order_management.cancel_order(order_id) is None
        assert klarna.order_management.get_order(order_id).status == "CANCELLED"
    assert refused(klarna_fake, "capture_order", order_id, {"captured_amount": 1}).error_code == "CAPTURE_NOT_ALLOWED"


def test_a_captured_order_cannot_be_cancelled(klarna_fake: FakeKlarna, order_id: str) -> None:
    with klarna_fake.client() as klarna:
        klarna.order_management.capture_order(order_id, {"captured_amount": 1})
    assert refused(klarna_fake, "cancel_order", order_id).error_code == "CANCEL_NOT_ALLOWED"


def test_releasing_ends_the_captures(klarna_fake: FakeKlarna, order_id: str) -> None:
    with klarna_fake.client() as klarna:
        klarna.order_management.capture_order(order_id, {"captured_amount": 600})
        klarna.order_management.release_remaining_authorization(order_id)
        order = klarna.order_management.get_order(order_id)
    assert (order.status, order.remaining_authorized_amount) == ("CAPTURED", 0)
    assert refused(klarna_fake, "capture_order", order_id, {"captured_amount": 1}).error_code == "CAPTURE_NOT_ALLOWED"


def test_an_order_without_captures_cannot_be_released(klarna_fake: FakeKlarna, order_id: str) -> None:
    assert refused(klarna_fake, "release_remaining_authorization", order_id).error_code == "NOT_ALLOWED"


def test_the_authorization_cannot_go_below_the_captured_amount(klarna_fake: FakeKlarna, order_id: str) -> None:
    with klarna_fake.client() as klarna:
        klarna.order_management.capture_order(order_id, {"captured_amount": 500})
    error = refused(klarna_fake, "update_authorization", order_id, {"order_amount": 499})
    assert error.error_code == "NOT_ALLOWED"
    assert "cannot be less than the captured amount 500" in str(error)


def test_an_order_not_captured_in_28_days_expires(klarna_fake: FakeKlarna, order_id: str) -> None:
    klarna_fake.clock.advance(hours=28 * 24, seconds=1)
    with klarna_fake.client() as klarna:
        assert klarna.order_management.get_order(order_id).status == "EXPIRED"
    assert refused(klarna_fake, "capture_order", order_id, {"captured_amount": 1}).error_code == "CAPTURE_NOT_ALLOWED"
    assert refused(klarna_fake, "extend_authorization_time", order_id).error_code == "NOT_ALLOWED"


def test_extending_the_authorization_stops_at_180_days_after_the_order(klarna_fake: FakeKlarna, order_id: str) -> None:
    with klarna_fake.client() as klarna:
        for _ in range(6):  # day 162: 28 more days would pass day 180
            klarna_fake.clock.advance(hours=27 * 24)
            klarna.order_management.extend_authorization_time(order_id)
        order = klarna.order_management.get_order(order_id)
    assert order.expires_at - order.created_at == datetime.timedelta(days=180)


def test_a_capture_retried_with_its_key_captures_once(klarna_fake: FakeKlarna, order_id: str) -> None:
    klarna_fake.fail_next("capture_order", status=502, after_commit=True)
    with klarna_fake.client(max_retries=0) as klarna:
        with pytest.raises(OutcomeUnknownError) as lost:
            klarna.order_management.capture_order(order_id, {"captured_amount": 1000}, idempotency_key=SHIPMENT_KEY)
        again = klarna.order_management.capture_order(order_id, {"captured_amount": 1000}, idempotency_key=SHIPMENT_KEY)
    assert lost.value.idempotency_key == SHIPMENT_KEY
    assert [capture["capture_id"] for capture in klarna_fake.orders[order_id]["captures"]] == [again.capture_id]


def test_a_capture_retried_where_keys_are_ignored_captures_twice() -> None:
    fake = FakeKlarna(idempotency="ignore")
    order_id = fake.place_order({"order_amount": 2000})
    with fake.client() as klarna:
        for _ in range(2):
            klarna.order_management.capture_order(order_id, {"captured_amount": 1000}, idempotency_key=SHIPMENT_KEY)
    assert len(fake.orders[order_id]["captures"]) == 2


def test_a_pending_order_cannot_be_captured_until_accepted() -> None:
    fake = FakeKlarna(now=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    order_id = fake.place_order({"order_amount": 1000, "merchant_urls": CONFIRMATION}, fraud_status="PENDING")
    assert refused(fake, "capture_order", order_id, {"captured_amount": 1000}).error_code == "CAPTURE_NOT_ALLOWED"
    fake.decide_fraud(order_id, "ACCEPTED")
    with fake.client() as klarna:
        klarna.order_management.capture_order(order_id, {"captured_amount": 1000})
    assert fake.notifications == [
        {
            "url": CONFIRMATION["notification"],
            "body": {"order_id": order_id, "event_type": "FRAUD_RISK_ACCEPTED", "decided_at": "2026-01-01T00:00:00Z"},
        }
    ]


def test_the_fakes_notification_is_what_the_sdks_parser_takes() -> None:
    fake = FakeKlarna()
    order_id = fake.place_order({"order_amount": 1000, "merchant_urls": CONFIRMATION}, fraud_status="PENDING")
    fake.decide_fraud(order_id, "REJECTED")
    (sent,) = fake.notifications
    notification = parse_fraud_notification(json.dumps(sent["body"]))
    assert (notification.order_id, notification.event_type) == (order_id, "FRAUD_RISK_REJECTED")


def test_a_rejected_order_is_cancelled() -> None:
    fake = FakeKlarna()
    order_id = fake.place_order({"order_amount": 1000}, fraud_status="PENDING")
    fake.decide_fraud(order_id, "REJECTED")
    with fake.client() as klarna:
        assert klarna.order_management.get_order(order_id).status == "CANCELLED"


async def test_an_orders_life_through_the_async_client(klarna_fake: FakeKlarna, order_id: str) -> None:
    async with klarna_fake.async_client() as klarna:
        capture = await klarna.order_management.capture_order(
            order_id, {"captured_amount": AMOUNT - 100, "reference": "shipment-1"}, idempotency_key=SHIPMENT_KEY
        )
        refund = await klarna.order_management.refund_order(order_id, {"refunded_amount": 300})
        assert await klarna.order_management.release_remaining_authorization(order_id) is None
        order = await klarna.order_management.get_order(order_id)
        found = await klarna.order_management.get_capture(order_id, capture.capture_id)
        refunded = await klarna.order_management.get_refund(order_id, refund.refund_id)
    assert (order.status, order.captured_amount, order.refunded_amount, order.remaining_authorized_amount) == (
        "CAPTURED",
        AMOUNT - 100,
        300,
        0,
    )
    assert (found.reference, refunded.refunded_amount) == ("shipment-1", 300)
