"""How long `create_order(timeout=0.5, max_retries=0)` takes through a proxy that trickles its
status line a byte per 50 ms (the README's figure under "Timeouts"): three runs, sync and async.

Run: `.venv/bin/python scripts/proxy_deadline.py` (the deadline is 1.0 s: twice the timeout).
"""

from __future__ import annotations

import asyncio
import os
import time

from klarna_payments import AsyncKlarnaPayments, KlarnaError, KlarnaPayments
from local_server import Fault, Step, scripted_server

TOKEN = "2b7c6614-90a5-427c-bf0d-2879888822fb"
BODY = {
    "purchase_country": "SE",
    "purchase_currency": "SEK",
    "locale": "sv-SE",
    "order_amount": 1000,
    "order_lines": [{"name": "Kaffe", "quantity": 1, "unit_price": 1000, "total_amount": 1000}],
}
OPTIONS = {"base_url": "http://klarna.test", "username": "u", "password": "p", "max_retries": 0}


def sync_call() -> None:
    with KlarnaPayments(**OPTIONS) as klarna:  # type: ignore[arg-type]
        klarna.orders.create_order(TOKEN, BODY, timeout=0.5)  # type: ignore[arg-type]


def async_call() -> None:
    async def run() -> None:
        async with AsyncKlarnaPayments(**OPTIONS) as klarna:  # type: ignore[arg-type]
            await klarna.orders.create_order(TOKEN, BODY, timeout=0.5)  # type: ignore[arg-type]

    asyncio.run(run())


def main() -> None:
    trickle = Step(body=b'{"order_id": "o"}' + b" " * 600, fault=Fault.TRICKLE_HEADERS, interval=0.05)
    with scripted_server(trickle) as (proxy_url, _):
        os.environ["HTTP_PROXY"] = proxy_url
        for name, call in (("sync", sync_call), ("async", async_call)):
            for _ in range(3):
                started = time.monotonic()
                try:
                    call()
                except KlarnaError as error:
                    print(f"{name}: {time.monotonic() - started:.2f} s, {type(error).__name__}")


if __name__ == "__main__":
    main()
