"""Quickstart: create an order, create a customer token, cancel an authorization, handle an error.

Runs against whatever KLARNA_* variables point at: `make demo` sets KLARNA_BASE_URL to a Prism
mock of openapi.yaml with demo credentials; with your playground credentials in KLARNA_USERNAME
and KLARNA_PASSWORD (or KLARNA_API_KEY) and real authorization tokens in
KLARNA_AUTHORIZATION_TOKEN it runs against Klarna's playground.
"""

from __future__ import annotations

import os

from klarna_payments import KlarnaPayments, NotFoundError
from klarna_payments.params import CreateOrderRequestParam, CustomerTokenCreationRequestParam

AUTHORIZATION_TOKEN = os.environ.get("KLARNA_AUTHORIZATION_TOKEN", "2b7c6614-90a5-427c-bf0d-2879888822fb")

ORDER: CreateOrderRequestParam = {
    "purchase_country": "SE",
    "purchase_currency": "SEK",
    "locale": "sv-SE",
    "order_amount": 25000,
    "order_tax_amount": 5000,
    "order_lines": [
        {
            "type": "physical",
            "reference": "KAFFE-500",
            "name": "Kaffe 500 g",
            "quantity": 2,
            "unit_price": 12500,
            "tax_rate": 2500,
            "total_amount": 25000,
            "total_tax_amount": 5000,
        }
    ],
}
TOKEN_REQUEST: CustomerTokenCreationRequestParam = {
    "purchase_country": "SE",
    "purchase_currency": "SEK",
    "locale": "sv-SE",
    "description": "Kaffeprenumeration",
    "intended_use": "SUBSCRIPTION",
}


def main() -> None:
    with KlarnaPayments() as klarna:
        print(f"Klarna Payments at {klarna.base_url}")

        order = klarna.orders.create_order(AUTHORIZATION_TOKEN, ORDER)
        print(f"1. order created:          order_id={order.order_id} fraud_status={order.fraud_status}")

        token = klarna.orders.purchase_token(AUTHORIZATION_TOKEN, TOKEN_REQUEST)
        print(f"2. customer token created: token_id={token.token_id}")

        klarna.orders.cancel_authorization(AUTHORIZATION_TOKEN)
        print("3. authorization cancelled")

    # The mock answers with the status asked for in a Prefer header; the real API with 404
    # for a token that expired or was already used.
    with KlarnaPayments(default_headers={"Prefer": "code=404"}) as klarna:
        try:
            klarna.orders.create_order("expired-authorization-token", ORDER)
        except NotFoundError as error:
            print(f"4. handled {type(error).__name__}: {error.error_code} correlation_id={error.correlation_id}")


if __name__ == "__main__":
    main()
