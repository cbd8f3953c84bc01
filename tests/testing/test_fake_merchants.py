"""State per merchant: one merchant's sessions, tokens, orders, customer tokens, hosted pages and
payouts are Klarna's 404 to another merchant's credentials, as the README's one client per
market would meet them; and the fake's 401 says why it refused."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from klarna_payments import AuthenticationError, KlarnaPayments, NotFoundError, idempotency_key
from klarna_payments.testing import FakeKlarna

from tests.testing.sessions import SESSION, order_for, token_body

SWEDEN = {"username": "PK_shop_se", "password": "se-secret"}
NORWAY = {"username": "PK_shop_no", "password": "no-secret"}
KEY = idempotency_key("shop", "order-1")  # the same key from both markets' code


@pytest.fixture
def markets(klarna_fake: FakeKlarna) -> Iterator[tuple[KlarnaPayments, KlarnaPayments]]:
    """One client per market, as the README sets them up: two merchants of one fake."""
    with klarna_fake.client(**SWEDEN) as sweden, klarna_fake.client(**NORWAY) as norway:
        yield sweden, norway


def test_another_merchants_session_is_404(markets: tuple[KlarnaPayments, KlarnaPayments]) -> None:
    sweden, norway = markets
    session = sweden.sessions.create_credit_session(SESSION)
    with pytest.raises(NotFoundError):
        norway.sessions.read_credit_session(session.session_id)
    assert sweden.sessions.read_credit_session(session.session_id).status == "incomplete"


def test_an_order_on_another_merchants_token_is_404_and_leaves_it_usable(
    klarna_fake: FakeKlarna, markets: tuple[KlarnaPayments, KlarnaPayments]
) -> None:
    sweden, norway = markets
    session = sweden.sessions.create_credit_session(SESSION)
    token = klarna_fake.authorize(session.session_id)
    with pytest.raises(NotFoundError, match="Invalid authorization token"):
        norway.orders.create_order(token, order_for(SESSION))
    assert sweden.orders.create_order(token, order_for(SESSION)).order_id in klarna_fake.orders


def test_another_merchants_token_cannot_be_cancelled(
    klarna_fake: FakeKlarna, markets: tuple[KlarnaPayments, KlarnaPayments]
) -> None:
    sweden, norway = markets
    token = klarna_fake.authorize(SESSION, merchant=SWEDEN["username"])
    with pytest.raises(NotFoundError):
        norway.orders.cancel_authorization(token)
    sweden.orders.cancel_authorization(token)


def test_another_merchants_order_is_no_such_order(
    klarna_fake: FakeKlarna, markets: tuple[KlarnaPayments, KlarnaPayments]
) -> None:
    sweden, norway = markets
    order_id = klarna_fake.place_order({"order_amount": 1000}, merchant=SWEDEN["username"])
    with pytest.raises(NotFoundError) as raised:
        norway.order_management.capture_order(order_id, {"captured_amount": 1000})
    assert raised.value.error_code == "NO_SUCH_ORDER"
    assert klarna_fake.orders[order_id]["captures"] == []
    assert sweden.order_management.get_order(order_id).status == "AUTHORIZED"


def test_another_merchants_customer_token_is_404(
    klarna_fake: FakeKlarna, markets: tuple[KlarnaPayments, KlarnaPayments]
) -> None:
    sweden, norway = markets
    token = klarna_fake.authorize(SESSION, intent="tokenize", merchant=SWEDEN["username"])
    customer_token = sweden.orders.purchase_token(token, token_body()).token_id
    with pytest.raises(NotFoundError):
        norway.customer_tokens.read_customer_token(customer_token)
    assert sweden.customer_tokens.read_customer_token(customer_token).status == "ACTIVE"


def test_an_hpp_session_for_another_merchants_payment_session_is_404(
    markets: tuple[KlarnaPayments, KlarnaPayments],
) -> None:
    sweden, norway = markets
    session = sweden.sessions.create_credit_session(SESSION)
    url = f"{norway.base_url}/payments/v1/sessions/{session.session_id}"
    with pytest.raises(NotFoundError):
        norway.hpp.create_hpp_session({"payment_session_url": url})
    page = sweden.hpp.create_hpp_session({"payment_session_url": url})
    with pytest.raises(NotFoundError):
        norway.hpp.read_hpp_session(str(page.session_id))


def test_each_merchant_is_paid_its_own_captures(
    klarna_fake: FakeKlarna, markets: tuple[KlarnaPayments, KlarnaPayments]
) -> None:
    sweden, norway = markets
    for client, credentials, amount in ((sweden, SWEDEN, 1000), (norway, NORWAY, 700)):
        order_id = klarna_fake.place_order({"order_amount": amount}, merchant=credentials["username"])
        client.order_management.capture_order(order_id, {"captured_amount": amount})
    paid = {klarna_fake.payouts[reference]["merchant_id"]: reference for reference in klarna_fake.settle()}
    swedish, norwegian = paid[SWEDEN["username"]], paid[NORWAY["username"]]
    assert [payout.payment_reference for payout in norway.settlements.iter_payouts()] == [norwegian]
    with pytest.raises(NotFoundError):
        norway.settlements.get_payout(swedish)
    assert [t.amount for t in norway.settlements.iter_transactions()] == [700]


def test_an_idempotency_key_is_one_merchants(
    klarna_fake: FakeKlarna, markets: tuple[KlarnaPayments, KlarnaPayments]
) -> None:
    sweden, norway = markets
    swedish = klarna_fake.authorize(SESSION, merchant=SWEDEN["username"])
    norwegian = klarna_fake.authorize(SESSION, merchant=NORWAY["username"])
    first = sweden.orders.create_order(swedish, order_for(SESSION), idempotency_key=KEY)
    second = norway.orders.create_order(norwegian, order_for(SESSION), idempotency_key=KEY)
    assert first.order_id != second.order_id
    assert klarna_fake.orders[second.order_id]["merchant"] == NORWAY["username"]


async def test_another_merchants_session_is_404_to_the_async_client(klarna_fake: FakeKlarna) -> None:
    async with klarna_fake.async_client(**SWEDEN) as sweden, klarna_fake.async_client(**NORWAY) as norway:
        session = await sweden.sessions.create_credit_session(SESSION)
        with pytest.raises(NotFoundError):
            await norway.sessions.read_credit_session(session.session_id)


def test_the_in_process_helpers_act_for_the_default_merchant(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    with klarna_fake.client(**SWEDEN) as sweden, pytest.raises(NotFoundError):
        sweden.orders.create_order(token, order_for(SESSION))
    with klarna_fake.client() as default:
        assert default.orders.create_order(token, order_for(SESSION)).order_id in klarna_fake.orders


def test_authorizing_another_merchants_session_by_name_is_refused(
    klarna_fake: FakeKlarna, markets: tuple[KlarnaPayments, KlarnaPayments]
) -> None:
    sweden, _ = markets
    session = sweden.sessions.create_credit_session(SESSION)
    with pytest.raises(ValueError, match="session_id"):
        klarna_fake.authorize(session.session_id, merchant=NORWAY["username"])
    assert klarna_fake.authorize(session.session_id)  # the session's own merchant, unnamed


def test_an_api_key_merchant_is_named_without_its_key() -> None:
    key = "klarna_test_api_c2VjcmV0LWtleQ"
    fake = FakeKlarna(api_key=key)
    order_id = fake.place_order({"order_amount": 1000})
    with fake.client() as klarna:
        klarna.order_management.capture_order(order_id, {"captured_amount": 1000})
    [reference] = fake.settle()
    assert fake.orders[order_id]["merchant"].startswith("api-key-")
    assert key not in repr(fake.orders) + repr(fake.payouts) + repr(fake.requests)
    assert fake.payouts[reference]["merchant_id"] == fake.orders[order_id]["merchant"]


def unauthorized(fake: FakeKlarna, headers: dict[str, str]) -> str:
    """The message of the fake's 401 to a request with `headers`."""
    with httpx.Client(transport=fake.transport, base_url="https://api.klarna.test") as http:
        answer = http.delete("/payments/v1/authorizations/t", headers=headers)
    assert answer.status_code == 401
    assert answer.json()["error_code"] == "UNAUTHORIZED"
    [message] = answer.json()["error_messages"]
    return str(message)


@pytest.mark.parametrize(
    "credential",
    ["KLARNA_LIVE_api_abc", "Klarna_Live_api_abc", httpx.BasicAuth("uuid-1", "KLARNA_LIVE_api_abc")._auth_header],
    ids=["api key in capitals", "api key in mixed case", "as the password"],
)
def test_a_production_key_in_any_case_is_refused_saying_so(credential: str) -> None:
    header = credential if credential.startswith("Basic ") else f"Basic {credential}"
    assert "Production credentials" in unauthorized(FakeKlarna(), {"Authorization": header})


def test_the_401_without_credentials_says_there_were_none() -> None:
    assert unauthorized(FakeKlarna(), {}).startswith("No credentials")


def test_the_401_to_credentials_the_fake_was_not_made_with_says_so() -> None:
    fake = FakeKlarna(**SWEDEN)
    other = httpx.BasicAuth(SWEDEN["username"], "guess")._auth_header
    message = unauthorized(fake, {"Authorization": other})
    assert message.startswith("Wrong credentials") and "guess" not in message


def test_a_username_with_another_password_than_before_is_refused() -> None:
    fake = FakeKlarna()
    with fake.client(**SWEDEN) as klarna:
        klarna.sessions.create_credit_session(SESSION)
    with fake.client(username=SWEDEN["username"], password="guess") as klarna:
        with pytest.raises(AuthenticationError, match="another password") as raised:
            klarna.sessions.create_credit_session(SESSION)
    assert "guess" not in str(raised.value) and SWEDEN["password"] not in str(raised.value)


def test_a_production_key_named_as_a_merchant_is_refused(klarna_fake: FakeKlarna) -> None:
    with pytest.raises(ValueError, match="production credentials"):
        klarna_fake.place_order({"order_amount": 1000}, merchant="KLARNA_LIVE_api_abc")
