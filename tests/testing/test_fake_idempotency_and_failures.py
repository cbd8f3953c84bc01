"""A repeated `Klarna-Idempotency-Key` gets the first answer for 24 hours, and scripted failures
reproduce what the SDK's retries and `OutcomeUnknownError` exist for."""

from __future__ import annotations

import httpx
import pytest
from klarna_payments import (
    APITimeoutError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitError,
)
from klarna_payments.testing import FakeKlarna

from tests.support.payloads import IDEMPOTENCY_KEY
from tests.testing.sessions import SESSION, order_for

GATEWAY_PAGE = "<html><body><h1>502 Bad Gateway</h1></body></html>"


def test_a_repeated_key_within_24_hours_gets_the_same_order(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    with klarna_fake.client() as klarna:
        first = klarna.orders.create_order(token, order_for(SESSION), idempotency_key=IDEMPOTENCY_KEY)
        klarna_fake.clock.advance(hours=23, minutes=59)
        again = klarna.orders.create_order(token, order_for(SESSION), idempotency_key=IDEMPOTENCY_KEY)

    assert again.order_id == first.order_id
    assert len(klarna_fake.orders) == 1


def test_a_repeated_key_replays_an_error_too(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    with klarna_fake.client() as klarna:
        with pytest.raises(NotFoundError) as first:
            klarna.orders.create_order("t-unknown", order_for(SESSION), idempotency_key=IDEMPOTENCY_KEY)
        klarna.orders.create_order(token, order_for(SESSION))
        with pytest.raises(NotFoundError) as again:
            klarna.orders.create_order("t-unknown", order_for(SESSION), idempotency_key=IDEMPOTENCY_KEY)

    assert again.value.correlation_id == first.value.correlation_id


def test_a_key_is_forgotten_after_24_hours(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    with klarna_fake.client() as klarna:
        klarna.orders.create_order(token, order_for(SESSION), idempotency_key=IDEMPOTENCY_KEY)
        klarna_fake.clock.advance(hours=24, seconds=1)
        with pytest.raises(NotFoundError, match="Invalid authorization token"):
            klarna.orders.create_order(token, order_for(SESSION), idempotency_key=IDEMPOTENCY_KEY)


def test_a_scripted_503_is_retried_after_its_retry_after(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    klarna_fake.fail_next("create_order", status=503, retry_after=3)

    with klarna_fake.client() as klarna:
        order = klarna.orders.create_order(token, order_for(SESSION))

    assert order.order_id in klarna_fake.orders
    assert klarna_fake.sleeps == [3]
    keys = {request.headers["Klarna-Idempotency-Key"] for request in klarna_fake.calls("create_order")}
    assert len(keys) == 1


def test_a_scripted_429_on_every_attempt_is_a_rate_limit_error(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    klarna_fake.fail_next("cancel_authorization", status=429, times=3)

    with klarna_fake.client() as klarna, pytest.raises(RateLimitError):
        klarna.orders.cancel_authorization(token)

    assert len(klarna_fake.calls("cancel_authorization")) == 3
    assert len(klarna_fake.sleeps) == 2


def test_a_scripted_html_page_is_a_typed_error_quoting_it(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    klarna_fake.fail_next("cancel_authorization", status=500, body=GATEWAY_PAGE, times=3)

    with klarna_fake.client() as klarna, pytest.raises(OutcomeUnknownError) as raised:
        klarna.orders.cancel_authorization(token)  # a 500 may follow an executed cancel

    page = raised.value.last_error
    assert isinstance(page, InternalServerError)
    assert page.content == GATEWAY_PAGE.encode()
    assert page.error_code is None


def test_a_scripted_timeout_before_the_order_leaves_no_order(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    klarna_fake.fail_next("create_order", timeout=True, times=3)

    with klarna_fake.client() as klarna, pytest.raises(OutcomeUnknownError) as raised:
        klarna.orders.create_order(token, order_for(SESSION))

    assert isinstance(raised.value.last_error, APITimeoutError)
    assert klarna_fake.orders == {}


def test_a_lost_answer_after_commit_is_settled_by_the_sdks_own_retry(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    klarna_fake.fail_next("create_order", status=500, after_commit=True)

    with klarna_fake.client() as klarna:
        order = klarna.orders.create_order(token, order_for(SESSION))

    assert list(klarna_fake.orders) == [order.order_id]


def test_answers_lost_after_commit_raise_outcome_unknown_and_the_same_key_finds_the_order(
    klarna_fake: FakeKlarna,
) -> None:
    token = klarna_fake.authorize(SESSION)
    klarna_fake.fail_next("create_order", timeout=True, after_commit=True, times=3)

    with klarna_fake.client() as klarna:
        with pytest.raises(OutcomeUnknownError) as raised:
            klarna.orders.create_order(token, order_for(SESSION))
        [placed] = klarna_fake.orders
        order = klarna.orders.create_order(token, order_for(SESSION), idempotency_key=raised.value.idempotency_key)

    assert order.order_id == placed


async def test_the_async_client_settles_an_unknown_outcome_with_the_same_key(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    klarna_fake.fail_next("create_order", status=502, after_commit=True, times=3)

    async with klarna_fake.async_client() as klarna:
        with pytest.raises(OutcomeUnknownError) as raised:
            await klarna.orders.create_order(token, order_for(SESSION))
        key = raised.value.idempotency_key
        order = await klarna.orders.create_order(token, order_for(SESSION), idempotency_key=key)

    assert list(klarna_fake.orders) == [order.order_id]


def test_scripting_an_unknown_operation_is_refused(klarna_fake: FakeKlarna) -> None:
    with pytest.raises(ValueError, match="create_order"):
        klarna_fake.fail_next("createOrder", status=500)


def test_a_user_httpx_client_on_the_fake_transport_sees_a_scripted_timeout(klarna_fake: FakeKlarna) -> None:
    klarna_fake.fail_next("cancel_authorization", timeout=True)

    with httpx.Client(transport=klarna_fake.transport, auth=("merchant", "secret")) as http:
        with pytest.raises(httpx.ReadTimeout):
            http.delete("https://api.klarna.test/payments/v1/authorizations/t")
