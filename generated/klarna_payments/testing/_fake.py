"""`FakeKlarna`: Klarna Payments' three operations, in memory, with the state Klarna keeps.

What it simulates, with Klarna's statuses, `error_code`s and messages:

- authorizations, which only a browser can create (`authorize`), with the playground's
  personas: `customer+denied@…` is refused, `customer+pend-accept-NN@…` /
  `customer+pend-reject-NN@…` (US and GB) give a `PENDING` order decided NN minutes later;
- a token used within 60 minutes and once (an order, or a customer token, or with
  `buy_and_tokenize` one of each), replaced by a newer authorization of its session, or
  cancelled;
- create-order bodies checked against the document (400 `Bad value: <path>`), against Klarna's
  order rules (the `klarna_payments.preflight` checks, 400) and against the authorized session
  (409 `Not matching fields: [...]`);
- `Klarna-Idempotency-Key`, either way Klarna may treat it (`FakeKlarna(idempotency=...)`):
  `"replay"` (the default, as Klarna documents the key for POST calls) answers a repeat of the
  same operation with the same key within 24 hours with the first response; `"ignore"`
  executes every request, so a repeat after a lost answer meets the consumed token;
- a clock that moves only when told (`clock.advance`), scripted failures (`fail_next`), and
  every request kept for inspection.

Production credentials (`klarna_live_` keys) are refused: by `FakeKlarna` with a ValueError,
on the wire with 401.

What it does not: Order Management after the order, notifications and callbacks, rate limits,
real credit decisions, the payment-session calls, an error sticking to a token after a failed
order. Which answer Klarna gives some sequences is not documented, and the fake infers it: an
order or a customer token after a cancel is 404, a cancel after an order is 404, and any second
use of a token is 403 `Authorization token already consumed` (Klarna may answer a repeat with a
different body 409 `The order has been already completed with different request body`).
"""

from __future__ import annotations

import base64
import copy
import datetime
import functools
import importlib
import json
import re
import threading
import urllib.parse
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Final, Literal

import httpx

from .. import AsyncKlarnaPayments, KlarnaPayments
from .._base_client import use_clock
from .._http import Clock
from .._spec import CORRELATION_ID_HEADER, IDEMPOTENCY_KEY_HEADER, OPERATIONS
from ..preflight import Problem, check_order

Intent = Literal["buy", "tokenize", "buy_and_tokenize"]
TOKEN_LIFETIME: Final = datetime.timedelta(minutes=60)
IDEMPOTENCY_WINDOW: Final = datetime.timedelta(hours=24)
START: Final = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
DENIED = re.compile(r"\+denied@", re.IGNORECASE)
PENDING = re.compile(r"\+pend-(accept|reject)-(\d{2})@", re.IGNORECASE)
PENDING_COUNTRIES: Final = frozenset({"US", "GB"})
ADDRESSES: Final = ("billing_address", "shipping_address")
REDIRECT: Final = "https://payments.playground.klarna.com/redirect/{}"
LIVE_KEY_PREFIX: Final = "klarna_live_"
Idempotency = Literal["replay", "ignore"]
# Statuses the SDK treats as "not executed": scripting one after a commit would stage a lie.
NOT_EXECUTED_STATUSES: Final = frozenset({408, 429})


class AuthorizationDenied(Exception):
    """The shopper's authorization was denied (the `customer+denied@…` persona): no token exists."""


class FakeClock:
    """The fake's time: it starts at 2026-01-01T00:00:00Z and moves only when told."""

    def __init__(self, on_advance: Callable[[], None]) -> None:
        self._now = START
        self._on_advance = on_advance

    def now(self) -> datetime.datetime:
        return self._now

    def advance(self, *, hours: float = 0, minutes: float = 0, seconds: float = 0) -> datetime.datetime:
        """Move time forward (tokens expire, idempotency keys are forgotten, reviews decide)."""
        step = datetime.timedelta(hours=hours, minutes=minutes, seconds=seconds)
        if step < datetime.timedelta(0):
            raise ValueError("the fake clock only moves forward")
        self._now += step
        self._on_advance()
        return self._now


@dataclass(frozen=True)
class RecordedRequest:
    """A request the fake received.

    `path` carries the token; `headers` (case-insensitive) leave out Authorization; `body` is
    the decoded JSON, the raw bytes when they are not JSON, or None when there are none.
    """

    operation: str | None
    method: str
    path: str
    headers: Mapping[str, str]
    body: Any


@dataclass
class _Authorization:
    token: str
    session_id: str
    session: dict[str, Any]
    intent: Intent
    email: str
    created: datetime.datetime
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


def _klarna_message(problem: Problem) -> str:
    """How Klarna words an order-rule error (the tax form is its 2026 server message)."""
    if problem.path.endswith("total_tax_amount") and problem.expected is not None:
        return f"Bad value: {problem.path} differs from the calculated value [{problem.expected}] by more than [1]"
    return f"Bad value: {problem.path}"


class FakeKlarna:
    """A stateful, in-process Klarna Payments for tests.

    ``fake.client()`` / ``fake.async_client()`` return SDK clients wired to it;
    ``fake.transport`` / ``fake.async_transport`` are httpx transports for your own httpx client.
    Credentials: any test ones, unless ``username`` and ``password`` or ``api_key`` are given;
    then others get 401. A request without credentials, or with a ``klarna_live_`` key, gets 401.

    Args:
        idempotency: ``"replay"`` (default): a repeated ``Klarna-Idempotency-Key`` of the same
            operation gets the first answer for 24 hours. ``"ignore"``: every request is
            executed, as if Klarna did not honour the key on this API.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        idempotency: Idempotency = "replay",
    ) -> None:
        if (username is None) != (password is None):
            raise ValueError("pass both username and password, or neither")
        if idempotency not in ("replay", "ignore"):
            raise ValueError(f"idempotency must be 'replay' or 'ignore', not {idempotency!r}")
        if any(_is_live(value) for value in (username, password, api_key)):
            raise ValueError("FakeKlarna refuses production credentials (a klarna_live_ key): use test ones")
        self.idempotency: Idempotency = idempotency
        self._credentials = (username, password, api_key)
        self._expected_authorization = (
            f"Basic {api_key}"
            if api_key is not None
            else "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()
            if username is not None
            else None
        )
        self._lock = threading.RLock()
        self.clock = FakeClock(self._decide_pending)
        self.requests: list[RecordedRequest] = []
        self.orders: dict[str, dict[str, Any]] = {}
        self.customer_tokens: dict[str, dict[str, Any]] = {}
        self.sleeps: list[float] = []
        self._authorizations: dict[str, _Authorization] = {}
        self._sessions: dict[str, str] = {}  # session id -> its current token
        self._replays: dict[tuple[str, str], tuple[datetime.datetime, _Answer]] = {}
        self._failures: dict[str, list[_Failure]] = {}
        self._clients: list[KlarnaPayments | AsyncKlarnaPayments] = []
        self.transport: httpx.BaseTransport = httpx.MockTransport(self.handle)
        self.async_transport: httpx.AsyncBaseTransport = httpx.MockTransport(self.handle)

    # Clients

    def _client_options(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        if "http_client" in kwargs:
            raise TypeError("the fake's clients send through the fake: http_client cannot be set")
        if {"username", "password", "api_key"} & kwargs.keys():
            return kwargs
        username, password, api_key = self._credentials
        if api_key is not None:
            return {"api_key": api_key, **kwargs}
        return {"username": username or "fake-merchant", "password": password or "fake-password", **kwargs}

    def client(self, **kwargs: Any) -> KlarnaPayments:
        """A `KlarnaPayments` sending to this fake; its retry waits are recorded in `sleeps`, not slept."""
        client = KlarnaPayments(**self._client_options(kwargs), http_client=httpx.Client(transport=self.transport))
        use_clock(client, _RecordingClock(self))
        self._clients.append(client)
        return client

    def async_client(self, **kwargs: Any) -> AsyncKlarnaPayments:
        """An `AsyncKlarnaPayments` sending to this fake; its retry waits are recorded in `sleeps`."""
        http_client = httpx.AsyncClient(transport=self.async_transport)
        client = AsyncKlarnaPayments(**self._client_options(kwargs), http_client=http_client)
        use_clock(client, _RecordingClock(self))
        self._clients.append(client)
        return client

    def close(self) -> None:
        """Close the synchronous clients the fake made (async ones close in their own loop)."""
        for client in self._clients:
            if isinstance(client, KlarnaPayments):
                client.close()

    # What only a browser can do

    def authorize(
        self,
        session: Mapping[str, Any],
        *,
        email: str = "customer@email.se",
        intent: Intent = "buy",
        session_id: str | None = None,
    ) -> str:
        """The shopper approves a payment session: returns a fresh authorization token.

        `session` is the body the shop sent to create the payment session (country, currency,
        amounts, order lines, addresses). Authorizing a `session_id` again replaces its token.

        Raises:
            AuthorizationDenied: The email is a `customer+denied@…` persona.
        """
        if intent not in ("buy", "tokenize", "buy_and_tokenize"):
            raise ValueError(f"intent must be buy, tokenize or buy_and_tokenize, not {intent!r}")
        if DENIED.search(email):
            raise AuthorizationDenied(f"{email}: the shopper's authorization was denied")
        with self._lock:
            session_id = session_id or str(uuid.uuid4())
            previous = self._sessions.get(session_id)
            if previous is not None:
                self._authorizations[previous].state = "replaced"
            token = str(uuid.uuid4())
            authorization = _Authorization(
                token, session_id, copy.deepcopy(dict(session)), intent, email, self.clock.now()
            )
            pending = PENDING.search(email)
            if pending and str(session.get("purchase_country", "")).upper() in PENDING_COUNTRIES:
                outcome = "ACCEPTED" if pending.group(1).lower() == "accept" else "REJECTED"
                authorization.decision = (outcome, datetime.timedelta(minutes=int(pending.group(2))))
            self._authorizations[token] = authorization
            self._sessions[session_id] = token
            return token

    # Scripted failures

    def fail_next(
        self,
        operation: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        body: bytes | str | None = None,
        timeout: bool = False,
        after_commit: bool = False,
        times: int = 1,
    ) -> None:
        """Make the next `times` calls of `operation` (`create_order`, …) fail.

        With `status`: that status (and `Retry-After`), with Klarna's error body or `body` (an HTML
        gateway page, say); with `timeout=True`: the transport raises `httpx.ReadTimeout`. With
        `after_commit=True` the call is executed first (the order exists) and its answer lost:
        only with a failure that may follow an executed request (a timeout, 500, 502, 504, or a
        503 without `retry_after`); a 4xx, 408, 429 or a 503 with `retry_after` tells the SDK
        the request was not executed, so staging it after a commit is refused (ValueError).
        """
        if operation not in OPERATIONS:
            raise ValueError(f"unknown operation {operation!r}; one of {', '.join(sorted(OPERATIONS))}")
        if not timeout and status is None and body is None:
            raise ValueError("fail_next needs a status, a body, or timeout=True")
        if after_commit and not timeout:
            code = status or 500
            if code < 500 or code in NOT_EXECUTED_STATUSES or (code == 503 and retry_after is not None):
                raise ValueError(
                    f"after_commit=True with status {code}{' and retry_after' if code == 503 else ''}: that answer "
                    "says the request was not executed, which would not be true; use timeout=True, 500, 502, 504 "
                    "or a 503 without retry_after"
                )
        failure = _Failure(status, retry_after, body, timeout, after_commit, times)
        with self._lock:
            self._failures.setdefault(operation, []).append(failure)

    def calls(self, operation: str) -> list[RecordedRequest]:
        """The requests of one operation, in order."""
        return [request for request in self.requests if request.operation == operation]

    # The HTTP side

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request as Klarna would (the transports call this)."""
        with self._lock:
            operation, token = self._route(request)
            body = self._json(request)
            headers = httpx.Headers(request.headers)
            headers.pop("Authorization", None)  # a secret: kept out of what tests print
            self.requests.append(RecordedRequest(operation, request.method, request.url.path, headers, body))
            correlation_id = str(uuid.uuid4())
            if operation is None:
                return self._error(404, "NOT_FOUND", correlation_id, "No such resource").to_httpx(request)
            if not self._authorized(request.headers.get("Authorization")):
                return self._error(401, "UNAUTHORIZED", correlation_id, "Invalid credentials").to_httpx(request)
            failure = self._take_failure(operation)
            if failure is not None and not failure.after_commit:
                return self._fail(failure, request, correlation_id)
            answer = self._execute(operation, token, body, request.headers.get(IDEMPOTENCY_KEY_HEADER), correlation_id)
            if failure is not None:
                return self._fail(failure, request, correlation_id)
            return answer.to_httpx(request)

    def _authorized(self, header: str | None) -> bool:
        """Whether `header` is HTTP Basic with test credentials (these ones, when the fake has some)."""
        if self._expected_authorization is not None:
            return header == self._expected_authorization
        scheme, _, credential = (header or "").partition(" ")
        if scheme.lower() != "basic" or not credential.strip():
            return False
        if _is_live(credential):
            return False
        try:
            decoded = base64.b64decode(credential, validate=True).decode()
        except (ValueError, UnicodeDecodeError):
            return True  # an API key sent as it is
        return not any(_is_live(part) for part in decoded.split(":", 1))

    def _route(self, request: httpx.Request) -> tuple[str | None, str | None]:
        for name, operation in OPERATIONS.items():
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(operation.path)) + "$"
            match = re.match(pattern, request.url.path)
            if match and request.method == operation.method:
                return name, urllib.parse.unquote(match.group(1)) if match.groups() else None
        return None, None

    @staticmethod
    def _json(request: httpx.Request) -> Any:
        content = request.read()
        if not content:
            return None
        try:
            return json.loads(content)
        except ValueError:
            return content

    def _take_failure(self, operation: str) -> _Failure | None:
        queue = self._failures.get(operation)
        if not queue:
            return None
        failure = queue[0]
        failure.times -= 1
        if failure.times <= 0:
            queue.pop(0)
        return failure

    def _fail(self, failure: _Failure, request: httpx.Request, correlation_id: str) -> httpx.Response:
        if failure.timeout:
            raise httpx.ReadTimeout("the fake's scripted timeout", request=request)
        status = failure.status or 500
        if failure.body is None:
            reason = httpx.codes.get_reason_phrase(status)
            answer = self._error(status, _code_for(status), correlation_id, reason)
        else:
            content = failure.body.encode() if isinstance(failure.body, str) else failure.body
            answer = _Answer(status, content, {"Content-Type": "text/html", CORRELATION_ID_HEADER: correlation_id})
        if failure.retry_after is not None:
            answer.headers["Retry-After"] = f"{failure.retry_after:g}"
        return answer.to_httpx(request)

    @staticmethod
    def _error(status: int, code: str, correlation_id: str, *messages: str) -> _Answer:
        body = {"correlation_id": correlation_id, "error_code": code, "error_messages": list(messages)}
        return _Answer(status, body, {CORRELATION_ID_HEADER: correlation_id})

    # Executing

    def _execute(self, operation: str, token: str | None, body: Any, key: str | None, correlation_id: str) -> _Answer:
        now = self.clock.now()
        replaying = key is not None and self.idempotency == "replay"
        if replaying:
            kept = self._replays.get((operation, key))  # type: ignore[arg-type]
            if kept is not None and now - kept[0] <= IDEMPOTENCY_WINDOW:
                return kept[1]
        try:
            result = getattr(self, f"_{operation}")(token, body)
            answer = _Answer(*result) if isinstance(result, tuple) else _Answer(204)
            answer.headers[CORRELATION_ID_HEADER] = correlation_id
        except _Problem as problem:
            answer = self._error(problem.status, problem.code, correlation_id, *problem.messages)
        if replaying:
            self._replays[(operation, key)] = (now, answer)  # type: ignore[index]
        return answer

    def _usable(self, token: str | None) -> _Authorization:
        authorization = self._authorizations.get(token or "")
        expired = authorization is not None and self.clock.now() - authorization.created > TOKEN_LIFETIME
        if authorization is None or authorization.state != "active" or expired:
            raise _Problem(404, "NOT_FOUND", "Invalid authorization token")
        return authorization

    def _checked_body(self, schema: str, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict):
            raise _Problem(400, "BAD_VALUE", "Bad value: body")
        problems = schema_problems(schema, body)
        if problems:
            raise _Problem(400, "BAD_VALUE", *(f"Bad value: {path}" for path in problems))
        return body

    def _consumable(self, token: str | None, *, creates: Literal["orders", "customer tokens"]) -> _Authorization:
        """The authorization of `token`, if it may still create one of what `creates` names."""
        authorization = self._usable(token)
        refused_intent, created = (
            ("tokenize", authorization.order_id) if creates == "orders" else ("buy", authorization.customer_token_id)
        )
        if authorization.intent == refused_intent:
            raise _Problem(403, "INVALID_OPERATION", f"Not allowed to create {creates} for intent {refused_intent}.")
        if created is not None:
            raise _Problem(403, "INVALID_OPERATION", "Authorization token already consumed")
        return authorization

    def _create_order(self, token: str | None, body: Any) -> tuple[int, dict[str, Any]]:
        authorization = self._consumable(token, creates="orders")
        body = self._checked_body("create_order_request", body)
        errors = [problem for problem in check_order(body) if problem.severity == "error"]
        if errors:
            raise _Problem(400, "BAD_VALUE", *map(_klarna_message, errors))
        mismatched = _mismatches(authorization.session, body)
        if mismatched:
            raise _Problem(409, "BAD_VALUE", f"Not matching fields: [{', '.join(mismatched)}]")
        order_id = str(uuid.uuid4())
        self.orders[order_id] = {
            "order_id": order_id,
            "body": copy.deepcopy(body),
            "fraud_status": "PENDING" if authorization.decision else "ACCEPTED",
            "token": authorization.token,
            "created": self.clock.now(),
        }
        authorization.order_id = order_id
        return 200, self._order_answer(order_id)

    def _order_answer(self, order_id: str) -> dict[str, Any]:
        answer = {
            "order_id": order_id,
            "fraud_status": self.orders[order_id]["fraud_status"],
            "authorized_payment_method": {"type": "invoice", "number_of_days": 30},
        }
        if _confirms(self._authorizations[self.orders[order_id]["token"]].session):
            answer["redirect_url"] = REDIRECT.format(order_id)
        return answer

    def _purchase_token(self, token: str | None, body: Any) -> tuple[int, dict[str, Any]]:
        authorization = self._consumable(token, creates="customer tokens")
        body = self._checked_body("customer_token_creation_request", body)
        billing = body.get("billing_address") or {}
        country = billing.get("country")
        if isinstance(country, str) and country.upper() != str(body["purchase_country"]).upper():
            raise _Problem(400, "BAD_VALUE", "Bad value: purchase_country")
        token_id = str(uuid.uuid4())
        self.customer_tokens[token_id] = {
            "token_id": token_id,
            "body": copy.deepcopy(body),
            "token": authorization.token,
        }
        authorization.customer_token_id = token_id
        answer: dict[str, Any] = {"token_id": token_id}
        if _confirms(authorization.session):
            answer["redirect_url"] = REDIRECT.format(token_id)
        if billing:
            answer["billing_address"] = copy.deepcopy(billing)
        return 200, answer

    def _cancel_authorization(self, token: str | None, body: Any) -> None:
        # Klarna documents "Authorization cannot be deleted" for an unknown or expired token; the
        # rest is inferred: a token that created something cannot be deleted either, and one
        # already cancelled is "Invalid authorization token" (so a repeated cancel settles).
        known = self._authorizations.get(token or "")
        if known is not None and known.state == "cancelled":
            raise _Problem(404, "NOT_FOUND", "Invalid authorization token")
        try:
            authorization = self._usable(token)
        except _Problem:
            raise _Problem(404, "NOT_FOUND", "Authorization cannot be deleted") from None
        if authorization.order_id is not None or authorization.customer_token_id is not None:
            raise _Problem(404, "NOT_FOUND", "Authorization cannot be deleted")
        authorization.state = "cancelled"

    def _decide_pending(self) -> None:
        with self._lock:
            now = self.clock.now()
            for order in self.orders.values():
                decision = self._authorizations[order["token"]].decision
                if order["fraud_status"] == "PENDING" and decision and now >= order["created"] + decision[1]:
                    order["fraud_status"] = decision[0]


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


def _is_live(value: str | None) -> bool:
    return value is not None and value.startswith(LIVE_KEY_PREFIX)


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


class _RecordingClock(Clock):
    """The clock of the fake's clients: waits are recorded in `fake.sleeps`, never slept."""

    def __init__(self, fake: FakeKlarna) -> None:
        self.fake = fake
        self.now = lambda: fake.clock.now().timestamp()  # Retry-After dates are read in the fake's time
        self.sleep = fake.sleeps.append

    async def asleep(self, seconds: float) -> None:
        self.fake.sleeps.append(seconds)
