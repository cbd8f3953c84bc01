"""The served fake's `/_fake/*` control endpoints: what only a browser, time or a broken network
can do, a reset, and the fake's state, for services in any language.

Each control acts as the merchant whose credentials it carries (the same test credentials as the
API): it authorizes that merchant's sessions, decides its orders, settles its payouts and shows
its state. The clock, scripted failures and the reset are the whole fake's. Every argument is
checked before the fake sees it, and a bad one is a 400 naming it and saying what it must be.
"""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from ._fake import FakeKlarna
from ._state import MAX_ADVANCE


class ControlError(Exception):
    """A bad request to a control endpoint: its status and Klarna-style message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True)
class Argument:
    """One argument of a control: what it must be (as its 400 says), and the check of it."""

    must_be: str
    accepts: Callable[[Any], bool]
    required: bool = False


def _text(value: Any) -> bool:
    return isinstance(value, str) and value != ""


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _flag(value: Any) -> bool:
    return isinstance(value, bool)


TEXT: Final = Argument("a non-empty string", _text)
REQUIRED_TEXT: Final = Argument("a non-empty string", _text, required=True)
EMAIL: Final = Argument("a string (a shopper's email, or a playground persona)", _text)
CLOCK_STEP: Final = {
    name: Argument(f"a number from 0 to {MAX_ADVANCE.total_seconds() / unit:.0f} (ten years)", _number)
    for name, unit in (("hours", 3600), ("minutes", 60), ("seconds", 1))
}
FAIL_NEXT: Final = {
    "operation": Argument("the name of an operation (create_order, ...)", _text, required=True),
    "status": Argument("a whole number from 100 to 599 (an HTTP status)", lambda v: _whole(v) and 100 <= v <= 599),
    "retry_after": Argument("a number of seconds from 0 to 86400", lambda v: _number(v) and 0 <= v <= 86400),
    "body": Argument("a string (the body to answer with)", lambda v: isinstance(v, str)),
    "timeout": Argument("true or false", _flag),
    "after_commit": Argument("true or false", _flag),
    "times": Argument("a whole number from 1 to 1000", lambda v: _whole(v) and 1 <= v <= 1000),
}
AUTHORIZE: Final = {
    "session": Argument("a session body (a JSON object)", lambda v: isinstance(v, dict)),
    "session_id": TEXT,
    "email": EMAIL,
    "intent": Argument("buy, tokenize or buy_and_tokenize", lambda v: v in ("buy", "tokenize", "buy_and_tokenize")),
}
DECIDE_FRAUD: Final = {
    "order_id": REQUIRED_TEXT,
    "decision": Argument("ACCEPTED or REJECTED", lambda v: v in ("ACCEPTED", "REJECTED"), required=True),
}
COMPLETE_HPP: Final = {"session_id": REQUIRED_TEXT, "email": EMAIL}
HPP_STATUS: Final = {"session_id": REQUIRED_TEXT, "status": REQUIRED_TEXT}
SETTLE: Final = {
    "fee_rate": Argument(
        "a whole number from 0 to 10000 (hundredths of a percent)", lambda v: _whole(v) and 0 <= v <= 10_000
    )
}


def shown(value: Any) -> str:
    """`value` as a message quotes it: JSON, cut short (it came from the caller)."""
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "..."


def arguments(content: bytes, accepted: Mapping[str, Argument]) -> dict[str, Any]:
    """The JSON object `content` holds, each argument one `accepted` names and as it must be."""
    try:
        found = json.loads(content or b"{}")
    except (ValueError, RecursionError):
        raise ControlError(400, "BAD_VALUE", "Bad value: body (must be a JSON object, and is not JSON)") from None
    if not isinstance(found, dict):
        raise ControlError(400, "BAD_VALUE", "Bad value: body (must be a JSON object)")
    problems = [
        f"Bad value: {name} (unknown; this control takes {', '.join(accepted) or 'no arguments'})"
        for name in sorted(set(found) - set(accepted))
    ]
    for name, argument in accepted.items():
        if name not in found:
            if argument.required:
                problems.append(f"Bad value: {name} (missing: must be {argument.must_be})")
        elif not argument.accepts(found[name]):
            problems.append(f"Bad value: {name} (must be {argument.must_be}, not {shown(found[name])})")
    if problems:
        raise ControlError(400, "BAD_VALUE", "; ".join(problems))
    return found


Control = Callable[[bytes, str], dict[str, Any]]
Action = Callable[[dict[str, Any], str], dict[str, Any]]


def _checked(accepted: Mapping[str, Argument], act: Action) -> Control:
    """A control: the body's arguments checked against `accepted`, then `act` on them and the
    caller's merchant."""
    return lambda content, merchant: act(arguments(content, accepted), merchant)


def _setting(set_value: Callable[..., None], record: str, value: str, *, answer: str) -> Action:
    """The action that sets `value` on the record the argument `record` names (as the caller's
    merchant), and answers with the value set, under `answer`."""

    def act(given: dict[str, Any], merchant: str) -> dict[str, Any]:
        set_value(given[record], given[value], merchant=merchant)
        return {answer: given[value]}

    return act


def controls(fake: FakeKlarna) -> dict[tuple[str, str], Control]:
    """Each control endpoint, by method and path: a function of the body and the caller's merchant."""

    def authorize(given: dict[str, Any], merchant: str) -> dict[str, Any]:
        session = given.pop("session", None)
        session_id = given.pop("session_id", None)
        if (session is None) == (session_id is None):
            raise ControlError(400, "BAD_VALUE", "Bad value: session or session_id (give one: a body, or an id)")
        return {"authorization_token": fake.authorize(session or session_id, merchant=merchant, **given)}

    def complete_hpp_session(given: dict[str, Any], merchant: str) -> dict[str, Any]:
        return {"authorization_token": fake.complete_hpp_session(given.pop("session_id"), merchant=merchant, **given)}

    def fail_next(given: dict[str, Any], merchant: str) -> dict[str, Any]:
        fake.fail_next(given.pop("operation"), **given)
        return {"scripted": True}

    def reset(given: dict[str, Any], merchant: str) -> dict[str, Any]:
        fake.reset()
        return {"reset": True, "now": fake.clock.now().isoformat()}

    checked: dict[tuple[str, str], tuple[Mapping[str, Argument], Action]] = {
        ("POST", "/_fake/authorize"): (AUTHORIZE, authorize),
        ("POST", "/_fake/clock"): (
            CLOCK_STEP,
            lambda given, merchant: {"now": fake.clock.advance(**given).isoformat()},
        ),
        ("POST", "/_fake/decide_fraud"): (
            DECIDE_FRAUD,
            _setting(fake.decide_fraud, "order_id", "decision", answer="decided"),
        ),
        ("POST", "/_fake/complete_hpp_session"): (COMPLETE_HPP, complete_hpp_session),
        ("POST", "/_fake/hpp_status"): (
            HPP_STATUS,
            _setting(fake.set_hpp_status, "session_id", "status", answer="status"),
        ),
        ("POST", "/_fake/fail_next"): (FAIL_NEXT, fail_next),
        ("POST", "/_fake/settle"): (
            SETTLE,
            lambda given, merchant: {"payment_references": fake.settle(merchant=merchant, **given)},
        ),
        ("POST", "/_fake/reset"): ({}, reset),
    }
    return {
        **{route: _checked(accepted, act) for route, (accepted, act) in checked.items()},
        ("GET", "/_fake/state"): lambda content, merchant: state_of(fake, merchant),
    }


def state_of(fake: FakeKlarna, merchant: str) -> dict[str, Any]:
    """What `GET /_fake/state` answers: `merchant`'s part of the fake's state, as JSON (no
    credentials in it)."""
    with fake._lock:
        paid = {reference for reference, payout in fake.payouts.items() if payout["merchant_id"] == merchant}
        state = {
            "now": fake.clock.now(),
            "orders": _of(fake.orders, merchant),
            "customer_tokens": _of(fake.customer_tokens, merchant),
            "sessions": _of(fake.sessions, merchant),
            "callbacks": [each for each in fake.callbacks if fake._event_merchant(each) == merchant],
            "notifications": [each for each in fake.notifications if fake._event_merchant(each) == merchant],
            "hpp_sessions": _of(fake.hpp_sessions, merchant),
            "payouts": {reference: fake.payouts[reference] for reference in paid},
            "transactions": [each for each in fake.transactions if each["payment_reference"] in paid],
            "requests": [
                {
                    "operation": request.operation,
                    "method": request.method,
                    "path": request.path,
                    "headers": dict(request.headers),
                    "body": request.body if not isinstance(request.body, bytes) else None,
                }
                for request in fake.requests
                if request.merchant == merchant
            ],
        }
        as_json: dict[str, Any] = json.loads(json.dumps(state, default=_json_default))
    return as_json


def _of(records: Mapping[str, Mapping[str, Any]], merchant: str) -> dict[str, Any]:
    return {key: record for key, record in records.items() if record.get("merchant") == merchant}


def _json_default(value: object) -> object:
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")
