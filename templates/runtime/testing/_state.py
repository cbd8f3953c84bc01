"""The fake's shared parts: its clock, what it keeps, the requests it saw, and the document.

`FakeState` is what every resource's behaviour (`_orders.py`, ...) is a mixin of: the state
`FakeKlarna` keeps, and the checks they share. `Call` is a request as a behaviour sees it.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import json
import math
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Final, Literal

import httpx

Intent = Literal["buy", "tokenize", "buy_and_tokenize"]
TOKEN_LIFETIME: Final = datetime.timedelta(minutes=60)
IDEMPOTENCY_WINDOW: Final = datetime.timedelta(hours=24)
MAX_ADVANCE: Final = datetime.timedelta(days=3650)  # one move of the clock: ten years, past any expiry
DENIED = re.compile(r"\+denied@", re.IGNORECASE)
PENDING = re.compile(r"\+pend-(accept|reject)-(\d{2})@", re.IGNORECASE)
PENDING_COUNTRIES: Final = frozenset({"US", "GB"})
ADDRESSES: Final = ("billing_address", "shipping_address")
REDIRECT: Final = "https://payments.playground.klarna.com/redirect/{}"
Idempotency = Literal["replay", "ignore"]
# Statuses the SDK treats as "not executed": scripting one after a commit would stage a lie.
NOT_EXECUTED_STATUSES: Final = frozenset({408, 429})


class AuthorizationDenied(Exception):
    """The shopper's authorization was denied (the `customer+denied@…` persona): no token exists."""


class FakeClock:
    """The fake's time: it starts where the fake was made (the current time, or
    `FakeKlarna(now=...)`) and moves only when told."""

    def __init__(self, on_advance: Callable[[], None], start: datetime.datetime) -> None:
        self._now = start
        self._on_advance = on_advance

    def now(self) -> datetime.datetime:
        return self._now

    def advance(self, *, hours: float = 0, minutes: float = 0, seconds: float = 0) -> datetime.datetime:
        """Move time forward (tokens expire, idempotency keys are forgotten, reviews decide).

        Raises:
            ValueError: An amount that is not a number from 0 to ten years' worth, or a move
                past the year 9999; the message names the argument.
        """
        step = datetime.timedelta(0)
        for name, value, unit in (("hours", hours, 3600), ("minutes", minutes, 60), ("seconds", seconds, 1)):
            limit = MAX_ADVANCE.total_seconds() / unit
            number = isinstance(value, int | float) and not isinstance(value, bool)
            if not number or not math.isfinite(value) or not 0 <= value <= limit:
                raise ValueError(
                    f"{name} must be a number from 0 to {limit:g} (ten years; the fake clock only moves "
                    f"forward), not {value!r}"
                )
            step += datetime.timedelta(**{name: value})
        if step > MAX_ADVANCE:
            raise ValueError("hours, minutes and seconds together must be at most ten years")
        try:
            moved = self._now + step
        except OverflowError:
            raise ValueError("the fake clock cannot move past the year 9999") from None
        self._now = moved
        self._on_advance()
        return self._now

    def _start_at(self, start: datetime.datetime) -> None:
        """Back to where a new fake starts (`FakeKlarna.reset`)."""
        self._now = start


def start_of_clock(now: object) -> datetime.datetime:
    """Where a fake's clock starts: `now` (an aware datetime, in UTC), else the current time to
    the second (frozen from then on).

    Raises:
        TypeError: `now` is not a datetime.
        ValueError: `now` is naive (no time zone: the fake could not compare it with Klarna's UTC).
    """
    if now is None:
        return datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    if not isinstance(now, datetime.datetime):
        raise TypeError(f"now must be an aware datetime.datetime, not {type(now).__name__}")
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime (with tzinfo, e.g. datetime.UTC), not a naive one")
    return now.astimezone(datetime.UTC)


@dataclass(frozen=True)
class RecordedRequest:
    """A request the fake received.

    `path` carries the token; `headers` (case-insensitive) leave out Authorization; `body` is
    the decoded JSON, the raw bytes when they are not JSON, or None when there are none;
    `merchant` the merchant its credentials named (None when they were refused).
    """

    operation: str | None
    method: str
    path: str
    headers: Mapping[str, str]
    body: Any
    merchant: str | None = None


@dataclass
class _Authorization:
    token: str
    session_id: str
    session: dict[str, Any]
    intent: Intent
    email: str
    created: datetime.datetime
    merchant: str
    state: Literal["active", "replaced", "cancelled"] = "active"
    order_id: str | None = None
    customer_token_id: str | None = None
    decision: tuple[str, datetime.timedelta] | None = None  # a pending persona's (outcome, delay)


@dataclass
class _Failure:
    status: int | None
    retry_after: float | None
    body: bytes | str | None
    timeout: bool
    after_commit: bool
    times: int


@dataclass
class _Answer:
    """A response as the fake keeps it (for idempotent replay) and sends it."""

    status: int
    body: Any = None  # JSON, or raw bytes
    headers: dict[str, str] = field(default_factory=dict)

    def to_httpx(self, request: httpx.Request) -> httpx.Response:
        content = self.body if isinstance(self.body, bytes) else b"" if self.body is None else json.dumps(self.body)
        headers = dict(self.headers)
        if self.body is not None and not isinstance(self.body, bytes):
            headers.setdefault("Content-Type", "application/json")
        return httpx.Response(self.status, headers=headers, content=content, request=request)


class _Problem(Exception):
    """An error answer, raised from deep inside a handler."""

    def __init__(self, status: int, code: str, *messages: str) -> None:
        super().__init__(status, code, messages)
        self.status, self.code, self.messages = status, code, list(messages)


@functools.cache
def _document() -> dict[str, Any]:
    text = resources.files("klarna_payments").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@functools.cache
def _validator(schema_name: str) -> Any:
    try:
        # Imported by name: jsonschema ships no type information, and the fake uses one class.
        jsonschema: Any = importlib.import_module("jsonschema")
    except ImportError as error:  # pragma: no cover - the `testing` extra brings it
        raise ImportError("FakeKlarna needs jsonschema: pip install 'klarna-payments[testing]'") from error
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": _document()["components"]}
    return jsonschema.Draft202012Validator(schema)


def _path(parts: Iterator[Any] | list[Any]) -> str:
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f"{'.' if path else ''}{part}"
    return path


def schema_problems(schema_name: str, body: Any) -> list[str]:
    """Klarna-style paths of everything in `body` the document's schema does not allow."""
    found = set()
    for error in _validator(schema_name).iter_errors(body):
        parts = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            # One error per missing name, none saying which: name them all (the set dedupes).
            found |= {_path([*parts, name]) for name in error.validator_value if name not in error.instance}
        else:
            found.add(_path(parts) or "body")
    return sorted(found)


@dataclass(frozen=True)
class Call:
    """One request, as a behaviour sees it: the operation, its parameters and its JSON body."""

    operation: str
    path: Mapping[str, str]  # path parameters, decoded
    query: Mapping[str, list[str]]
    headers: httpx.Headers  # without Authorization
    body: Any  # decoded JSON, raw bytes when not JSON, None without a body
    origin: str = ""  # where the request was sent (`https://api.playground.klarna.com`), for URLs to the fake
    merchant: str = ""  # whose credentials sent it: only that merchant's resources exist for it

    @property
    def token(self) -> str | None:
        """The first path parameter (the authorization token, the session id), if any."""
        return next(iter(self.path.values()), None)


class FakeState:
    """What the fake keeps; each resource's stateful behaviour is a mixin of this class."""

    clock: FakeClock
    orders: dict[str, dict[str, Any]]
    customer_tokens: dict[str, dict[str, Any]]
    _lock: threading.RLock
    sessions: dict[str, dict[str, Any]]  # created through the API, by id
    callbacks: list[dict[str, Any]]  # the authorization and HPP status callbacks Klarna would have POSTed
    notifications: list[dict[str, Any]]  # the fraud-decision notifications Klarna would have POSTed
    hpp_sessions: dict[str, dict[str, Any]]  # hosted payment page sessions, by id
    _authorizations: dict[str, _Authorization]
    _sessions: dict[str, str]  # session id -> its current token

    def _session_of(self, authorization: _Authorization) -> dict[str, Any]:
        """What an order must match: the session as it is now (created through the API), else
        the body the shopper authorized."""
        session = self.sessions.get(authorization.session_id)
        return session["body"] if session is not None else authorization.session

    def _complete_session(self, authorization: _Authorization) -> None:
        """An order or a customer token was created from the session's authorization."""
        session = self.sessions.get(authorization.session_id)
        if session is not None:
            session["status"] = "complete"

    def _usable(self, token: str | None, merchant: str) -> _Authorization:
        """The authorization of `token`, while it is active and `merchant`'s; Klarna's 404 otherwise."""
        authorization = self._authorizations.get(token or "")
        if authorization is not None and authorization.merchant != merchant:
            authorization = None  # another merchant's token does not exist for this one
        expired = authorization is not None and self.clock.now() - authorization.created > TOKEN_LIFETIME
        if authorization is None or authorization.state != "active" or expired:
            raise _Problem(404, "NOT_FOUND", "Invalid authorization token")
        return authorization

    @staticmethod
    def _checked_body(schema: str, body: Any) -> dict[str, Any]:
        return checked_body(schema, body)


def checked_body(schema: str, body: Any) -> dict[str, Any]:
    """`body`, if the document's schema allows it and it keeps the schema's Klarna rules
    (`x-klarna-rules`, the SDK's own preflight checks); otherwise Klarna's 400."""
    if not isinstance(body, dict):
        raise _Problem(400, "BAD_VALUE", "Bad value: body")
    problems = schema_problems(schema, body)
    if problems:
        raise _Problem(400, "BAD_VALUE", *(f"Bad value: {path}" for path in problems))
    broken = rule_problems(schema, body)
    if broken:
        raise _Problem(400, "BAD_VALUE", *broken)
    return body


def rule_problems(schema: str, body: Mapping[str, Any]) -> list[str]:
    """Klarna's messages for the rules of `schema` (its `x-klarna-rules`) that `body` breaks."""
    rules = _document()["components"]["schemas"][schema].get("x-klarna-rules")
    if rules is None:
        return []
    from ..preflight import RULES  # the rules the SDK checks before sending are the ones refused here

    return [_klarna_message(problem) for problem in RULES[rules].check(body) if problem.severity == "error"]


def _klarna_message(problem: Any) -> str:
    """How Klarna words a rule's error (the tax form is its 2026 server message)."""
    if problem.path.endswith("total_tax_amount") and problem.expected is not None:
        return f"Bad value: {problem.path} differs from the calculated value [{problem.expected}] by more than [1]"
    return f"Bad value: {problem.path}"


def timestamp(moment: datetime.datetime) -> str:
    """A fake-clock time as Klarna writes it (ISO 8601, UTC as `Z`)."""
    return moment.isoformat().replace("+00:00", "Z")


def owned(record: Mapping[str, Any] | None, merchant: str | None) -> bool:
    """Whether `record` exists for `merchant` (None: for any merchant, as the in-process helpers look)."""
    return record is not None and (merchant is None or record.get("merchant") == merchant)


def _confirms(session: Mapping[str, Any]) -> bool:
    """Whether the session named a confirmation page (Klarna's redirect_url leads there)."""
    urls = session.get("merchant_urls")
    return isinstance(urls, Mapping) and bool(urls.get("confirmation"))


def _code_for(status: int) -> str:
    return {
        400: "BAD_VALUE",
        401: "UNAUTHORIZED",
        403: "INVALID_OPERATION",
        404: "NOT_FOUND",
        409: "BAD_VALUE",
        429: "TOO_MANY_REQUESTS",
    }.get(status, "INTERNAL_SERVER_ERROR" if status >= 500 else "ERROR")
