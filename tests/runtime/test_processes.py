"""Processes, threads and event loops: every caller gets its own answers from its own connections."""

from __future__ import annotations

import asyncio
import os
import threading
import time
import uuid

import httpx
import pytest
from klarna_payments import AsyncKlarnaPayments, KlarnaPayments
from klarna_payments._http import HttpPool
from local_server import Step, scripted_server

from tests.support.mock import BASE_URL, Recorder, json_response
from tests.support.payloads import ORDER_BODY, TOKEN

ECHO_KEY = Step(echo="Klarna-Idempotency-Key")  # answers {"order_id": <the request's idempotency key>}
CALLS = 30


def mismatches(sdk: KlarnaPayments, calls: int = CALLS) -> int:
    """Calls whose answer was meant for another request."""
    wrong = 0
    for _ in range(calls):
        key = str(uuid.uuid4())
        order = sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=key)
        wrong += order.order_id != key
    return wrong


@pytest.mark.slow
def test_parent_and_forked_child_calling_at_once_each_get_their_own_answers() -> None:
    with scripted_server(ECHO_KEY) as (url, script):
        with KlarnaPayments(base_url=url, username="u", password="p", max_retries=0) as sdk:
            assert mismatches(sdk, 1) == 0  # the parent's pool now holds a keep-alive connection
            reader, writer = os.pipe()
            child = os.fork()
            if child == 0:  # the child: report its mismatches (or a crash) through the pipe, then leave
                try:
                    os.write(writer, str(mismatches(sdk)).encode())
                finally:
                    os._exit(0)
            os.close(writer)
            parent_wrong = mismatches(sdk)
            _, exit_status = os.waitpid(child, 0)
            child_report = os.read(reader, 100).decode()
            os.close(reader)
    assert exit_status == 0
    assert (parent_wrong, child_report) == (0, "0")
    assert script.accepted >= 2  # the child opened a connection of its own


@pytest.mark.slow
def test_a_users_http_client_used_before_fork_is_refused_in_the_child() -> None:
    recorder = Recorder(json_response(200, {"order_id": "o-1"}))
    http_client = httpx.Client(transport=httpx.MockTransport(recorder))
    sdk = KlarnaPayments(base_url=BASE_URL, username="u", password="p", http_client=http_client)
    sdk.orders.create_order(TOKEN, ORDER_BODY)
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:
        try:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
            os.write(writer, b"sent")
        except RuntimeError as error:
            os.write(writer, str(error).encode()[:300])
        finally:
            os._exit(0)
    os.close(writer)
    os.waitpid(child, 0)
    report = os.read(reader, 300).decode()
    os.close(reader)
    assert "was used in the parent process before this process forked" in report
    assert len(recorder.requests) == 1  # the child sent nothing


def test_threads_racing_the_first_call_build_one_connection_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[httpx.Client] = []
    original = HttpPool._new_sync_client

    def slow_build(pool: HttpPool) -> httpx.Client:
        time.sleep(0.05)  # widen the window in which racing threads would each build one
        built.append(original(pool))
        return built[-1]

    monkeypatch.setattr(HttpPool, "_new_sync_client", slow_build)
    with scripted_server(ECHO_KEY) as (url, _):
        with KlarnaPayments(base_url=url, username="u", password="p", max_retries=0) as sdk:
            start = threading.Barrier(16)
            errors: list[int] = []

            def first_call() -> None:
                start.wait()
                errors.append(mismatches(sdk, 1))

            threads = [threading.Thread(target=first_call) for _ in range(16)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    assert len(built) == 1
    assert errors == [0] * 16


def test_an_async_client_works_under_a_second_event_loop() -> None:
    async def create(sdk: AsyncKlarnaPayments) -> str:
        key = str(uuid.uuid4())
        order = await sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=key)
        assert order.order_id == key
        return key

    with scripted_server(ECHO_KEY) as (url, script):
        sdk = AsyncKlarnaPayments(base_url=url, username="u", password="p", max_retries=0)
        asyncio.run(create(sdk))  # the first loop closes with its connections
        asyncio.run(create(sdk))  # a second asyncio.run(): a fresh pool for the new loop
        asyncio.run(sdk.close())
    assert len(script.received) == 2


def test_a_users_async_client_bound_to_a_closed_loop_is_refused_before_sending() -> None:
    recorder = Recorder(json_response(200, {"order_id": "o-1"}))
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    sdk = AsyncKlarnaPayments(base_url=BASE_URL, username="u", password="p", http_client=http_client)
    asyncio.run(sdk.orders.create_order(TOKEN, ORDER_BODY))
    with pytest.raises(RuntimeError, match="bound to an event loop that has closed"):
        asyncio.run(sdk.orders.create_order(TOKEN, ORDER_BODY))
    assert len(recorder.requests) == 1
