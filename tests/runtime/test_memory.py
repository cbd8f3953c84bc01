"""One client, many calls: memory does not grow (a bounded loop of 100 000 calls)."""

from __future__ import annotations

import gc

import httpx
import pytest

from tests.support.mock import json_response, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN

pytestmark = pytest.mark.slow  # about 20 s of calls

CALLS = 100_000


def resident_kib() -> int:
    """The process's resident set now (not its peak), from /proc."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * 4


def test_a_hundred_thousand_calls_on_one_client_do_not_grow_the_process() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return json_response(200, {"order_id": "o-1", "fraud_status": "ACCEPTED"})

    with sync_sdk(answer) as sdk:
        for _ in range(CALLS // 10):  # warm-up: caches, pools, the first allocations
            sdk.orders.create_order(TOKEN, ORDER_BODY)
        gc.collect()
        before = resident_kib()
        for _ in range(CALLS - CALLS // 10):
            sdk.orders.create_order(TOKEN, ORDER_BODY)
        gc.collect()
        grown = resident_kib() - before
    assert grown < 2048, f"the process grew by {grown} KiB over {CALLS} calls"
