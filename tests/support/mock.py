"""KlarnaPayments clients wired to an in-process httpx.MockTransport, and canned responses."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
from klarna_payments import AsyncKlarnaPayments, KlarnaPayments

BASE_URL = "https://klarna.test"
TOKEN = "2b7c6614-90a5-427c-bf0d-2879888822fb"
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
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that answers with canned responses and keeps every request."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        canned = self.responses[min(len(self.requests), len(self.responses)) - 1]
        # A fresh response per request: a response's stream can be consumed only once.
        return httpx.Response(canned.status_code, headers=canned.headers, content=canned.content)


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json", **(headers or {})}
    )


def sdk_options(options: dict[str, Any]) -> dict[str, Any]:
    """Common test configuration: demo credentials, the fake base URL, no retries unless asked."""
    return {"base_url": BASE_URL, "username": "merchant", "password": "s3cret-pass", "max_retries": 0, **options}


def sync_sdk(handler: Handler, **options: Any) -> KlarnaPayments:
    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    return KlarnaPayments(http_client=http_client, **sdk_options(options))


def async_sdk(handler: Handler, **options: Any) -> AsyncKlarnaPayments:
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncKlarnaPayments(http_client=http_client, **sdk_options(options))
