"""An interrupt landing anywhere in a call (KeyboardInterrupt, Celery's soft time limit, a
signal-raised timeout: any BaseException that is not an Exception) leaves the client usable: the
next call succeeds or raises a typed error, never hangs on a lock the interrupt left held, never
meets a raw h11/httpcore state error, and no socket is left open once the client closes.

The interrupts are raised by a profile function at a seeded sample of the points of one call,
inside httpcore, h11 and the SDK's own connection code, where a signal handler can run.
`KLARNA_INTERRUPTS=3000` samples more (the default keeps `make test` quick).
"""

from __future__ import annotations

import gc
import http.server
import logging
import os
import random
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

import pytest
from klarna_payments import AsyncKlarnaPayments, KlarnaError, KlarnaPayments

from tests.support.payloads import IDEMPOTENCY_KEY, ORDER_BODY, TOKEN
from tests.support.waiting import wait_until

SAMPLE = int(os.environ.get("KLARNA_INTERRUPTS", "300"))
SEED = 20261207
ORDER = b'{"order_id": "3eaeb557-5e30-47f8-b840-b8d987f5945d", "fraud_status": "ACCEPTED"}'
TRACED = ("/httpcore/", "/h11/", "/klarna_payments/_http.py", "/klarna_payments/_send.py")


class Interrupted(KeyboardInterrupt):
    """The interrupt this test raises (a KeyboardInterrupt, as a signal handler would)."""


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client interrupted mid-request resets its connection: expected here


class Shop(http.server.BaseHTTPRequestHandler):
    """Klarna answering every order at once, on keep-alive connections."""

    protocol_version = "HTTP/1.1"
    open_connections = 0
    lock = threading.Lock()

    def setup(self) -> None:
        super().setup()
        with Shop.lock:
            Shop.open_connections += 1

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with Shop.lock:
                Shop.open_connections -= 1

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(ORDER)))
        self.end_headers()
        self.wfile.write(ORDER)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def shop() -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), Shop)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class Interrupter:
    """A profile function that raises `Interrupted` at the `at`-th point of the traced code where
    CPython runs a signal handler: a Python function's entry, and the return of a C function (a
    lock's `acquire()`, a socket's `recv()`), where a pending signal's handler runs right after.
    (A trace function's line events would also split `with` statements where no signal can.)"""

    def __init__(self, at: int | None) -> None:
        self.at, self.count = at, 0

    def __call__(self, frame: FrameType, event: str, arg: object) -> None:
        if event not in ("call", "c_return") or not any(part in frame.f_code.co_filename for part in TRACED):
            return
        self.count += 1
        if self.count == self.at:
            raise Interrupted


def traced(call: Callable[[], object], at: int | None) -> tuple[int, BaseException | None]:
    """Run `call` with the interrupter armed at point `at`: the points seen, what it raised."""
    interrupter = Interrupter(at)
    sys.setprofile(interrupter)
    try:
        call()
    except BaseException as raised:  # the interrupt, or what the call made of it
        return interrupter.count, raised
    finally:
        sys.setprofile(None)
    return interrupter.count, None


@pytest.mark.timeout(300)  # a call hanging on a lock an interrupt left held fails here, not forever
def test_a_client_survives_interrupts_at_every_sampled_line_of_a_call(
    shop: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.CRITICAL, logger="klarna_payments")
    unexpected: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        with KlarnaPayments(base_url=shop, username="u", password="p", timeout=5, max_retries=0) as klarna:

            def order() -> object:
                return klarna.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=IDEMPOTENCY_KEY)

            order()  # the connection and the lazy imports, outside the count
            events, _ = traced(order, None)
            points = sorted(random.Random(SEED).sample(range(1, events + 1), min(SAMPLE, events)))
            for at in points:
                _, raised = traced(order, at)
                if raised is not None and not isinstance(raised, Interrupted | KlarnaError):
                    unexpected.append(f"interrupted at point {at}: {type(raised).__name__}: {raised}")
                try:
                    order()  # the next call, never interrupted itself
                except KlarnaError:
                    pass  # typed: allowed (the interrupted attempt's connection may be gone)
                except Exception as error:
                    unexpected.append(f"the call after point {at}: {type(error).__name__}: {error}")
        gc.collect()
    assert unexpected == [], "\n".join(unexpected[:20])
    unclosed = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert unclosed == [], unclosed[:5]
    assert wait_until(lambda: Shop.open_connections == 0), f"{Shop.open_connections} connections left open"


@pytest.mark.timeout(120)
def test_an_interrupt_during_a_call_is_raised_as_it_is(shop: str) -> None:
    with KlarnaPayments(base_url=shop, username="u", password="p", max_retries=0) as klarna:
        klarna.orders.create_order(TOKEN, ORDER_BODY)
        events, _ = traced(lambda: klarna.orders.create_order(TOKEN, ORDER_BODY), None)
        _, raised = traced(lambda: klarna.orders.create_order(TOKEN, ORDER_BODY), events // 2)
    assert type(raised) is Interrupted


def test_an_interrupted_call_after_sending_warns_once_with_its_key_and_never_the_token(
    shop: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="klarna_payments")
    with KlarnaPayments(base_url=shop, username="u", password="p", max_retries=0) as klarna:

        def order() -> object:
            return klarna.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=IDEMPOTENCY_KEY)

        order()
        events, _ = traced(order, None)
        caplog.clear()
        _, raised = traced(order, events - 2)  # reading the answer: the request went out
    assert type(raised) is Interrupted
    warned = [record for record in caplog.records if "interrupted" in record.getMessage()]
    assert len(warned) == 1, [r.getMessage() for r in caplog.records]
    assert IDEMPOTENCY_KEY in warned[0].getMessage() and TOKEN not in caplog.text


async def test_a_cancelled_async_call_after_sending_warns_once_with_its_key(
    shop: str, caplog: pytest.LogCaptureFixture
) -> None:
    import asyncio

    caplog.set_level(logging.WARNING, logger="klarna_payments")

    class Slow(Shop):
        def do_POST(self) -> None:
            threading.Event().wait(1.0)  # long enough to be cancelled while waiting for it
            super().do_POST()

    server = QuietServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        async with AsyncKlarnaPayments(base_url=url, username="u", password="p", max_retries=0) as klarna:
            call = klarna.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=IDEMPOTENCY_KEY)
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(call, 0.3)
    finally:
        server.shutdown()
        server.server_close()
    warned = [record for record in caplog.records if "cancelled" in record.getMessage()]
    assert len(warned) == 1, [r.getMessage() for r in caplog.records]
    assert IDEMPOTENCY_KEY in warned[0].getMessage() and TOKEN not in caplog.text


def test_the_sdks_own_pool_guards_its_state_with_a_lock_an_interrupt_cannot_leak(shop: str) -> None:
    # Pins what the deadline transport relies on in httpcore: the pool's lock attribute by name.
    from klarna_payments._deadline_transport import POOL_LOCK_ATTRIBUTES

    with KlarnaPayments(base_url=shop, username="u", password="p") as klarna:
        klarna.orders.create_order(TOKEN, ORDER_BODY)
        _, transport = klarna._pool.sync_target()
        (pool,) = transport.pools.values()  # type: ignore[union-attr]
        locks = [getattr(pool, name) for name in POOL_LOCK_ATTRIBUTES if hasattr(pool, name)]
    assert [type(lock) for lock in locks] == [type(threading.Lock())]
