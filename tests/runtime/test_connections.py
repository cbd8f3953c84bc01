"""One SDK client is one connection pool: sequential calls share a connection, bursts succeed."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest
from klarna_payments import APITimeoutError, AsyncKlarnaPayments, KlarnaPayments
from local_server import Step, scripted_server

from tests.support.mock import Recorder, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN
from tests.support.waiting import wait_until

ORDER = b'{"order_id": "3eaeb557-5e30-47f8-b840-b8d987f5945d"}'


def test_sequential_calls_reuse_one_connection() -> None:
    with scripted_server(Step(body=ORDER)) as (url, script):
        with KlarnaPayments(base_url=url, username="u", password="p") as sdk:
            for _ in range(100):
                sdk.orders.create_order(TOKEN, ORDER_BODY)
        assert len(script.received) == 100
        assert script.accepted == 1


@pytest.mark.slow
def test_two_hundred_concurrent_async_calls_all_succeed() -> None:
    async def burst(url: str) -> list[object]:
        async with AsyncKlarnaPayments(base_url=url, username="u", password="p") as sdk:
            return await asyncio.gather(*(sdk.orders.create_order(TOKEN, ORDER_BODY) for _ in range(200)))

    with scripted_server(Step(body=ORDER)) as (url, script):
        orders = asyncio.run(burst(url))
        assert [order.order_id for order in orders] == ["3eaeb557-5e30-47f8-b840-b8d987f5945d"] * 200  # type: ignore[attr-defined]
        assert script.peak_open_connections <= 100  # httpx's default pool limit
        assert script.wait_until_closed()


BURST = 30  # more than httpx's 20 kept-alive connections, well under the pool's 100


@pytest.mark.slow
def test_a_second_burst_reuses_every_connection_the_first_one_opened() -> None:
    release = threading.Event()
    with scripted_server(Step(body=ORDER, delay=5.0, until=release)) as (url, script):
        with KlarnaPayments(base_url=url, username="u", password="p") as sdk:
            for burst in range(2):
                callers = [
                    threading.Thread(target=sdk.orders.create_order, args=(TOKEN, ORDER_BODY)) for _ in range(BURST)
                ]
                for caller in callers:
                    caller.start()
                assert wait_until(lambda n=BURST * (burst + 1): len(script.received) == n)  # all in flight at once
                release.set()
                for caller in callers:
                    caller.join()
                release.clear()
                opened = script.accepted
        assert opened == BURST  # the second burst opened none


def test_a_pool_timeout_ends_the_call_unsent_without_a_retry() -> None:
    recorder = Recorder(httpx.PoolTimeout("no connection became free"))
    with sync_sdk(recorder, max_retries=2) as sdk, pytest.raises(APITimeoutError):
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(recorder.requests) == 1
