"""Klarna's payment sessions, as the fake keeps them: create, read, update.

A session has an id, a client token and the payment method categories of its country; it stays
open 48 hours after its last update (then 404), reads `incomplete` until an order or a customer
token is created from its authorization and `complete` after (an update is then 404
`SESSION_COMPLETED`, inferred from Klarna's error list). An update replaces the fields it
gives, and an order must match the session as it is then (409 otherwise). Session bodies follow
the document and Klarna's order rules, like orders (400).
"""

from __future__ import annotations

import copy
import datetime
import secrets
import uuid
from typing import Any, Final

from ._state import Call, FakeState, _Problem, owned, rule_problems

SESSION_LIFETIME: Final = datetime.timedelta(hours=48)
_BADGE: Final = "https://x.klarnacdn.net/payment-method/assets/badges/generic/klarna.svg"
# The categories the fake offers, by purchase country (Klarna's depend on the market and merchant).
CATEGORIES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "US": (("pay_over_time", "Pay over time"), ("pay_later", "Pay in 4")),
    "GB": (("pay_over_time", "Pay in 3"), ("pay_now", "Pay now")),
}
DEFAULT_CATEGORIES: Final = (("klarna", "Pay with Klarna"),)


def payment_method_categories(country: object) -> list[dict[str, Any]]:
    chosen = CATEGORIES.get(str(country).upper(), DEFAULT_CATEGORIES)
    return [
        {"identifier": identifier, "name": name, "asset_urls": {"descriptive": _BADGE, "standard": _BADGE}}
        for identifier, name in chosen
    ]


class SessionsBehaviour(FakeState):
    """The stateful behaviour of the operations tagged `sessions`."""

    def _operation_create_credit_session(self, call: Call) -> tuple[int, dict[str, Any]]:
        body = self._checked_body("session_create", call.body)
        session_id = str(uuid.uuid4())
        self.sessions[session_id] = {
            "session_id": session_id,
            "merchant": call.merchant,
            "body": copy.deepcopy(body),
            "client_token": f"eyJhbGciOiJub25lIn0.{secrets.token_urlsafe(24)}.",
            "status": "incomplete",
            "updated": self.clock.now(),
        }
        session = self.sessions[session_id]
        categories = payment_method_categories(body.get("purchase_country"))
        return 200, {
            "session_id": session_id,
            "client_token": session["client_token"],
            "payment_method_categories": categories,
        }

    def _operation_read_credit_session(self, call: Call) -> tuple[int, dict[str, Any]]:
        session = self._open_session(call.token, call.merchant)
        answer: dict[str, Any] = {
            **copy.deepcopy(session["body"]),
            "status": session["status"],
            "client_token": session["client_token"],
            "expires_at": (session["updated"] + SESSION_LIFETIME).isoformat(),
            "payment_method_categories": payment_method_categories(session["body"].get("purchase_country")),
        }
        token = self._sessions.get(session["session_id"])
        if token is not None and self._authorizations[token].state == "active":
            answer["authorization_token"] = token
        return 200, answer

    def _operation_update_credit_session(self, call: Call) -> None:
        session = self._open_session(call.token, call.merchant)
        if session["status"] == "complete":
            raise _Problem(404, "SESSION_COMPLETED", "Session has already been completed")
        changes = self._checked_body("session", call.body)
        merged = {**session["body"], **copy.deepcopy(changes)}
        broken = rule_problems("session", merged)  # the session as it would be keeps the rules
        if broken:
            raise _Problem(400, "BAD_VALUE", *broken)
        session["body"] = merged
        session["updated"] = self.clock.now()

    def _open_session(self, session_id: str | None, merchant: str | None) -> dict[str, Any]:
        """The session `session_id` names, while it is open and `merchant`'s (None: any
        merchant's); Klarna's 404 otherwise."""
        session = self.sessions.get(session_id or "")
        if session is None or not owned(session, merchant) or self.clock.now() > session["updated"] + SESSION_LIFETIME:
            raise _Problem(404, "NOT_FOUND", "The session does not exist")
        return session
