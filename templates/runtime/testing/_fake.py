"""`FakeKlarna`: Klarna Payments in memory, with the state Klarna keeps.

Every operation of the document is answered: by default from the document alone (the request
checked against it, the success built from its example: `_document.py`), and for Klarna's
known operations by the stateful behaviour of their resource (`_sessions.py`, `_orders.py`).

What it simulates, with Klarna's statuses, `error_code`s and messages:

- payment sessions: created with an id, a client token and categories by country, read
  (`incomplete`, then `complete` once an order or customer token is created from them),
  updated (the cart an order must then match), open 48 hours after their last update;
- the authorization callback Klarna would POST to `merchant_urls.authorization` when the
  shopper authorizes (`fake.callbacks`; `serve` POSTs it to a 127.0.0.1 URL);
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
- a clock that starts at the current time (or `FakeKlarna(now=...)`) and moves only when told
  (`clock.advance`), scripted failures (`fail_next`), every request kept for inspection, and
  `reset()` back to a new fake's state;
- state per merchant (`_merchants.py`): one merchant's sessions, tokens, orders, customer
  tokens, hosted pages and payouts are Klarna's 404 to another merchant's credentials.

Production credentials (`klarna_live_` keys, in any case) are refused: by `FakeKlarna` with a
ValueError, on the wire with 401 saying why (as for no credentials, or the wrong ones).

- Order Management after the order (`_order_management.py`): captures, refunds, releases,
  cancels, authorization updates and extensions on the fake clock (28 days to capture, at most
  180 after the order), with Klarna's 403/404 `error_code`s; `fake.orders[order_id]` holds
  its `status`, `captures` and `refunds`;
- customer tokens from `purchase_token` (`_customer_tokens.py`): read, charged with recurring
  orders until cancelled (then 403 `TOKEN_CANCELLED`);
- settlements (`_settlements.py`): `settle()` pays out, per currency, what was captured and
  refunded since the last payout; `fake.payouts` and `fake.transactions` are what the Settlements
  operations and their CSV and PDF reports answer from;
- hosted payment pages over the fake's payment sessions (`_hpp.py`): `complete_hpp_session`
  and `set_hpp_status` are the shopper on Klarna's page, each status change a callback for
  `merchant_urls.status_update` (`fake.callbacks`), `fake.hpp_sessions` what it holds;
- fraud decisions of `PENDING` orders (a persona's delay, or `decide_fraud` now), each a
  notification Klarna would POST to `merchant_urls.notification` (`fake.notifications`).

What it does not: rate limits, real credit
decisions, the widget's choice of payment method, an error sticking to a token after a failed
order. Which answer Klarna gives some sequences is not documented, and the fake infers it: an
order or a customer token after a cancel is 404, a cancel after an order is 404, and any second
use of a token is 403 `Authorization token already consumed` (Klarna may answer a repeat with a
different body 409 `The order has been already completed with different request body`).
"""

from __future__ import annotations

import copy
import datetime
import json
import threading
import uuid
from collections.abc import Mapping
from typing import Any

import httpx

from .. import AsyncKlarnaPayments, KlarnaPayments
from .._base_client import use_clock
from .._http import Clock
from .._spec import CORRELATION_ID_HEADER, IDEMPOTENCY_KEY_HEADER
from ._customer_tokens import CustomerTokensBehaviour
from ._document import Route, default_answer, route, routes
from ._handlers import HANDLERS
from ._hpp import HppBehaviour
from ._merchants import Merchants, Unauthorized
from ._order_management import placed_order
from ._orders import OrdersBehaviour
from ._sessions import SessionsBehaviour
from ._settlements import SettlementsBehaviour
from ._state import (
    DENIED,
    IDEMPOTENCY_WINDOW,
    NOT_EXECUTED_STATUSES,
    PENDING,
    PENDING_COUNTRIES,
    AuthorizationDenied,
    Call,
    FakeClock,
    Idempotency,
    Intent,
    RecordedRequest,
    _Answer,
    _Authorization,
    _code_for,
    _Failure,
    _Problem,
    owned,
    start_of_clock,
)

__all__ = ["AuthorizationDenied", "FakeClock", "FakeKlarna", "RecordedRequest"]


class FakeKlarna(OrdersBehaviour, CustomerTokensBehaviour, SessionsBehaviour, HppBehaviour, SettlementsBehaviour):
    """A stateful, in-process Klarna Payments for tests.

    ``fake.client()`` / ``fake.async_client()`` return SDK clients wired to it;
    ``fake.transport`` / ``fake.async_transport`` are httpx transports for your own httpx client.
    Credentials: any test ones, each username (or API key) a merchant with its own state,
    unless ``username`` and ``password`` or ``api_key`` are given: then that one merchant, and
    others get 401. A request without credentials, or with a ``klarna_live_`` key, gets 401.

    Args:
        idempotency: ``"replay"`` (default): a repeated ``Klarna-Idempotency-Key`` of the same
            operation gets the first answer for 24 hours. ``"ignore"``: every request is
            executed, as if Klarna did not honour the key on this API.
        now: Where the fake's clock starts (an aware datetime); by default the current time.
            Either way the clock then moves only when told.

    Raises:
        ValueError: Only one of username and password, production credentials, an unknown
            ``idempotency``, or a naive ``now``.
        TypeError: ``now`` is not a datetime.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        idempotency: Idempotency = "replay",
        now: datetime.datetime | None = None,
    ) -> None:
        if idempotency not in ("replay", "ignore"):
            raise ValueError(f"idempotency must be 'replay' or 'ignore', not {idempotency!r}")
        self.idempotency: Idempotency = idempotency
        self._merchants = Merchants(username, password, api_key)
        self._start = now
        self._lock = threading.RLock()
        self.clock = FakeClock(self._decide_pending, start_of_clock(now))
        self.requests: list[RecordedRequest] = []
        self.orders: dict[str, dict[str, Any]] = {}
        self.customer_tokens: dict[str, dict[str, Any]] = {}
        self.payouts: dict[str, dict[str, Any]] = {}
        self.transactions: list[dict[str, Any]] = []
        self._paid: set[str] = set()
        self.sleeps: list[float] = []
        self._authorizations: dict[str, _Authorization] = {}
        self._sessions: dict[str, str] = {}  # session id -> its current token
        self.sessions: dict[str, dict[str, Any]] = {}
        self.callbacks: list[dict[str, Any]] = []
        self.hpp_sessions: dict[str, dict[str, Any]] = {}
        self.notifications: list[dict[str, Any]] = []
        self._replays: dict[tuple[str, str, str], tuple[datetime.datetime, _Answer]] = {}
        self._failures: dict[str, list[_Failure]] = {}
        self._clients: list[KlarnaPayments | AsyncKlarnaPayments] = []
        self.transport: httpx.BaseTransport = httpx.MockTransport(self.handle)
        self.async_transport: httpx.AsyncBaseTransport = httpx.MockTransport(self.handle)

    def reset(self) -> None:
        """Everything back to a new fake's state, with the same configuration (credentials,
        `idempotency`, `now`): no sessions, tokens, orders, customer tokens, hosted pages,
        payouts, callbacks, notifications, requests, sleeps or scripted failures; the clock
        back at `now`, or at the current time. The dicts and lists are emptied in place, and
        the clients the fake made keep working."""
        with self._lock:
            for held in (
                self.requests,
                self.orders,
                self.customer_tokens,
                self.payouts,
                self.transactions,
                self._paid,
                self.sleeps,
                self._authorizations,
                self._sessions,
                self.sessions,
                self.callbacks,
                self.hpp_sessions,
                self.notifications,
                self._replays,
                self._failures,
            ):
                held.clear()
            self._merchants.reset()
            self.clock._start_at(start_of_clock(self._start))

    def _merchant(self, merchant: str | None) -> str:
        """The merchant a helper's `merchant=` names (a username or API key; None: the default)."""
        return self._merchants.named(merchant)

    # Clients

    def _client_options(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        if "http_client" in kwargs:
            raise TypeError("the fake's clients send through the fake: http_client cannot be set")
        if {"username", "password", "api_key"} & kwargs.keys():
            return kwargs
        return {**self._merchants.client_credentials(), **kwargs}

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
        session: Mapping[str, Any] | str,
        *,
        email: str = "customer@email.se",
        intent: Intent | None = None,
        session_id: str | None = None,
        merchant: str | None = None,
    ) -> str:
        """The shopper approves a payment session: returns a fresh authorization token.

        `session` is the id of a session created through the SDK (`create_credit_session`), or
        the body the shop would have created it with (country, currency, amounts, order lines,
        addresses). Authorizing a session again replaces its token. `intent` defaults to the
        session's own (`buy` without one). When the session has ``merchant_urls.authorization``,
        the callback Klarna would POST there is appended to `callbacks`.

        The token is the session's merchant's (a session id), or for a body `merchant`'s: a
        username or API key, by default the fake's (the one `fake.client()` sends). Another
        merchant's credentials get 404 for it, as from Klarna.

        Raises:
            AuthorizationDenied: The email is a `customer+denied@…` persona.
            ValueError: An unknown, expired or completed session id (or another merchant's
                than `merchant`), or an unknown intent.
        """
        body: Mapping[str, Any]
        if isinstance(session, str):
            with self._lock:
                found = self._open_session_or_none(session, None if merchant is None else self._merchant(merchant))
            if found is None or found["status"] == "complete":
                whose = "" if merchant is None else " of this merchant"
                raise ValueError(
                    f"session_id: no open session {session!r}{whose} to authorize (unknown, expired or completed)"
                )
            session_id, body, owner = session, found["body"], str(found["merchant"])
        elif isinstance(session, Mapping):
            body, owner = session, self._merchant(merchant)
        else:
            raise ValueError(f"session must be a session's id or a session body, not {type(session).__name__}")
        if not isinstance(email, str):
            raise ValueError(f"email must be a string (a shopper's email or persona), not {email!r}")
        intent = intent if intent is not None else body.get("intent", "buy")
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
                token, session_id, copy.deepcopy(dict(body)), intent, email, self.clock.now(), owner
            )
            pending = PENDING.search(email)
            if pending and str(body.get("purchase_country", "")).upper() in PENDING_COUNTRIES:
                outcome = "ACCEPTED" if pending.group(1).lower() == "accept" else "REJECTED"
                authorization.decision = (outcome, datetime.timedelta(minutes=int(pending.group(2))))
            self._authorizations[token] = authorization
            self._sessions[session_id] = token
            urls = body.get("merchant_urls")
            callback_url = urls.get("authorization") if isinstance(urls, Mapping) else None
            if isinstance(callback_url, str) and callback_url:
                body = {"authorization_token": token, "session_id": session_id}
                self.callbacks.append({"url": callback_url, "body": body})
            return token

    def _event_merchant(self, event: Mapping[str, Any]) -> str | None:
        """Whose a recorded callback or notification is: its token's, HPP session's or order's merchant."""
        body = event.get("body") or {}
        if "authorization_token" in body and "session_id" in body:
            authorization = self._authorizations.get(body["authorization_token"])
            return authorization.merchant if authorization is not None else None
        record = (
            self.hpp_sessions.get(body["session"].get("session_id", ""))
            if isinstance(body.get("session"), Mapping)
            else self.orders.get(body.get("order_id", ""))
        )
        return None if record is None else record.get("merchant")

    def _open_session_or_none(self, session_id: str, merchant: str | None) -> dict[str, Any] | None:
        try:
            return self._open_session(session_id, merchant)
        except _Problem:
            return None

    # Scripted failures

    def place_order(
        self, body: Mapping[str, Any], *, fraud_status: str = "ACCEPTED", merchant: str | None = None
    ) -> str:
        """An order as if a checkout had placed it (`AUTHORIZED`, 28 days to capture), for tests
        of what comes after: capture, refund, release, cancel. `body` is a create-order body
        (at least `order_amount`); returns the order id. `fraud_status="PENDING"` waits for
        `decide_fraud`. The order is `merchant`'s (a username or API key), by default the
        fake's (the one `fake.client()` sends)."""
        owner = self._merchant(merchant)
        if not isinstance(body, Mapping):
            raise ValueError(f"body must be a create-order body (a mapping), not {type(body).__name__}")
        if fraud_status not in ("ACCEPTED", "PENDING"):
            raise ValueError(f"fraud_status must be 'ACCEPTED' or 'PENDING', not {fraud_status!r}")
        amount = body.get("order_amount")
        if not isinstance(amount, int) or isinstance(amount, bool) or amount < 1:
            raise ValueError(f"body needs an order_amount of at least 1 (minor units), not {amount!r}")
        with self._lock:
            order_id = str(uuid.uuid4())
            self.orders[order_id] = placed_order(
                order_id, body, self.clock.now(), fraud_status=fraud_status, merchant=owner
            )
        return order_id

    def decide_fraud(self, order_id: str, decision: str, *, merchant: str | None = None) -> None:
        """End Klarna's review of a `PENDING` order now: `"ACCEPTED"` or `"REJECTED"` (which
        cancels it). The notification Klarna would POST to the order's
        `merchant_urls.notification` is added to `fake.notifications`. `merchant`, when given,
        must be the order's."""
        if decision not in ("ACCEPTED", "REJECTED"):
            raise ValueError(f"decision must be 'ACCEPTED' or 'REJECTED', not {decision!r}")
        if not isinstance(order_id, str):
            raise ValueError(f"order_id must be an order's id (a string), not {order_id!r}")
        with self._lock:
            order = self.orders.get(order_id)
            if order is None or not owned(order, None if merchant is None else self._merchant(merchant)):
                whose = "" if merchant is None else " of this merchant"
                raise ValueError(f"order_id: the fake has no order {order_id!r}{whose}")
            if order["fraud_status"] != "PENDING":
                raise ValueError(
                    f"order_id: order {order_id!r} is not pending: its fraud_status is {order['fraud_status']}"
                )
            self._decide(order_id, decision)

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
        known = sorted(each.name for each in routes())
        if operation not in known:
            raise ValueError(f"operation: unknown operation {operation!r}; one of {', '.join(known)}")
        if status is not None and (not isinstance(status, int) or isinstance(status, bool) or not 100 <= status <= 599):
            raise ValueError(f"status must be a whole number from 100 to 599 (an HTTP status), not {status!r}")
        if retry_after is not None and not (
            isinstance(retry_after, int | float) and not isinstance(retry_after, bool) and 0 <= retry_after <= 86400
        ):
            raise ValueError(f"retry_after must be a number of seconds from 0 to 86400, not {retry_after!r}")
        if not isinstance(times, int) or isinstance(times, bool) or times < 1:
            raise ValueError(f"times must be a whole number of at least 1, not {times!r}")
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
            found = route(request.method, request.url.path)
            operation = found[0].name if found else None
            body = self._json(request)
            headers = httpx.Headers(request.headers)
            headers.pop("Authorization", None)  # a secret: kept out of what tests print
            correlation_id = str(uuid.uuid4())
            try:
                merchant: str | None = self._identify(request.headers.get("Authorization"))
                refusal = None
            except Unauthorized as error:
                merchant, refusal = None, str(error)
            self.requests.append(RecordedRequest(operation, request.method, request.url.path, headers, body, merchant))
            if found is None or operation is None:
                return self._error(404, "NOT_FOUND", correlation_id, "No such resource").to_httpx(request)
            if merchant is None:
                return self._error(401, "UNAUTHORIZED", correlation_id, str(refusal)).to_httpx(request)
            failure = self._take_failure(operation)
            if failure is not None and not failure.after_commit:
                return self._fail(failure, request, correlation_id)
            query = {name: request.url.params.get_list(name) for name in request.url.params}
            origin = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
            call = Call(operation, found[1], query, headers, body, origin, merchant)
            answer = self._execute(found[0], call, request.headers.get(IDEMPOTENCY_KEY_HEADER), correlation_id)
            if failure is not None:
                return self._fail(failure, request, correlation_id)
            return answer.to_httpx(request)

    def _identify(self, authorization: str | None) -> str:
        """The merchant an `Authorization` header names (its username, or `api-key-…` for an
        API key), as the fake keeps its state.

        Raises:
            Unauthorized: The fake's 401, saying why: no credentials, production ones, or not
                this fake's (its own, or the password a username first came with).
        """
        with self._lock:
            return self._merchants.identify(authorization)

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

    def _execute(self, operation: Route, call: Call, key: str | None, correlation_id: str) -> _Answer:
        """The answer to `call`: its resource's stateful behaviour (`_handlers.HANDLERS`), else the document's."""
        now = self.clock.now()
        # Keys are a merchant's own: another merchant's same key is another request.
        replay_key = (call.merchant, operation.name, key) if key is not None and self.idempotency == "replay" else None
        if replay_key is not None:
            kept = self._replays.get(replay_key)
            if kept is not None and now - kept[0] <= IDEMPOTENCY_WINDOW:
                return kept[1]
        stateful = HANDLERS[operation.name]  # generated: a mixin's `_operation_<name>`, or None
        try:
            result = stateful(self, call) if stateful is not None else default_answer(operation, call)
            answer = _Answer(*result) if isinstance(result, tuple) else _Answer(204)
            answer.headers[CORRELATION_ID_HEADER] = correlation_id
        except _Problem as problem:
            answer = self._error(problem.status, problem.code, correlation_id, *problem.messages)
        if replay_key is not None:
            self._replays[replay_key] = (now, answer)
        return answer


class _RecordingClock(Clock):
    """The clock of the fake's clients: waits are recorded in `fake.sleeps`, never slept."""

    def __init__(self, fake: FakeKlarna) -> None:
        self.fake = fake
        self.now = lambda: fake.clock.now().timestamp()  # Retry-After dates are read in the fake's time
        self.sleep = fake.sleeps.append

    async def asleep(self, seconds: float) -> None:
        self.fake.sleeps.append(seconds)
