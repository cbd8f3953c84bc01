"""Request bodies and tokens the tests send: valid by the document and by Klarna's order rules."""

from __future__ import annotations

from typing import Any

TOKEN = "2b7c6614-90a5-427c-bf0d-2879888822fb"
IDEMPOTENCY_KEY = "8f2a4b6c-1d3e-4f50-8a7b-9c0d1e2f3a4b"

# One line of 1000 SEK cents, no tax rate: every order rule holds.
ORDER_BODY: dict[str, Any] = {
    "purchase_country": "SE",
    "purchase_currency": "SEK",
    "locale": "sv-SE",
    "order_amount": 1000,
    "order_lines": [{"name": "Kaffe", "quantity": 1, "unit_price": 1000, "total_amount": 1000}],
}
TOKEN_BODY: dict[str, Any] = {
    "purchase_country": "SE",
    "purchase_currency": "SEK",
    "locale": "sv-SE",
    "description": "Kaffeprenumeration",
    "intended_use": "SUBSCRIPTION",
}
# The document's own examples (openapi.yaml), which Prism answers with its examples.
US_ORDER: dict[str, Any] = {
    "purchase_country": "US",
    "purchase_currency": "USD",
    "locale": "en-US",
    "order_amount": 1000,
    "order_tax_amount": 0,
    "order_lines": [
        {"type": "physical", "name": "Battery Power Pack", "quantity": 1, "unit_price": 1000, "total_amount": 1000}
    ],
}
US_TOKEN: dict[str, Any] = {
    "purchase_country": "US",
    "purchase_currency": "USD",
    "locale": "en-US",
    "description": "MySaaS subscription",
    "intended_use": "SUBSCRIPTION",
}
EXAMPLE_ORDER_ID = "3eaeb557-5e30-47f8-b840-b8d987f5945d"  # openapi.yaml's createOrder 200 example
EXAMPLE_TOKEN_ID = "0b1d9815-165e-42e2-8867-35bc03789e00"
