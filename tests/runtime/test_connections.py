"""One SDK client is one connection pool: sequential calls share a connection, bursts succeed."""

from __future__ import annotations

import asyncio

import pytest
from klarna_payments import AsyncKlarnaPayments, KlarnaPayments
from local_server import Step, scripted_server

from tests.support.payloads import ORDER_BODY, TOKEN

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
