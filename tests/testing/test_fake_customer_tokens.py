"""A customer token from `purchase_token` can be read and charged with recurring orders until it
is cancelled; a cancelled token is 403 `TOKEN_CANCELLED`, an unknown one 404."""

from __future__ import annotations

import pytest
from klarna_payments import NotFoundError, PermissionDeniedError
from klarna_payments.testing import FakeKlarna

from tests.testing.sessions import SESSION, token_body

MONTHLY = {
    "order_amount": 1000,
    "order_tax_amount": 0,
    "purchase_currency": SESSION["purchase_currency"],
    "order_lines": [
        {
            "type": "digital",
            "name": "Monthly plan",
            "quantity": 1,
            "unit_price": 1000,
            "tax_rate": 0,
            "total_amount": 1000,
            "total_tax_amount": 0,
            "subscription": {"name": "Monthly plan", "interval": "MONTH", "interval_count": 1},
        }
    ],
}


@pytest.fixture
def customer_token(klarna_fake: FakeKlarna) -> str:
    token = klarna_fake.authorize(SESSION, intent="tokenize")
    with klarna_fake.client() as klarna:
        return klarna.orders.purchase_token(token, token_body()).token_id


def test_a_new_customer_token_is_active(klarna_fake: FakeKlarna, customer_token: str) -> None:
    with klarna_fake.client() as klarna:
        assert klarna.customer_tokens.read_customer_token(customer_token).status == "ACTIVE"


def test_a_recurring_order_is_an_authorized_order(klarna_fake: FakeKlarna, customer_token: str) -> None:
    with klarna_fake.client() as klarna:
        order = klarna.customer_tokens.create_customer_token_order(customer_token, MONTHLY)
        managed = klarna.order_management.get_order(order.order_id)
    assert (order.fraud_status, managed.status, managed.order_amount) == ("ACCEPTED", "AUTHORIZED", 1000)
    assert klarna_fake.orders[order.order_id]["customer_token"] == customer_token


def test_an_auto_captured_recurring_order_is_captured(klarna_fake: FakeKlarna, customer_token: str) -> None:
    with klarna_fake.client() as klarna:
        order = klarna.customer_tokens.create_customer_token_order(customer_token, {**MONTHLY, "auto_capture": True})
        assert klarna.order_management.get_order(order.order_id).status == "CAPTURED"


def test_a_cancelled_token_reads_cancelled_and_charges_nothing(klarna_fake: FakeKlarna, customer_token: str) -> None:
    with klarna_fake.client() as klarna:
        assert klarna.customer_tokens.update_customer_token_status(customer_token, {"status": "CANCELLED"}) is None
        assert klarna.customer_tokens.read_customer_token(customer_token).status == "CANCELLED"
        with pytest.raises(PermissionDeniedError) as raised:
            klarna.customer_tokens.create_customer_token_order(customer_token, MONTHLY)
    assert raised.value.error_code == "TOKEN_CANCELLED"
    assert len(klarna_fake.orders) == 0


def test_an_unknown_token_cannot_be_charged(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna, pytest.raises(NotFoundError) as raised:
        klarna.customer_tokens.create_customer_token_order("no-such-token", MONTHLY)
    assert raised.value.error_code == "TOKEN_NOT_FOUND"
