"""Where the fake's clock starts (the current time, or `FakeKlarna(now=...)`), what it refuses to
move by, and `reset()`: everything back to a new fake's state, with the same configuration."""

from __future__ import annotations

import datetime

import pytest
from klarna_payments import NotFoundError, PermissionDeniedError
from klarna_payments.testing import FakeKlarna

from tests.testing.sessions import SESSION, order_for

START = datetime.datetime(2026, 3, 1, 9, 30, tzinfo=datetime.UTC)


def test_the_clock_starts_at_the_current_time() -> None:
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    fake = FakeKlarna()
    after = datetime.datetime.now(datetime.UTC)
    assert before <= fake.clock.now() <= after


def test_a_new_session_is_open_by_the_shops_own_clock(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna:
        session = klarna.sessions.create_credit_session(SESSION)
        read = klarna.sessions.read_credit_session(session.session_id)
    assert isinstance(read.expires_at, datetime.datetime)
    assert read.expires_at > datetime.datetime.now(datetime.UTC)  # what a shop's expiry check compares


def test_the_clock_starts_at_now_when_given() -> None:
    assert FakeKlarna(now=START).clock.now() == START


def test_a_now_in_another_time_zone_is_kept_in_utc() -> None:
    stockholm = datetime.timezone(datetime.timedelta(hours=1))
    fake = FakeKlarna(now=datetime.datetime(2026, 3, 1, 10, 30, tzinfo=stockholm))
    assert fake.clock.now() == START and fake.clock.now().tzinfo == datetime.UTC


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        FakeKlarna(now=datetime.datetime(2026, 3, 1))


def test_a_now_that_is_not_a_datetime_is_refused() -> None:
    with pytest.raises(TypeError, match="now"):
        FakeKlarna(now="2026-03-01T00:00:00Z")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"minutes": 1e308}, "minutes"),
        ({"minutes": float("nan")}, "minutes"),
        ({"hours": float("inf")}, "hours"),
        ({"seconds": -1}, "seconds"),
        ({"hours": True}, "hours"),
        ({"hours": 87_600, "minutes": 1}, "together"),
    ],
    ids=["1e308", "nan", "inf", "backwards", "a bool", "over ten years in all"],
)
def test_an_absurd_move_of_the_clock_is_a_value_error_naming_it(arguments: dict[str, float], named: str) -> None:
    fake = FakeKlarna(now=START)
    with pytest.raises(ValueError, match=named):
        fake.clock.advance(**arguments)
    assert fake.clock.now() == START


def test_reset_forgets_everything_the_fake_held() -> None:
    fake = FakeKlarna(now=START)
    token = fake.authorize(SESSION)
    fake.fail_next("create_order", status=500)
    with fake.client() as klarna:
        klarna.sessions.create_credit_session(SESSION)
        order_id = fake.place_order({"order_amount": 1000})
        klarna.order_management.capture_order(order_id, {"captured_amount": 1000})
    fake.settle()
    fake.clock.advance(hours=3)

    fake.reset()

    held = (fake.orders, fake.sessions, fake.customer_tokens, fake.hpp_sessions, fake.payouts, fake.transactions)
    assert all(not each for each in held)
    assert (fake.requests, fake.callbacks, fake.notifications, fake.sleeps) == ([], [], [], [])
    assert fake.clock.now() == START
    with fake.client() as klarna, pytest.raises(NotFoundError):
        klarna.orders.create_order(token, order_for(SESSION))  # the token is gone, and no 500 was left scripted


def test_reset_keeps_the_configuration() -> None:
    fake = FakeKlarna(username="PK_shop", password="secret", idempotency="ignore")
    with fake.client() as klarna:
        klarna.sessions.create_credit_session(SESSION)
    fake.reset()
    with fake.client() as klarna:  # the fake's own credentials still open it
        token = fake.authorize(SESSION)
        klarna.orders.create_order(token, order_for(SESSION))
        with pytest.raises(PermissionDeniedError):
            klarna.orders.create_order(token, order_for(SESSION))
    assert fake.idempotency == "ignore"


def test_reset_starts_the_clock_at_the_current_time_again() -> None:
    fake = FakeKlarna()
    fake.clock.advance(hours=100)
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    fake.reset()
    assert before <= fake.clock.now() <= datetime.datetime.now(datetime.UTC)


def test_the_clients_made_before_a_reset_keep_working() -> None:
    fake = FakeKlarna()
    with fake.client() as klarna:
        fake.reset()
        assert klarna.sessions.create_credit_session(SESSION).session_id in fake.sessions


def test_reset_forgets_the_passwords_seen() -> None:
    fake = FakeKlarna()
    with fake.client(username="PK_shop", password="old") as klarna:
        klarna.sessions.create_credit_session(SESSION)
    fake.reset()
    with fake.client(username="PK_shop", password="rotated") as klarna:
        assert klarna.sessions.create_credit_session(SESSION).session_id in fake.sessions
