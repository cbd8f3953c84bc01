"""A minimal checkout service on Klarna Payments, standard library only: the whole flow.

Three routes:

- ``POST /checkout`` ``{"order_number": "10042", "cart": [order lines]}``: opens a payment
  session (its ``merchant_urls.authorization`` a callback URL with a one-time secret) and
  answers ``{"session_id", "client_token"}`` for the browser's Klarna widget;
- ``POST /klarna/authorized?order=10042&secret=...``: Klarna's authorization callback,
  authenticated by the secret, placing the order;
- ``POST /orders/10042`` ``{"authorization_token": "..."}``: the browser handing the token
  back after the shopper authorized, placing the order.

The token may come from the browser, from the callback, or both at once: the order is placed
once (a lock and the stored order id per order number, and a deterministic idempotency key, so
a repeat after a crash cannot create a second one). Run it against the fake with
``examples/test_checkout.py``; against the playground with ``KLARNA_*`` set:
``python examples/checkout.py 8000 https://your-public-host``.
"""

from __future__ import annotations

import json
import sys
import threading
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from klarna_payments import KlarnaError, KlarnaPayments, OutcomeUnknownError, callbacks, idempotency_key, lines
from klarna_payments.params import CreateOrderRequestParam, OrderLineParam, SessionCreateParam

SHOP = "shop-se"


@dataclass
class Purchase:
    """One checkout, as the shop stores it (a database row in a real shop)."""

    body: CreateOrderRequestParam
    session_id: str = ""
    callback_secret: str = ""
    order_id: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


class Checkout:
    """The shop's side of a Klarna checkout."""

    def __init__(self, klarna: KlarnaPayments, public_url: str) -> None:
        self.klarna, self.public_url = klarna, public_url.rstrip("/")
        self.purchases: dict[str, Purchase] = {}

    def start(self, order_number: str, cart: Sequence[OrderLineParam]) -> dict[str, str]:
        """Open the payment session; what the browser needs to show Klarna's widget."""
        amounts = lines.totals(cart)
        callback_url, secret = callbacks.authorization_callback_url(
            f"{self.public_url}/klarna/authorized?order={urllib.parse.quote(order_number)}"
        )
        session_body: SessionCreateParam = {
            "purchase_country": "SE",
            "purchase_currency": "SEK",
            "locale": "sv-SE",
            "order_lines": list(cart),
            "order_amount": amounts["order_amount"],
            "order_tax_amount": amounts["order_tax_amount"],
            "merchant_reference1": order_number,
            "merchant_urls": {"authorization": callback_url},
        }
        session = self.klarna.sessions.create_credit_session(session_body)
        # The order repeats the cart the shopper authorizes (a mismatch is a 409).
        body: CreateOrderRequestParam = {
            "purchase_country": session_body["purchase_country"],
            "purchase_currency": session_body["purchase_currency"],
            "locale": "sv-SE",
            "order_lines": session_body["order_lines"],
            "order_amount": session_body["order_amount"],
            "order_tax_amount": amounts["order_tax_amount"],
            "merchant_reference1": order_number,
        }
        self.purchases[order_number] = Purchase(body, session.session_id, secret)
        return {"session_id": session.session_id, "client_token": session.client_token}

    def authorized(self, order_number: str, secret: str | None, raw_body: bytes) -> str:
        """Klarna's callback: check it is Klarna's, then place the order."""
        purchase = self.purchases[order_number]
        callbacks.verify_callback_secret(secret, purchase.callback_secret)
        callback = callbacks.parse_authorization_callback(raw_body)
        if callback.session_id != purchase.session_id:
            raise callbacks.CallbackError("the callback names another session")
        return self.place(order_number, callback.authorization_token)

    def place(self, order_number: str, authorization_token: str) -> str:
        """Place the order once, whichever path brings the token first."""
        purchase = self.purchases[order_number]
        with purchase.lock:
            if purchase.order_id is None:
                key = idempotency_key(SHOP, "order", order_number)  # the same after a crash
                order = self.klarna.orders.create_order(authorization_token, purchase.body, idempotency_key=key)
                purchase.order_id = order.order_id
            return purchase.order_id


def handler_for(checkout: Checkout) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(url.query))
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                if url.path == "/checkout":
                    request = json.loads(raw)
                    self.answer(200, checkout.start(request["order_number"], request["cart"]))
                elif url.path == "/klarna/authorized":
                    order_id = checkout.authorized(query.get("order", ""), query.get("secret"), raw)
                    self.answer(200, {"order_id": order_id})
                elif url.path.startswith("/orders/"):
                    token = json.loads(raw)["authorization_token"]
                    self.answer(200, {"order_id": checkout.place(url.path.removeprefix("/orders/"), token)})
                else:
                    self.answer(404, {"error": "no such route"})
            except callbacks.CallbackError as error:
                self.answer(403, {"error": str(error)})
            except OutcomeUnknownError as error:  # the order may exist: settle it before anything else
                self.answer(502, {"error": "outcome unknown", "idempotency_key": error.idempotency_key})
            except KlarnaError as error:
                self.answer(502, {"error": type(error).__name__, "correlation_id": error.correlation_id})
            except (KeyError, ValueError, TypeError):
                self.answer(400, {"error": "bad request"})

        def answer(self, status: int, body: dict[str, Any]) -> None:
            content = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the default prints full URLs: the callback secret is in one

    return Handler


def make_server(checkout: Checkout, port: int = 0) -> ThreadingHTTPServer:
    """The checkout service on 127.0.0.1:`port` (0: a free one); not started."""
    return ThreadingHTTPServer(("127.0.0.1", port), handler_for(checkout))


if __name__ == "__main__":
    port, public_url = int(sys.argv[1]), sys.argv[2]
    with KlarnaPayments() as klarna:
        make_server(Checkout(klarna, public_url), port).serve_forever()
