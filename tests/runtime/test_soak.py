"""A seeded soak: many calls at once against a loopback Klarna that commits or not, then misbehaves.

Each logical call has its own authorization token. For every request the server decides, from
a seeded generator keyed by (token, attempt), whether to execute it (create the order, cancel
the authorization) and how to answer: properly, or by dropping, resetting or stalling the
connection, or with 500, 502, 503 (a proxy's, without Retry-After), and, only when it did
*not* execute the request, 408, 429 or 503 with Retry-After. Like Payments v1 if it did not
honour the idempotency key, a repeat on a consumed token gets 403 "already consumed", and a
cancel of a cancelled token 404 "Invalid authorization token".

Every call must end typed (a `KlarnaError`), within its time bound, with its own answer (the
order id names the token), and never in a definite failure for something the server executed.
A stall lasts until the client leaves, so only the SDK's deadlines can bound a call (also when
the server is the proxy of `HTTP_PROXY`, which the SDK's own connections go through); the bound
allows each attempt its deadline and the whole call seconds of slack (60 calls in flight on
one event loop beside other work on 2 cores took up to 3.5 s against 2.4 s of deadlines). A
third soak interrupts a seeded third of its calls (tests/runtime/test_interrupts.py's
interrupter) and holds the others to the same rules on the same client.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.server
import json
import random
import select
import socket
import struct
import threading
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pytest
from klarna_payments import (
    AsyncKlarnaPayments,
    KlarnaError,
    KlarnaPayments,
    OutcomeUnknownError,
    ResponseValidationError,
)

from tests.support.mock import QuietClock, quiet
from tests.support.payloads import ORDER_BODY

pytestmark = pytest.mark.slow

SEED = 20261204
TIMEOUT = 0.3
RETRIES = 2
BOUND = (RETRIES + 1) * 2 * TIMEOUT + 5.0  # every attempt within twice its timeout; waits are not slept
COMMITTED_ANSWERS = ("ok", "ok", "ok", "drop", "reset", "stall", "500", "502", "503")
UNCOMMITTED_ANSWERS = ("drop", "reset", "stall", "500", "503", "503-wait", "429", "408")


@dataclass
class Ledger:
    """What the server executed, by token."""

    orders: dict[str, str] = field(default_factory=dict)
    cancelled: set[str] = field(default_factory=set)
    attempts: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def executed(self, token: str) -> bool:
        with self.lock:
            return token in self.orders or token in self.cancelled


def _decide(token: str, attempt: int) -> tuple[bool, str]:
    draw = random.Random(f"{SEED}:{token}:{attempt}")
    commit = draw.random() < 0.5
    return commit, draw.choice(COMMITTED_ANSWERS if commit else UNCOMMITTED_ANSWERS)


@contextlib.contextmanager
def misbehaving_klarna() -> Iterator[tuple[str, Ledger]]:
    ledger, stopping = Ledger(), threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def _answer(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            parts = urllib.parse.urlsplit(self.path).path.split("/")  # absolute-form too: a proxy's request
            token, creating = parts[4], parts[-1] == "order"
            with ledger.lock:
                attempt = ledger.attempts[token] = ledger.attempts.get(token, 0) + 1
                commit, answer = _decide(token, attempt)
                done = token in ledger.orders if creating else token in ledger.cancelled
                if done:
                    status, code, body = (
                        (403, "INVALID_OPERATION", "Authorization token already consumed")
                        if creating
                        else (404, "NOT_FOUND", "Invalid authorization token")
                    )
                    self._json(status, {"error_code": code, "error_messages": [body]})  # as Klarna answers
                    return
                if commit:
                    if creating:
                        ledger.orders[token] = f"order-{token}"
                    else:
                        ledger.cancelled.add(token)
            self._misbehave(answer, creating, token)

        def _misbehave(self, answer: str, creating: bool, token: str) -> None:
            if answer == "ok":
                self._json(200, {"order_id": f"order-{token}"}) if creating else self._json(204, None)
            elif answer == "drop":
                self.close_connection = True
            elif answer == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.close_connection = True
            elif answer == "stall":
                self._wait_for_the_client_to_leave()
                self.close_connection = True
            elif answer == "503-wait":
                self._json(503, {"error_code": "X"}, {"Retry-After": "1"})
            else:
                self._json(int(answer), {"error_code": "X"})

        def _wait_for_the_client_to_leave(self) -> None:
            while not stopping.is_set():
                readable, _, _ = select.select([self.connection], [], [], 0.05)
                if readable and not self.connection.recv(1, socket.MSG_PEEK):
                    return  # EOF: the client gave up

        def _json(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
            content = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(content)

        do_POST = do_DELETE = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 256

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", ledger
    finally:
        stopping.set()
        server.shutdown()
        server.server_close()


@dataclass
class Outcome:
    token: str
    creating: bool
    result: object
    elapsed: float


def _operation(index: int) -> tuple[str, bool]:
    return f"tok-{index:04d}", index % 4 != 3  # three orders to one cancel


def check(outcomes: list[Outcome], ledger: Ledger) -> None:
    problems = []
    for outcome in outcomes:
        token, result = outcome.token, outcome.result
        if outcome.elapsed > BOUND:
            problems.append(f"{token}: took {outcome.elapsed:.2f}s > {BOUND}s")
        if isinstance(result, BaseException):
            if not isinstance(result, KlarnaError):
                problems.append(f"{token}: untyped {result!r}")
            elif ledger.executed(token) and not isinstance(result, OutcomeUnknownError | ResponseValidationError):
                problems.append(f"{token}: executed, but a definite failure: {result!r}")
        elif outcome.creating:
            if getattr(result, "order_id", None) != ledger.orders.get(token):
                problems.append(f"{token}: crossed or invented answer {result!r}")
        elif token not in ledger.cancelled:
            problems.append(f"{token}: cancel succeeded but the server never cancelled")
    assert not problems, "\n".join(problems[:20])
    assert any(isinstance(o.result, OutcomeUnknownError) for o in outcomes)  # the soak reached the edges
    assert any(not isinstance(o.result, BaseException) for o in outcomes)


def _sync_call(sdk: KlarnaPayments, index: int) -> Outcome:
    token, creating = _operation(index)
    started = time.monotonic()
    try:
        result: object = (
            sdk.orders.create_order(token, ORDER_BODY) if creating else sdk.orders.cancel_authorization(token)
        )
    except Exception as error:
        result = error
    return Outcome(token, creating, result, time.monotonic() - started)


def test_threads_soak_every_call_typed_bounded_and_honest() -> None:
    with misbehaving_klarna() as (url, ledger):
        with KlarnaPayments(base_url=url, username="u", password="p", timeout=TIMEOUT, max_retries=RETRIES) as sdk:
            quiet(sdk)
            with ThreadPoolExecutor(max_workers=12) as pool:
                outcomes = list(pool.map(lambda index: _sync_call(sdk, index), range(180)))
    check(outcomes, ledger)


def test_threads_soak_through_a_proxy_every_call_typed_bounded_and_honest(monkeypatch: pytest.MonkeyPatch) -> None:
    """The misbehaving server as the proxy of HTTP_PROXY: the proxied path keeps every bound."""
    with misbehaving_klarna() as (url, ledger):
        monkeypatch.setenv("HTTP_PROXY", url)
        options = {"username": "u", "password": "p", "timeout": TIMEOUT, "max_retries": RETRIES}
        with KlarnaPayments(base_url="http://klarna.test", **options) as sdk:  # type: ignore[arg-type]
            quiet(sdk)
            with ThreadPoolExecutor(max_workers=12) as pool:
                outcomes = list(pool.map(lambda index: _sync_call(sdk, index), range(2000, 2060)))
    check(outcomes, ledger)


async def test_async_soak_every_call_typed_bounded_and_honest() -> None:
    with misbehaving_klarna() as (url, ledger):
        async with AsyncKlarnaPayments(
            base_url=url, username="u", password="p", timeout=TIMEOUT, max_retries=RETRIES
        ) as sdk:
            quiet(sdk, QuietClock())
            in_flight = asyncio.Semaphore(60)

            async def call(index: int) -> Outcome:
                token, creating = _operation(1000 + index)
                async with in_flight:
                    started = time.monotonic()
                    try:
                        result: object = (
                            await sdk.orders.create_order(token, ORDER_BODY)
                            if creating
                            else await sdk.orders.cancel_authorization(token)
                        )
                    except Exception as error:
                        result = error
                    return Outcome(token, creating, result, time.monotonic() - started)

            outcomes = await asyncio.gather(*(call(index) for index in range(300)))
    check(list(outcomes), ledger)


def test_a_soak_with_interrupts_leaves_every_later_call_typed_bounded_and_honest() -> None:
    """Seeded interrupts (as a signal handler raises them) land in a third of the calls, at a
    random point of each; the calls they hit end in the interrupt, and every other call keeps
    every rule of the soak on the same client."""
    from tests.runtime.test_interrupts import Interrupted, traced

    chooser = random.Random(SEED)
    outcomes: list[Outcome] = []
    with misbehaving_klarna() as (url, ledger):
        with KlarnaPayments(base_url=url, username="u", password="p", timeout=TIMEOUT, max_retries=RETRIES) as sdk:
            quiet(sdk)
            for index in range(3000, 3090):
                if chooser.random() < 1 / 3:
                    token, creating = _operation(index)
                    call = (lambda t=token: sdk.orders.create_order(t, ORDER_BODY)) if creating else None
                    _, raised = traced(
                        call or (lambda t=token: sdk.orders.cancel_authorization(t)), chooser.randint(1, 400)
                    )
                    assert raised is None or isinstance(raised, Interrupted | KlarnaError), repr(raised)
                    continue
                outcomes.append(_sync_call(sdk, index))
    check(outcomes, ledger)
