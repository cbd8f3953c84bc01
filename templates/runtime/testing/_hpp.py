"""The Hosted Payment Page, as the fake plays it over its own payment sessions.

An HPP session is created for a payment session the fake holds (`payment_session_url` names it
by its API URL, on any host; a Checkout order or an unknown, expired or completed session is
Klarna's 404). It starts `WAITING` and moves as the shopper acts on the page, which only a test
can make happen: `fake.complete_hpp_session(session_id)` authorizes the payment session (an
authorization token the fake's `create_order` accepts; a `customer+denied@…` persona makes it
`FAILED` instead), and `fake.set_hpp_status(session_id, status)` is any other step of the
shopper's (`IN_PROGRESS`, `BACK`, `FAILED`, `ERROR`, `CANCELLED`). `disable_hpp_session` makes
it `DISABLED` (400 once `COMPLETED`). `COMPLETED`, `CANCELLED` and `DISABLED` are final.

Each status change is the status callback Klarna POSTs to `merchant_urls.status_update`:
`{"event_id", "session"}` (the session as readHppSession answers it) in `fake.callbacks`, with
the session id filled in for its placeholder. The page the shopper's browser is sent to afterwards (`success`,
`back`, `cancel`, `failure` or `error`, with Klarna's placeholders filled in) is the session's
`redirect`. The session expires one hour before its payment session (404 after); once an order
is created with its token, it reads the `order_id`.

With `options.place_order_mode` `PLACE_ORDER` the fake places the order itself on completion,
and with `CAPTURE_ORDER` also captures it whole (inferred: Klarna documents only the names).
Inferred too, as Klarna does not say: disabling a disabled session is 204 again (no second
callback); a link can be sent (distributeHppSession) until the session is final, then 400.
"""

from __future__ import annotations

import copy
import datetime
import urllib.parse
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Final

from ._document import check_request, route_named
from ._order_management import placed_order
from ._sessions import SESSION_LIFETIME
from ._state import AuthorizationDenied, Call, FakeState, _Problem, owned, timestamp

HPP_LEAD: Final = datetime.timedelta(hours=1)  # an HPP session expires this long before its payment session
FINAL: Final = frozenset({"COMPLETED", "CANCELLED", "DISABLED"})
# The shopper's other steps on the page, and the merchant URL each sends the browser to.
SHOPPER_STEPS: Final = {
    "IN_PROGRESS": None,
    "BACK": "back",
    "FAILED": "failure",
    "ERROR": "error",
    "CANCELLED": "cancel",
}
CONTACT_FOR_METHOD: Final = {"sms": ("phone", "phone_country"), "email": ("email",), "token": ("access_id",)}
PAGE: Final = "https://pay.playground.klarna.com/fake/hpp/{}"  # the shopper's page: never fetched


class HppBehaviour(FakeState):
    """The stateful behaviour of the operations tagged `hpp`, and the shopper's steps on the page."""

    hpp_sessions: dict[str, dict[str, Any]]
    authorize: Callable[..., str]  # FakeKlarna's: the shopper approves a payment session
    _merchant: Callable[[str | None], str]  # FakeKlarna's: the merchant a `merchant=` keyword names
    _record_capture: Callable[[dict[str, Any], int, dict[str, Any]], str]  # Order Management's

    # What only the shopper on Klarna's page can do

    def complete_hpp_session(
        self, session_id: str, *, email: str = "customer@email.se", merchant: str | None = None
    ) -> str:
        """The shopper pays on the hosted page: the payment session is authorized, the HPP
        session `COMPLETED`, and its status callback recorded. Returns the authorization token
        (what the session then reads as `authorization_token`). `merchant` (a username or API
        key), when given, must be the session's.

        Raises:
            AuthorizationDenied: A `customer+denied@…` persona; the session is `FAILED` (the
                shopper may try again).
            ValueError: An unknown, expired or final session (or another merchant's).
        """
        with self._lock:
            session = self._live_hpp_session(session_id, merchant)
            try:
                token = self.authorize(session["payment_session_id"], email=email, merchant=merchant)
            except AuthorizationDenied:
                self._move(session, "FAILED", "failure")
                raise
            session["authorization_token"] = token
            mode = (session["body"].get("options") or {}).get("place_order_mode")
            if mode in ("PLACE_ORDER", "CAPTURE_ORDER"):
                self._place_for(session, token, capture=mode == "CAPTURE_ORDER")
            self._move(session, "COMPLETED", "success")
            return token

    def set_hpp_status(self, session_id: str, status: str, *, merchant: str | None = None) -> None:
        """The shopper's other steps on the page: `IN_PROGRESS` (opened it), `BACK`, `FAILED`
        (Klarna declined), `ERROR`, `CANCELLED` (final). Records the status callback.
        `merchant`, when given, must be the session's.

        Raises:
            ValueError: Another status (use `complete_hpp_session`, or `disable_hpp_session`
                through the API), or an unknown, expired or final session (or another merchant's).
        """
        if status not in SHOPPER_STEPS:
            raise ValueError(
                f"status must be one of {', '.join(SHOPPER_STEPS)}, not {status!r}: COMPLETED is "
                "complete_hpp_session, DISABLED the merchant's disable_hpp_session"
            )
        with self._lock:
            self._move(self._live_hpp_session(session_id, merchant), status, SHOPPER_STEPS[status])

    def _live_hpp_session(self, session_id: str, merchant: str | None) -> dict[str, Any]:
        if not isinstance(session_id, str):
            raise ValueError(f"session_id must be an HPP session's id (a string), not {session_id!r}")
        session = self._hpp_session_or_none(session_id, None if merchant is None else self._merchant(merchant))
        if session is None:
            whose = "" if merchant is None else " of this merchant"
            raise ValueError(f"session_id: no HPP session {session_id!r}{whose} (unknown, or expired)")
        if session["status"] in FINAL:
            raise ValueError(
                f"session_id: HPP session {session_id!r} is {session['status']}: nothing more happens to it"
            )
        return session

    # The operations

    def _operation_create_hpp_session(self, call: Call) -> tuple[int, dict[str, Any]]:
        check_request(route_named(call.operation), call)
        body = call.body
        payment_session_id = _payment_session_id(str(body["payment_session_url"]))
        payment_session = self.sessions.get(payment_session_id or "")
        if not owned(payment_session, call.merchant):
            payment_session = None  # another merchant's session does not exist for this one
        if payment_session is None or payment_session["status"] == "complete" or self._expired(payment_session):
            raise _Problem(404, "NOT_FOUND", "The payment session was not found or has expired")
        session_id = str(uuid.uuid4())
        self.hpp_sessions[session_id] = session = {
            "session_id": session_id,
            "merchant": call.merchant,
            "payment_session_id": payment_session_id,
            "body": copy.deepcopy(body),
            "status": "WAITING",
            "updated": self.clock.now(),
            "authorization_token": None,
            "redirect": None,
            "distributions": [],
        }
        session_url = call.origin + route_named("read_hpp_session").template.format(session_id=session_id)
        return 201, {
            "session_id": session_id,
            "session_url": session_url,
            "distribution_url": call.origin
            + route_named("distribute_hpp_session").template.format(session_id=session_id),
            "redirect_url": PAGE.format(session_id),
            "qr_code_url": PAGE.format(session_id) + "/qr",
            "expires_at": timestamp(self._hpp_expiry(session)),
        }

    def _operation_read_hpp_session(self, call: Call) -> tuple[int, dict[str, Any]]:
        return 200, self._hpp_view(self._hpp_session(call))

    def _operation_disable_hpp_session(self, call: Call) -> None:
        session = self._hpp_session(call)
        if session["status"] == "COMPLETED":
            raise _Problem(400, "BAD_REQUEST", "The session is already completed")
        if session["status"] != "DISABLED":
            self._move(session, "DISABLED", None)

    def _operation_distribute_hpp_session(self, call: Call) -> None:
        session = self._hpp_session(call)
        if session["status"] in FINAL:
            raise _Problem(400, "BAD_REQUEST", f"The session is {session['status'].lower()}")
        check_request(route_named(call.operation), call)
        body = call.body
        contact = body.get("contact_information") or {}
        missing = [name for name in CONTACT_FOR_METHOD.get(body["method"], ()) if not contact.get(name)]
        if missing:
            raise _Problem(400, "BAD_REQUEST", *(f"contact_information.{name}: must not be blank" for name in missing))
        session["distributions"].append(copy.deepcopy(body))

    # The session's state

    def _hpp_session(self, call: Call) -> dict[str, Any]:
        session = self._hpp_session_or_none(call.token or "", call.merchant)
        if session is None:
            raise _Problem(404, "NOT_FOUND", "The session was not found or has expired")
        return session

    def _hpp_session_or_none(self, session_id: str, merchant: str | None) -> dict[str, Any] | None:
        """The HPP session `session_id` names, while it lasts and is `merchant`'s (None: anyone's)."""
        session = self.hpp_sessions.get(session_id)
        if session is None or not owned(session, merchant) or self.clock.now() >= self._hpp_expiry(session):
            return None
        return session

    def _hpp_expiry(self, session: Mapping[str, Any]) -> datetime.datetime:
        """One hour before the payment session expires (which an update of it moves)."""
        updated: datetime.datetime = self.sessions[session["payment_session_id"]]["updated"]
        return updated + SESSION_LIFETIME - HPP_LEAD

    def _expired(self, payment_session: Mapping[str, Any]) -> bool:
        updated: datetime.datetime = payment_session["updated"]
        return self.clock.now() > updated + SESSION_LIFETIME

    def _hpp_view(self, session: Mapping[str, Any]) -> dict[str, Any]:
        """The session as readHppSession answers it (and the status callback sends it)."""
        view: dict[str, Any] = {
            "session_id": session["session_id"],
            "status": session["status"],
            "updated_at": timestamp(session["updated"]),
            "expires_at": timestamp(self._hpp_expiry(session)),
        }
        token = session["authorization_token"]
        if token is not None:
            view["authorization_token"] = token
            order_id = self._authorizations[token].order_id
            if order_id is not None:
                view["order_id"] = order_id
                view["klarna_reference"] = self.orders[order_id]["klarna_reference"]
        return view

    def _move(self, session: dict[str, Any], status: str, page: str | None) -> None:
        """A status change: the callback to `status_update`, and where the browser goes (`page`)."""
        session["status"] = status
        session["updated"] = self.clock.now()
        urls = session["body"].get("merchant_urls") or {}
        if page is not None:
            # Without an `error` page Klarna sends the browser to `failure`.
            url = urls.get(page) or (urls.get("failure") if page == "error" else None)
            session["redirect"] = self._filled(url, session, page)
        callback_url = urls.get("status_update")
        if callback_url:
            body = {"event_id": str(uuid.uuid4()), "session": self._hpp_view(session)}
            self.callbacks.append({"url": self._filled(callback_url, session, None), "body": body})

    def _filled(self, url: str | None, session: Mapping[str, Any], page: str | None) -> str | None:
        """A merchant URL with the placeholders Klarna fills in: the HPP session's id in every
        one; on the `success` page the authorization token, and the order id once it exists."""
        if not url:
            return None
        filled = url.replace(_placeholder("session_id"), session["session_id"])
        token = session["authorization_token"]
        if page == "success" and token is not None:
            filled = filled.replace(_placeholder("authorization_token"), token)
            order_id = self._authorizations[token].order_id
            if order_id is not None:
                filled = filled.replace(_placeholder("order_id"), order_id)
        return filled

    def _place_for(self, session: Mapping[str, Any], token: str, *, capture: bool) -> None:
        """`place_order_mode`: the order Klarna places from the payment session (and captures)."""
        authorization = self._authorizations[token]
        order_id = str(uuid.uuid4())
        body = self._session_of(authorization)
        fraud_status = "PENDING" if authorization.decision else "ACCEPTED"
        self.orders[order_id] = order = placed_order(
            order_id, body, self.clock.now(), fraud_status=fraud_status, token=token, merchant=authorization.merchant
        )
        authorization.order_id = order_id
        self._complete_session(authorization)
        if capture and fraud_status == "ACCEPTED":
            self._record_capture(order, order["order_amount"], {"order_lines": order["order_lines"]})


def _payment_session_id(url: str) -> str | None:
    """The payment session a `payment_session_url` names, by readCreditSession's path."""
    match = route_named("read_credit_session").pattern.match(urllib.parse.urlsplit(url).path)
    return match.group(1) if match else None


def _placeholder(name: str) -> str:
    """Klarna's placeholder for `name` in a merchant URL: the name in double braces (built here,
    as runtime modules hold no Jinja syntax)."""
    return "{" * 2 + name + "}" * 2
