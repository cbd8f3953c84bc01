"""The fake plays the whole checkout: a payment session, its authorization (and callback), the order."""

from __future__ import annotations

import http.server
import threading
from typing import Any

import httpx
import pytest
from klarna_payments import BadRequestError, ConflictError, NotFoundError
from klarna_payments.models import MerchantSession
from klarna_payments.testing import FakeKlarna
from klarna_payments.testing.__main__ import serve

from tests.testing.sessions import SESSION, order_for

CALLBACK = "https://shop.example/klarna/authorized?secret=s3"


def session_body(**changes: Any) -> dict[str, Any]:
    return {**order_for(SESSION), **changes}


def test_a_created_session_has_an_id_a_client_token_and_categories_by_country(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna:
        session = klarna.sessions.create_credit_session(session_body())
        american = klarna.sessions.create_credit_session(
            session_body(purchase_country="US", purchase_currency="USD", locale="en-US", billing_address={})
        )
    assert isinstance(session, MerchantSession)
    assert session.session_id in klarna_fake.sessions and session.client_token
    assert [c.identifier for c in session.payment_method_categories] == ["klarna"]  # type: ignore[union-attr]
    assert [c.identifier for c in american.payment_method_categories] == ["pay_over_time", "pay_later"]  # type: ignore[union-attr]
    assert session.client_token not in repr(session)


def test_a_session_reads_incomplete_until_an_order_is_placed_then_complete(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna:
        session = klarna.sessions.create_credit_session(session_body())
        before = klarna.sessions.read_credit_session(session.session_id)
        token = klarna_fake.authorize(session.session_id)
        authorized = klarna.sessions.read_credit_session(session.session_id)
        klarna.orders.create_order(token, order_for(SESSION))
        after = klarna.sessions.read_credit_session(session.session_id)
    assert (before.status, after.status) == ("incomplete", "complete")
    assert authorized.authorization_token == token
    assert before.order_amount == SESSION["order_amount"]


def test_an_unknown_session_is_404(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna, pytest.raises(NotFoundError, match="The session does not exist"):
        klarna.sessions.read_credit_session("no-such-session")


def test_an_update_replaces_the_cart_the_order_must_match(klarna_fake: FakeKlarna) -> None:
    line = {"name": "Kaffe", "quantity": 2, "unit_price": 1000, "total_amount": 2000}
    with klarna_fake.client() as klarna:
        session = klarna.sessions.create_credit_session(session_body())
        token = klarna_fake.authorize(session.session_id)
        klarna.sessions.update_credit_session(session.session_id, {"order_amount": 2000, "order_lines": [line]})
        with pytest.raises(ConflictError) as stale:
            klarna.orders.create_order(token, order_for(SESSION))
        order = klarna.orders.create_order(token, order_for(SESSION, order_amount=2000, order_lines=[line]))
    assert "order_amount" in stale.value.fields
    assert order.order_id in klarna_fake.orders


def test_a_session_closes_48_hours_after_its_last_update(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna:
        session = klarna.sessions.create_credit_session(session_body())
        klarna_fake.clock.advance(hours=47)
        klarna.sessions.update_credit_session(session.session_id, {"merchant_reference1": "10042"})
        klarna_fake.clock.advance(hours=47)
        assert klarna.sessions.read_credit_session(session.session_id).merchant_reference1 == "10042"
        klarna_fake.clock.advance(hours=1, seconds=1)
        with pytest.raises(NotFoundError):
            klarna.sessions.read_credit_session(session.session_id)


def test_a_completed_session_cannot_be_updated(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna:
        session = klarna.sessions.create_credit_session(session_body())
        klarna.orders.create_order(klarna_fake.authorize(session.session_id), order_for(SESSION))
        with pytest.raises(NotFoundError) as caught:
            klarna.sessions.update_credit_session(session.session_id, {"merchant_reference1": "x"})
    assert caught.value.error_code == "SESSION_COMPLETED"


def test_a_session_breaking_the_order_rules_is_400(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna, pytest.raises(BadRequestError) as caught:
        klarna.sessions.create_credit_session(session_body(order_amount=999), preflight=False)
    assert caught.value.fields == ("order_amount",)


def test_authorizing_a_session_with_a_callback_url_records_the_callback(klarna_fake: FakeKlarna) -> None:
    urls = {"confirmation": "https://shop.example/thanks", "authorization": CALLBACK}
    with klarna_fake.client() as klarna:
        session = klarna.sessions.create_credit_session(session_body(merchant_urls=urls))
    token = klarna_fake.authorize(session.session_id)
    assert klarna_fake.callbacks == [
        {"url": CALLBACK, "body": {"authorization_token": token, "session_id": session.session_id}}
    ]


def test_the_session_intent_is_the_authorizations(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna:
        session = klarna.sessions.create_credit_session(session_body(intent="tokenize"))
        token = klarna_fake.authorize(session.session_id)
        with pytest.raises(Exception, match="intent tokenize"):
            klarna.orders.create_order(token, order_for(SESSION))


def test_authorizing_an_unknown_session_is_a_value_error(klarna_fake: FakeKlarna) -> None:
    with pytest.raises(ValueError, match="no open session"):
        klarna_fake.authorize("no-such-session")


async def test_the_async_client_plays_the_session_flow(klarna_fake: FakeKlarna) -> None:
    async with klarna_fake.async_client() as klarna:
        session = await klarna.sessions.create_credit_session(session_body())
        token = klarna_fake.authorize(session.session_id)
        order = await klarna.orders.create_order(token, order_for(SESSION))
        read = await klarna.sessions.read_credit_session(session.session_id)
    assert read.status == "complete" and order.order_id in klarna_fake.orders


def test_serve_posts_the_callback_to_a_loopback_url() -> None:
    received: list[bytes] = []

    class Shop(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    shop_server = http.server.HTTPServer(("127.0.0.1", 0), Shop)
    fake_server = serve(0, FakeKlarna())
    for server in (shop_server, fake_server):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        callback_url = f"http://127.0.0.1:{shop_server.server_address[1]}/klarna/authorized"
        fake_url = f"http://127.0.0.1:{fake_server.server_address[1]}"
        body = session_body(merchant_urls={"authorization": callback_url})
        created = httpx.post(f"{fake_url}/payments/v1/sessions", json=body, auth=("u", "p"), timeout=5).json()
        authorize = f"{fake_url}/_fake/authorize"
        answer = httpx.post(authorize, json={"session_id": created["session_id"]}, auth=("u", "p"), timeout=5)
    finally:
        for server in (shop_server, fake_server):
            server.shutdown()
            server.server_close()
    assert answer.status_code == 200
    assert len(received) == 1
    assert httpx.Response(200, content=received[0]).json() == {
        "authorization_token": answer.json()["authorization_token"],
        "session_id": created["session_id"],
    }
