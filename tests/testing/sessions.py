"""What a shop sends Klarna for a payment session, and the order that matches it."""

from __future__ import annotations

import copy
from typing import Any

from tests.support.payloads import ORDER_BODY, TOKEN_BODY

ADDRESS: dict[str, Any] = {
    "given_name": "Testperson-se",
    "family_name": "Approved",
    "email": "customer@email.se",
    "street_address": "Stårgatan 1",
    "postal_code": "12345",
    "city": "Ankeborg",
    "country": "SE",
}
CONFIRMATION = {"confirmation": "https://shop.example/thanks", "notification": "https://shop.example/klarna/push"}
# The session as authorized; an order that matches it is the same body.
SESSION: dict[str, Any] = {**ORDER_BODY, "billing_address": ADDRESS, "merchant_urls": CONFIRMATION}
US_SESSION: dict[str, Any] = {**ORDER_BODY, "purchase_country": "US", "purchase_currency": "USD", "locale": "en-US"}
GB_SESSION: dict[str, Any] = {**ORDER_BODY, "purchase_country": "GB", "purchase_currency": "GBP", "locale": "en-GB"}


def order_for(session: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A create-order body for `session`, with top-level `changes`."""
    return {**copy.deepcopy(session), **changes}


def token_body(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(TOKEN_BODY), **changes}
