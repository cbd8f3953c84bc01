"""One client, many calls: a call leaves no memory behind.

After a warm-up (caches, the pool, the first allocations), `tracemalloc` traces a bounded run
of calls on the same client; what is still allocated afterwards, divided by the calls, is what
each call kept. A sound client keeps a few bytes a call (one-off allocations spread over the
run); the bound is far below what any leak costs: keeping each call's decoded order is about
480 bytes a call, each raw response about 4 400, each idempotency key alone about 95. The calls
are counted, never timed: tracing makes a call about four times slower and a busy machine
slower still (3 200 traced calls took 3.5 s idle and 42 s beside another test run and two busy
processes on 2 cores), so the run stays short.
"""

from __future__ import annotations

import gc
import tracemalloc

import httpx
import pytest

from tests.support.mock import json_response, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN

pytestmark = pytest.mark.slow  # a few seconds of traced calls

WARM_UP_CALLS = 1_000  # untraced: fast
SETTLE_CALLS = 300  # traced, before the measurement: what tracing itself first allocates
TRACED_CALLS = 1_200
BOUND_PER_CALL = 32  # bytes still allocated per call after the traced run (a sound client: 4 to 7 here)


def answer(request: httpx.Request) -> httpx.Response:
    return json_response(200, {"order_id": "o-1", "fraud_status": "ACCEPTED"})


def test_a_call_on_a_warm_client_keeps_no_memory_once_it_returns() -> None:
    with sync_sdk(answer) as sdk:
        for _ in range(WARM_UP_CALLS):
            sdk.orders.create_order(TOKEN, ORDER_BODY)
        gc.collect()
        tracemalloc.start()
        try:
            for _ in range(SETTLE_CALLS):
                sdk.orders.create_order(TOKEN, ORDER_BODY)
            gc.collect()
            before, _ = tracemalloc.get_traced_memory()
            for _ in range(TRACED_CALLS):
                sdk.orders.create_order(TOKEN, ORDER_BODY)
            gc.collect()
            after, _ = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    per_call = (after - before) / TRACED_CALLS
    assert per_call < BOUND_PER_CALL, f"{per_call:.1f} bytes kept per call over {TRACED_CALLS} calls"
