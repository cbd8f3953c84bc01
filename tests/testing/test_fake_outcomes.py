"""The fake agrees with the SDK about outcomes, and plays both readings of the idempotency key.

`replay` (the default, as Klarna documents the key for POST calls): a repeat of the same
operation with the same key within 24 hours gets the first answer. `ignore` (as if Payments v1
did not honour the key): every request is executed, so a repeat after a lost answer meets the
consumed token, and the SDK says the order exists (`OutcomeUnknownError` with `consumed`).
"""

from __future__ import annotations

import httpx
import pytest
from klarna_payments import OutcomeUnknownError, idempotency_key
from klarna_payments.testing import FakeKlarna

from tests.testing.sessions import CONFIRMATION, SESSION, order_for, token_body


def lose_the_answer(fake: FakeKlarna, key: str) -> str:
    """A create_order whose answer is lost on every attempt, after Klarna executed it: its token."""
    token = fake.authorize(SESSION, intent="buy_and_tokenize")
    fake.fail_next("create_order", timeout=True, after_commit=True, times=3)
    with fake.client() as klarna, pytest.raises(OutcomeUnknownError) as raised:
        klarna.orders.create_order(token, order_for(SESSION), idempotency_key=key)
    assert not raised.value.consumed
    return token


def test_replay_settles_a_lost_answer_with_the_same_key() -> None:
    fake = FakeKlarna()
    key = idempotency_key("shop-se", "10042")
    token = lose_the_answer(fake, key)
    with fake.client() as klarna:
        order = klarna.orders.create_order(token, order_for(SESSION), idempotency_key=key)
    assert list(fake.orders) == [order.order_id]


def test_ignore_meets_the_consumed_token_and_the_sdk_says_the_order_exists() -> None:
    fake = FakeKlarna(idempotency="ignore")
    key = idempotency_key("shop-se", "10042")
    token = lose_the_answer(fake, key)
    with fake.client() as klarna, pytest.raises(OutcomeUnknownError) as raised:
        klarna.orders.create_order(token, order_for(SESSION), idempotency_key=key)
    assert raised.value.consumed
    assert len(fake.orders) == 1


async def test_async_ignore_meets_the_consumed_token_too() -> None:
    fake = FakeKlarna(idempotency="ignore")
    token = fake.authorize(SESSION)
    key = idempotency_key("shop-se", "10043")
    fake.fail_next("create_order", status=502, after_commit=True, times=3)
    async with fake.async_client() as klarna:
        with pytest.raises(OutcomeUnknownError):
            await klarna.orders.create_order(token, order_for(SESSION), idempotency_key=key)
        with pytest.raises(OutcomeUnknownError) as again:
            await klarna.orders.create_order(token, order_for(SESSION), idempotency_key=key)
    assert again.value.consumed


def test_replay_is_keyed_by_operation_and_key() -> None:
    fake = FakeKlarna()
    token = fake.authorize(SESSION, intent="buy_and_tokenize")
    key = idempotency_key("shop-se", "10044")
    with fake.client() as klarna:
        order = klarna.orders.create_order(token, order_for(SESSION), idempotency_key=key)
        customer_token = klarna.orders.purchase_token(token, token_body(), idempotency_key=key)
    assert customer_token.token_id in fake.customer_tokens
    assert order.order_id in fake.orders


def test_an_unknown_idempotency_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="replay"):
        FakeKlarna(idempotency="sometimes")  # type: ignore[arg-type]


# Scripted failures the SDK would read as "not executed" cannot follow a commit


@pytest.mark.parametrize(
    "failure",
    [{"status": 429}, {"status": 408}, {"status": 400}, {"status": 409}, {"status": 503, "retry_after": 2}],
    ids=["429", "408", "400", "409", "503-retry-after"],
)
def test_after_commit_with_a_not_executed_status_is_refused(failure: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="not executed"):
        FakeKlarna().fail_next("create_order", after_commit=True, **failure)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "failure", [{"status": 500}, {"status": 502}, {"status": 504}, {"status": 503}, {"timeout": True}], ids=str
)
def test_after_commit_with_an_ambiguous_failure_is_allowed(failure: dict[str, object]) -> None:
    FakeKlarna().fail_next("create_order", after_commit=True, **failure)  # type: ignore[arg-type]


def test_a_proxy_503_after_commit_is_outcome_unknown_not_a_plain_503() -> None:
    fake = FakeKlarna()
    token = fake.authorize(SESSION)
    fake.fail_next("create_order", status=503, after_commit=True, times=3)
    with fake.client() as klarna, pytest.raises(OutcomeUnknownError):
        klarna.orders.create_order(token, order_for(SESSION))
    assert len(fake.orders) == 1


# redirect_url, and production credentials


def test_redirect_url_only_when_the_session_named_a_confirmation_page() -> None:
    fake = FakeKlarna()
    without = {key: value for key, value in SESSION.items() if key != "merchant_urls"}
    with fake.client() as klarna:
        plain = klarna.orders.create_order(fake.authorize(without), order_for(without))
        confirmed = klarna.orders.create_order(fake.authorize(SESSION), order_for(SESSION))
    assert not isinstance(plain.redirect_url, str)
    assert isinstance(confirmed.redirect_url, str) and confirmed.redirect_url.endswith(confirmed.order_id)
    assert CONFIRMATION["confirmation"]


@pytest.mark.parametrize(
    "credentials",
    [{"api_key": "klarna_live_abc"}, {"username": "klarna_live_abc", "password": "p"}],
    ids=["api key", "username"],
)
def test_the_fake_refuses_production_credentials(credentials: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="production credentials"):
        FakeKlarna(**credentials)


def test_a_request_with_a_production_key_gets_401() -> None:
    fake = FakeKlarna()
    with httpx.Client(transport=fake.transport, base_url="https://api.klarna.test") as http:
        answer = http.delete("/payments/v1/authorizations/t", headers={"Authorization": "Basic klarna_live_abc"})
    assert answer.status_code == 401


def test_a_request_without_credentials_gets_401() -> None:
    fake = FakeKlarna()
    with httpx.Client(transport=fake.transport, base_url="https://api.klarna.test") as http:
        assert http.delete("/payments/v1/authorizations/t").status_code == 401
