"""`FakeKlarna` places orders as Klarna does: once per authorization, within 60 minutes, matching
the session, and with Klarna's statuses, error codes and messages otherwise."""

from __future__ import annotations

import uuid

import httpx
import pytest
from klarna_payments import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    OrderRuleError,
    PermissionDeniedError,
)
from klarna_payments.testing import FakeKlarna

from tests.support.payloads import IDEMPOTENCY_KEY
from tests.testing.sessions import ADDRESS, SESSION, order_for

TEST_AUTH = ("PK1_test", "test-password")


def test_an_order_matching_the_authorized_session_is_placed(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)

    with klarna_fake.client() as klarna:
        order = klarna.orders.create_order(token, order_for(SESSION))

    assert uuid.UUID(order.order_id)
    assert order.fraud_status == "ACCEPTED"
    assert order.redirect_url.endswith(order.order_id)
    assert klarna_fake.orders[order.order_id]["body"] == SESSION
    assert klarna_fake.orders[order.order_id]["token"] == token


async def test_the_async_client_places_an_order_too(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)

    async with klarna_fake.async_client() as klarna:
        order = await klarna.orders.create_order(token, order_for(SESSION))

    assert klarna_fake.orders[order.order_id]["fraud_status"] == "ACCEPTED"


def test_a_second_order_on_the_same_token_is_403_already_consumed(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    with klarna_fake.client() as klarna:
        klarna.orders.create_order(token, order_for(SESSION))
        with pytest.raises(PermissionDeniedError) as raised:
            klarna.orders.create_order(token, order_for(SESSION))

    assert raised.value.error_code == "INVALID_OPERATION"
    assert raised.value.error_messages == ["Authorization token already consumed"]
    assert len(klarna_fake.orders) == 1


def test_a_token_is_usable_until_60_minutes_after_authorization(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    klarna_fake.clock.advance(minutes=60)

    with klarna_fake.client() as klarna:
        order = klarna.orders.create_order(token, order_for(SESSION))

    assert order.order_id in klarna_fake.orders


def test_a_token_older_than_60_minutes_is_404_invalid(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    klarna_fake.clock.advance(minutes=60, seconds=1)

    with klarna_fake.client() as klarna, pytest.raises(NotFoundError) as raised:
        klarna.orders.create_order(token, order_for(SESSION))

    assert (raised.value.error_code, raised.value.error_messages) == ("NOT_FOUND", ["Invalid authorization token"])
    assert klarna_fake.orders == {}


def test_an_unknown_token_is_404_invalid(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna, pytest.raises(NotFoundError, match="Invalid authorization token"):
        klarna.orders.create_order(str(uuid.uuid4()), order_for(SESSION))


def test_authorizing_a_session_again_replaces_its_token(klarna_fake: FakeKlarna) -> None:
    first = klarna_fake.authorize(SESSION, session_id="session-1")
    second = klarna_fake.authorize(SESSION, session_id="session-1")

    with klarna_fake.client() as klarna:
        with pytest.raises(NotFoundError, match="Invalid authorization token"):
            klarna.orders.create_order(first, order_for(SESSION))
        order = klarna.orders.create_order(second, order_for(SESSION))

    assert klarna_fake.orders[order.order_id]["token"] == second


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"purchase_country": "NO", "purchase_currency": "SEK"}, "purchase_country"),
        ({"purchase_currency": "EUR"}, "purchase_currency"),
        ({"billing_address": {**ADDRESS, "postal_code": "54321"}}, "billing_address.postal_code"),
    ],
    ids=["country", "currency", "address field"],
)
def test_an_order_that_differs_from_the_session_is_409_naming_the_field(
    klarna_fake: FakeKlarna, change: dict[str, object], field: str
) -> None:
    token = klarna_fake.authorize(SESSION)

    with klarna_fake.client() as klarna, pytest.raises(ConflictError) as raised:
        klarna.orders.create_order(token, order_for(SESSION, **change))

    assert raised.value.error_code == "BAD_VALUE"
    assert raised.value.error_messages == [f"Not matching fields: [{field}]"]
    assert raised.value.fields == (field,)


def test_an_order_with_another_amount_is_409_order_amount(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    lines = [{"name": "Kaffe", "quantity": 2, "unit_price": 1000, "total_amount": 2000}]

    with klarna_fake.client() as klarna, pytest.raises(ConflictError) as raised:
        klarna.orders.create_order(token, order_for(SESSION, order_amount=2000, order_lines=lines))

    assert raised.value.fields == ("order_amount",)


def test_an_order_with_more_lines_is_409_with_klarnas_item_count_message(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    halves = [{"name": "Kaffe", "quantity": 1, "unit_price": 500, "total_amount": 500}] * 2

    with klarna_fake.client() as klarna, pytest.raises(ConflictError) as raised:
        klarna.orders.create_order(token, order_for(SESSION, order_lines=halves))

    expected = "Not matching fields: [Incorrect number of items in the cart. Expected: 1, Actual: 2]"
    assert raised.value.error_messages == [expected]


def test_an_order_breaking_klarnas_rules_is_400_with_the_preflight_paths(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    taxed_wrong = [{"name": "Kaffe", "quantity": 1, "unit_price": 1000, "total_amount": 1000, "tax_rate": 2500}]
    body = order_for(SESSION, order_lines=[{**taxed_wrong[0], "total_tax_amount": 0}], order_tax_amount=0)

    with klarna_fake.client() as klarna:
        with pytest.raises(OrderRuleError) as checked_locally:
            klarna.orders.create_order(token, body)
        with pytest.raises(BadRequestError) as raised:
            klarna.orders.create_order(token, body, preflight=False)

    assert raised.value.error_messages == [
        "Bad value: order_lines[0].total_tax_amount differs from the calculated value [200] by more than [1]",
    ]
    assert raised.value.fields == tuple(problem.path for problem in checked_locally.value.problems)


def test_an_order_without_order_tax_amount_whose_lines_carry_tax_is_400_on_that_field(klarna_fake: FakeKlarna) -> None:
    taxed = [{"name": "Kaffe", "quantity": 2, "unit_price": 12500, "total_amount": 25000, "tax_rate": 2500,
              "total_tax_amount": 5000}]  # fmt: skip
    session = order_for(SESSION, order_amount=25000, order_tax_amount=5000, order_lines=taxed)
    token = klarna_fake.authorize(session)
    body = {key: value for key, value in session.items() if key != "order_tax_amount"}

    with klarna_fake.client() as klarna:
        with pytest.raises(OrderRuleError, match="order_tax_amount"):
            klarna.orders.create_order(token, body)
        with pytest.raises(BadRequestError) as raised:
            klarna.orders.create_order(token, body, preflight=False)

    assert raised.value.error_messages == ["Bad value: order_tax_amount"]
    assert klarna_fake.orders == {}


def test_a_body_the_document_forbids_is_400_bad_value_with_its_paths(klarna_fake: FakeKlarna) -> None:
    # The SDK refuses such a body before sending, so it comes through a plain httpx client.
    token = klarna_fake.authorize(SESSION, merchant=TEST_AUTH[0])
    body = order_for(SESSION, order_amount="1000", order_lines=[{"name": "Kaffe"}])
    del body["purchase_currency"]

    with httpx.Client(transport=klarna_fake.transport, base_url="https://api.klarna.test", auth=TEST_AUTH) as http:
        response = http.post(f"/payments/v1/authorizations/{token}/order", json=body)

    assert response.status_code == 400
    assert response.json()["error_code"] == "BAD_VALUE"
    assert response.json()["error_messages"] == [
        "Bad value: order_amount",
        "Bad value: order_lines[0].quantity",
        "Bad value: order_lines[0].total_amount",
        "Bad value: order_lines[0].unit_price",
        "Bad value: purchase_currency",
    ]


def test_an_order_on_a_tokenize_only_authorization_is_403(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION, intent="tokenize")

    with klarna_fake.client() as klarna, pytest.raises(PermissionDeniedError) as raised:
        klarna.orders.create_order(token, order_for(SESSION))

    assert raised.value.error_code == "INVALID_OPERATION"


def test_every_answer_carries_a_correlation_id_that_its_error_body_repeats(klarna_fake: FakeKlarna) -> None:
    with httpx.Client(transport=klarna_fake.transport, base_url="https://api.klarna.test", auth=TEST_AUTH) as http:
        response = http.post("/payments/v1/authorizations/unknown/order", json=order_for(SESSION))

    assert response.status_code == 404
    assert response.json()["correlation_id"] == response.headers["Klarna-Correlation-Id"]


def test_a_fake_with_credentials_answers_others_with_401() -> None:
    fake = FakeKlarna(username="PK1_merchant", password="right")
    token = fake.authorize(SESSION)

    with fake.client(password="wrong", username="PK1_merchant") as klarna, pytest.raises(AuthenticationError):
        klarna.orders.create_order(token, order_for(SESSION))
    with fake.client() as klarna:
        assert klarna.orders.create_order(token, order_for(SESSION)).order_id in fake.orders


def test_a_fake_with_an_api_key_accepts_that_key_only() -> None:
    fake = FakeKlarna(api_key="klarna_test_api_key_1")
    token = fake.authorize(SESSION)

    with fake.client(api_key="klarna_test_api_key_2") as klarna, pytest.raises(AuthenticationError):
        klarna.orders.create_order(token, order_for(SESSION))
    with fake.client() as klarna:
        assert klarna.orders.create_order(token, order_for(SESSION)).order_id in fake.orders


def test_what_arrived_is_kept_without_the_authorization_header(klarna_fake: FakeKlarna) -> None:
    token = klarna_fake.authorize(SESSION)
    with klarna_fake.client() as klarna:
        klarna.orders.create_order(token, order_for(SESSION), idempotency_key=IDEMPOTENCY_KEY)

    [request] = klarna_fake.calls("create_order")
    assert (request.method, request.path) == ("POST", f"/payments/v1/authorizations/{token}/order")
    assert request.headers["Klarna-Idempotency-Key"] == IDEMPOTENCY_KEY
    assert "Authorization" not in request.headers
    assert request.body == SESSION
    assert klarna_fake.calls("cancel_authorization") == []
