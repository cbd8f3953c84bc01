"""Customer tokens need a tokenize intent and a consistent country; a cancelled, used or expired
authorization cannot be cancelled, and a cancelled one serves nothing."""

from __future__ import annotations

import uuid

import pytest
from klarna_payments import AuthorizationNotCancellableError, BadRequestError, NotFoundError, PermissionDeniedError
from klarna_payments.testing import FakeKlarna

from tests.testing.sessions import ADDRESS, SESSION, order_for, token_body


@pytest.mark.parametrize("intent", ["tokenize", "buy_and_tokenize"])
def test_a_tokenize_authorization_gives_a_customer_token(klarna_fake: FakeKlarna, intent: str) -> None:
    token = klarna_fake.authorize(SESSION, intent=intent)  # type: ignore[arg-type]

    with klarna_fake.client() as klarna:
        customer_token = klarna.orders.purchase_token(token, token_body())

    assert uuid.UUID(customer_token.token_id)
    assert customer_token.redirect_url.endswith(customer_token.token_id)
    assert klarna_fake.customer_tokens[customer_token.token_id]["token"] == token


async def test_the_async_client_creates_a_customer_token(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION, intent="tokenize")

    async with klarna_fake.async_client() as klarna:
        customer_token = await klarna.orders.purchase_token(token, token_body())

    assert customer_token.token_id in klarna_fake.customer_tokens


def test_a_buy_authorization_cannot_create_a_customer_token(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION, intent="buy")

    with klarna_fake.client() as klarna, pytest.raises(PermissionDeniedError) as raised:
        klarna.orders.purchase_token(token, token_body())

    assert raised.value.error_code == "INVALID_OPERATION"
    assert raised.value.error_messages == ["Not allowed to create customer tokens for intent buy."]


def test_a_billing_country_other_than_the_purchase_country_is_400(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION, intent="tokenize")

    body = token_body(billing_address={**ADDRESS, "country": "NO"})

    with klarna_fake.client(preflight=False) as klarna, pytest.raises(BadRequestError) as raised:
        klarna.orders.purchase_token(token, body)

    assert raised.value.error_messages == ["Bad value: purchase_country"]
    assert klarna_fake.customer_tokens == {}


def test_buy_and_tokenize_gives_one_order_and_one_customer_token(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION, intent="buy_and_tokenize")

    with klarna_fake.client() as klarna:
        order = klarna.orders.create_order(token, order_for(SESSION))
        customer_token = klarna.orders.purchase_token(token, token_body())
        with pytest.raises(PermissionDeniedError, match="already consumed"):
            klarna.orders.purchase_token(token, token_body())

    assert klarna_fake.orders[order.order_id]["token"] == klarna_fake.customer_tokens[customer_token.token_id]["token"]


def test_a_cancelled_authorization_answers_404_everywhere(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION, intent="buy_and_tokenize")

    with klarna_fake.client() as klarna:
        assert klarna.orders.cancel_authorization(token) is None
        with pytest.raises(NotFoundError, match="Invalid authorization token"):
            klarna.orders.create_order(token, order_for(SESSION))
        with pytest.raises(NotFoundError, match="Invalid authorization token"):
            klarna.orders.purchase_token(token, token_body())
        with pytest.raises(NotFoundError, match="Invalid authorization token"):
            klarna.orders.cancel_authorization(token)


def test_cancelling_an_expired_authorization_is_404(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    klarna_fake.clock.advance(hours=1, seconds=1)

    with klarna_fake.client() as klarna, pytest.raises(NotFoundError) as raised:
        klarna.orders.cancel_authorization(token)

    assert (raised.value.error_code, raised.value.error_messages) == ("NOT_FOUND", ["Authorization cannot be deleted"])


def test_cancelling_an_unknown_authorization_is_404(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna, pytest.raises(NotFoundError, match="Authorization cannot be deleted"):
        klarna.orders.cancel_authorization(str(uuid.uuid4()))


async def test_the_async_client_cancels(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)

    async with klarna_fake.async_client() as klarna:
        await klarna.orders.cancel_authorization(token)
        with pytest.raises(NotFoundError):
            await klarna.orders.create_order(token, order_for(SESSION))


def test_cancelling_an_authorization_that_placed_an_order_is_told_apart(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    with klarna_fake.client() as klarna:
        klarna.orders.create_order(token, order_for(SESSION))
        with pytest.raises(AuthorizationNotCancellableError):
            klarna.orders.cancel_authorization(token)
