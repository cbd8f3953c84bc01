"""Klarna's authorizations, as the fake keeps them: create an order, create a customer token,
cancel. A token is usable within 60 minutes and once; a session's newer authorization replaces
it; an order must match the authorized session (409) and Klarna's order rules (400)."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Mapping
from typing import Any, Literal

from ._order_management import placed_order
from ._state import ADDRESSES, REDIRECT, Call, FakeState, _Authorization, _confirms, _Problem, timestamp


class OrdersBehaviour(FakeState):
    """The stateful behaviour of the operations tagged `orders`."""

    def _consumable(
        self, token: str | None, merchant: str, *, creates: Literal["orders", "customer tokens"]
    ) -> _Authorization:
        """The authorization of `token`, if it may still create one of what `creates` names."""
        authorization = self._usable(token, merchant)
        refused_intent, created = (
            ("tokenize", authorization.order_id) if creates == "orders" else ("buy", authorization.customer_token_id)
        )
        if authorization.intent == refused_intent:
            raise _Problem(403, "INVALID_OPERATION", f"Not allowed to create {creates} for intent {refused_intent}.")
        if created is not None:
            raise _Problem(403, "INVALID_OPERATION", "Authorization token already consumed")
        return authorization

    def _operation_create_order(self, call: Call) -> tuple[int, dict[str, Any]]:
        authorization = self._consumable(call.token, call.merchant, creates="orders")
        body = self._checked_body("create_order_request", call.body)
        mismatched = _mismatches(self._session_of(authorization), body)
        if mismatched:
            raise _Problem(409, "BAD_VALUE", f"Not matching fields: [{', '.join(mismatched)}]")
        order_id = str(uuid.uuid4())
        fraud_status = "PENDING" if authorization.decision else "ACCEPTED"
        self.orders[order_id] = placed_order(
            order_id,
            body,
            self.clock.now(),
            fraud_status=fraud_status,
            token=authorization.token,
            merchant=call.merchant,
        )
        authorization.order_id = order_id
        self._complete_session(authorization)
        return 200, self._order_answer(order_id)

    def _order_answer(self, order_id: str) -> dict[str, Any]:
        answer = {
            "order_id": order_id,
            "fraud_status": self.orders[order_id]["fraud_status"],
            "authorized_payment_method": {"type": "invoice", "number_of_days": 30},
        }
        if _confirms(self._session_of(self._authorizations[self.orders[order_id]["token"]])):
            answer["redirect_url"] = REDIRECT.format(order_id)
        return answer

    def _operation_purchase_token(self, call: Call) -> tuple[int, dict[str, Any]]:
        authorization = self._consumable(call.token, call.merchant, creates="customer tokens")
        body = self._checked_body("customer_token_creation_request", call.body)  # its country rule too
        billing = body.get("billing_address") or {}
        token_id = str(uuid.uuid4())
        self.customer_tokens[token_id] = {
            "token_id": token_id,
            "merchant": call.merchant,
            "body": copy.deepcopy(body),
            "token": authorization.token,
        }
        authorization.customer_token_id = token_id
        self._complete_session(authorization)
        answer: dict[str, Any] = {"token_id": token_id}
        if _confirms(self._session_of(authorization)):
            answer["redirect_url"] = REDIRECT.format(token_id)
        if billing:
            answer["billing_address"] = copy.deepcopy(billing)
        return 200, answer

    def _operation_cancel_authorization(self, call: Call) -> None:
        # Klarna documents "Authorization cannot be deleted" for an unknown or expired token; the
        # rest is inferred: a token that created something cannot be deleted either, and one
        # already cancelled is "Invalid authorization token" (so a repeated cancel settles).
        token = call.token
        known = self._authorizations.get(token or "")
        if known is not None and known.merchant == call.merchant and known.state == "cancelled":
            raise _Problem(404, "NOT_FOUND", "Invalid authorization token")
        try:
            authorization = self._usable(token, call.merchant)
        except _Problem:
            raise _Problem(404, "NOT_FOUND", "Authorization cannot be deleted") from None
        if authorization.order_id is not None or authorization.customer_token_id is not None:
            raise _Problem(404, "NOT_FOUND", "Authorization cannot be deleted")
        authorization.state = "cancelled"

    def _decide_pending(self) -> None:
        with self._lock:
            now = self.clock.now()
            for order_id, order in self.orders.items():
                authorization = self._authorizations.get(order["token"] or "")
                decision = authorization.decision if authorization is not None else None
                if order["fraud_status"] == "PENDING" and decision and now >= order["created"] + decision[1]:
                    self._decide(order_id, decision[0])

    def _decide(self, order_id: str, decision: str) -> None:
        """Klarna's review of a pending order ends: its `fraud_status`, a rejected order cancelled
        (inferred), and the notification Klarna POSTs to `merchant_urls.notification`."""
        order = self.orders[order_id]
        order["fraud_status"] = decision
        if decision == "REJECTED" and not order["captures"]:
            order["status"] = "CANCELLED"
        url = (order["body"].get("merchant_urls") or {}).get("notification")
        if url:
            event = {"order_id": order_id, "event_type": f"FRAUD_RISK_{decision}"}
            self.notifications.append({"url": url, "body": {**event, "decided_at": timestamp(self.clock.now())}})


def _mismatches(session: Mapping[str, Any], body: Mapping[str, Any]) -> list[str]:
    """What differs from the authorized session, in Klarna's words."""
    found = [
        key
        for key in ("purchase_country", "purchase_currency", "order_amount")
        if key in session and session[key] != body.get(key)
    ]
    expected, actual = len(session.get("order_lines", [])), len(body.get("order_lines", []))
    if "order_lines" in session and expected != actual:
        found.append(f"Incorrect number of items in the cart. Expected: {expected}, Actual: {actual}")
    for address in ADDRESSES:
        given = session.get(address)
        if isinstance(given, Mapping):
            sent = body.get(address)
            sent = sent if isinstance(sent, Mapping) else {}
            found += [f"{address}.{key}" for key, value in given.items() if sent.get(key) != value]
    return found
