"""examples/checkout.py end to end against the fake: session, authorization, callback, order.

Run by `make test` (pytest collects examples/). Klarna's part is `FakeKlarna`: the widget's
authorization is `fake.authorize(session_id)`, and the callback Klarna would POST is taken from
`fake.callbacks` and POSTed to the service, as Klarna would.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from checkout import Checkout, make_server
from klarna_payments import lines
from klarna_payments.testing import FakeKlarna

CART = [
    lines.item("Kaffe 500 g", quantity=2, unit_price=12500, tax_rate=1200),
    lines.shipping_fee("Postnord", amount=4900, tax_rate=2500),
]


@pytest.fixture
def shop(klarna_fake: FakeKlarna) -> Iterator[str]:
    """The checkout service, on a free port, sending to the fake."""
    with klarna_fake.client() as klarna:
        checkout = Checkout(klarna, "http://127.0.0.1")
        server = make_server(checkout)
        url = checkout.public_url = f"http://127.0.0.1:{server.server_address[1]}"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            yield url
        finally:
            server.shutdown()
            server.server_close()


def start(shop: str, order_number: str) -> dict[str, str]:
    answer = httpx.post(f"{shop}/checkout", json={"order_number": order_number, "cart": CART}, timeout=5)
    assert answer.status_code == 200, answer.text
    return answer.json()  # type: ignore[no-any-return]


def deliver_callback(klarna_fake: FakeKlarna) -> httpx.Response:
    """POST the last authorization callback the fake recorded to its URL, as Klarna would."""
    callback = klarna_fake.callbacks[-1]
    return httpx.post(callback["url"], json=callback["body"], timeout=5)


def test_the_browser_places_the_order(klarna_fake: FakeKlarna, shop: str) -> None:
    session = start(shop, "10042")
    assert session["client_token"]
    token = klarna_fake.authorize(session["session_id"])
    answer = httpx.post(f"{shop}/orders/10042", json={"authorization_token": token}, timeout=5)
    assert answer.status_code == 200
    assert list(klarna_fake.orders) == [answer.json()["order_id"]]
    assert klarna_fake.orders[answer.json()["order_id"]]["body"]["merchant_reference1"] == "10042"


def test_the_callback_places_the_order_when_the_browser_never_returns(klarna_fake: FakeKlarna, shop: str) -> None:
    session = start(shop, "10043")
    klarna_fake.authorize(session["session_id"])
    answer = deliver_callback(klarna_fake)
    assert answer.status_code == 200
    assert list(klarna_fake.orders) == [answer.json()["order_id"]]


def test_browser_and_callback_at_once_place_exactly_one_order(klarna_fake: FakeKlarna, shop: str) -> None:
    session = start(shop, "10044")
    token = klarna_fake.authorize(session["session_id"])
    with ThreadPoolExecutor(max_workers=2) as pool:
        browser = pool.submit(httpx.post, f"{shop}/orders/10044", json={"authorization_token": token}, timeout=5)
        callback = pool.submit(deliver_callback, klarna_fake)
        answers = [browser.result(), callback.result()]
    assert [answer.status_code for answer in answers] == [200, 200]
    assert len(klarna_fake.orders) == 1
    assert {answer.json()["order_id"] for answer in answers} == set(klarna_fake.orders)


def test_a_callback_with_a_wrong_secret_is_refused_and_places_nothing(klarna_fake: FakeKlarna, shop: str) -> None:
    session = start(shop, "10045")
    token = klarna_fake.authorize(session["session_id"])
    body = {"authorization_token": token, "session_id": session["session_id"]}
    answer = httpx.post(f"{shop}/klarna/authorized?order=10045&secret=guess", json=body, timeout=5)
    assert answer.status_code == 403
    assert token not in answer.text
    assert klarna_fake.orders == {}
