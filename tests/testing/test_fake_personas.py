"""The playground's persona emails decide the shopper's outcome, so the same test data works
against the fake and the real playground."""

from __future__ import annotations

import pytest
from klarna_payments.testing import AuthorizationDenied, FakeKlarna

from tests.testing.sessions import GB_SESSION, SESSION, US_SESSION, order_for


def place(fake: FakeKlarna, session: dict[str, object], email: str) -> str:
    token = fake.authorize(session, email=email)
    with fake.client() as klarna:
        order = klarna.orders.create_order(token, order_for(session))
    return order.order_id


def test_a_denied_persona_gets_no_token(klarna_fake: FakeKlarna) -> None:
    with pytest.raises(AuthorizationDenied, match="denied"):
        klarna_fake.authorize(SESSION, email="customer+denied@email.se")


def test_any_other_email_is_approved_and_accepted(klarna_fake: FakeKlarna) -> None:
    order_id = place(klarna_fake, SESSION, "someone@example.org")

    assert klarna_fake.orders[order_id]["fraud_status"] == "ACCEPTED"


def test_a_pend_accept_persona_is_pending_until_its_minutes_pass(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(US_SESSION, email="customer+pend-accept-05@email.us")
    with klarna_fake.client() as klarna:
        order = klarna.orders.create_order(token, order_for(US_SESSION))
    assert order.fraud_status == "PENDING"

    klarna_fake.clock.advance(minutes=4, seconds=59)
    assert klarna_fake.orders[order.order_id]["fraud_status"] == "PENDING"
    klarna_fake.clock.advance(seconds=1)
    assert klarna_fake.orders[order.order_id]["fraud_status"] == "ACCEPTED"


def test_a_pend_reject_persona_is_rejected_after_its_minutes(klarna_fake: FakeKlarna) -> None:
    order_id = place(klarna_fake, GB_SESSION, "customer+pend-reject-30@email.uk")

    klarna_fake.clock.advance(minutes=30)

    assert klarna_fake.orders[order_id]["fraud_status"] == "REJECTED"


def test_pending_personas_work_only_in_the_us_and_gb(klarna_fake: FakeKlarna) -> None:
    order_id = place(klarna_fake, SESSION, "customer+pend-reject-05@email.se")

    assert klarna_fake.orders[order_id]["fraud_status"] == "ACCEPTED"


def test_the_fake_clock_moves_only_forward(klarna_fake: FakeKlarna) -> None:
    with pytest.raises(ValueError, match="forward"):
        klarna_fake.clock.advance(minutes=-1)


def test_an_unknown_intent_is_refused(klarna_fake: FakeKlarna) -> None:
    with pytest.raises(ValueError, match="intent"):
        klarna_fake.authorize(SESSION, intent="purchase")  # type: ignore[arg-type]
