"""The loopback half of `make bench`: a small HTTP server, and one contender's timed calls to it.

Each contender runs in its own process (so each can live in the venv its dependencies need:
openapi-generator's client wants urllib3 and pydantic, which the SDK's venv does not hold), and
the server in another, pinned to the last CPU while the contenders are pinned to the first, so
that the server's work falls on the other core and not into the client's time.
`scripts/bench.py` starts them and interleaves the contenders' runs.

Usage:
  python scripts/bench_loopback.py serve               prints the port, answers until stdin closes
  python scripts/bench_loopback.py call CONTENDER URL LINES CALLS
                                                       prints the median µs of a call
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any

TOKEN = "2b7c6614-90a5-427c-bf0d-2879888822fb"
PATH = f"/payments/v1/authorizations/{TOKEN}/order"
USERNAME, PASSWORD = "PK12345_bench", "bench-password"
ORDER = {
    "order_id": "3eaeb557-5e30-47f8-b840-b8d987f5945d",
    "redirect_url": "https://payments.klarna.com/redirect/1/3eaeb557-5e30-47f8-b840-b8d987f5945d",
    "fraud_status": "ACCEPTED",
    "authorized_payment_method": {"type": "invoice", "number_of_days": 30},
}
BATCH = 20  # calls per timed sample


def order(lines: int) -> dict[str, Any]:
    line = {
        "type": "physical",
        "reference": "KAFFE-500",
        "name": "Kaffe 500 g",
        "quantity": 2,
        "quantity_unit": "pcs",
        "unit_price": 12500,
        "tax_rate": 2500,
        "total_amount": 25000,
        "total_discount_amount": 0,
        "total_tax_amount": 5000,
        "product_url": "https://shop.example.com/kaffe",
    }
    return {
        "purchase_country": "SE",
        "purchase_currency": "SEK",
        "locale": "sv-SE",
        "order_amount": 25000 * lines,
        "order_tax_amount": 5000 * lines,
        "merchant_reference1": "45aa52f387871e3a210645d4",
        "order_lines": [dict(line, reference=f"KAFFE-{i}") for i in range(lines)],
    }


# --------------------------------------------------------------------------------------------
# The server: HTTP/1.1 keep-alive, every request answered 200 with the same order.


class _Answering(asyncio.Protocol):
    ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
        len(json.dumps(ORDER).encode()),
        json.dumps(ORDER).encode(),
    )

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].lower()
            length = 0
            marker = head.find(b"content-length:")
            if marker >= 0:
                length = int(head[marker + 15 :].split(b"\r\n", 1)[0])
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            self.transport.write(self.ANSWER)


async def _serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Answering, "127.0.0.1", 0, backlog=512)
    print(server.sockets[0].getsockname()[1], flush=True)
    await loop.run_in_executor(None, sys.stdin.read)  # until the bench closes our stdin
    server.close()


# --------------------------------------------------------------------------------------------
# Contenders


def _basic() -> str:
    return "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()


def raw_httpx(url: str) -> Callable[[dict[str, Any]], Any]:
    import httpx

    client = httpx.Client(base_url=url, headers={"Authorization": _basic()}, timeout=30.0)

    def call(body: dict[str, Any]) -> Any:
        response = client.post(PATH, json=body, headers={"Klarna-Idempotency-Key": str(uuid.uuid4())})
        response.raise_for_status()
        return response.json()

    return call


def sdk(url: str) -> Callable[[dict[str, Any]], Any]:
    from klarna_payments import KlarnaPayments

    client = KlarnaPayments(base_url=url, username=USERNAME, password=PASSWORD)
    return lambda body: client.orders.create_order(TOKEN, body)


def openapi_generator(url: str) -> Callable[[dict[str, Any]], Any]:
    """openapi-generator's `python` client, as its README shows: the model from the dict, then the call."""
    import og_klarna  # type: ignore[import-not-found]

    configuration = og_klarna.Configuration(host=url, username=USERNAME, password=PASSWORD)
    api = og_klarna.OrdersApi(og_klarna.ApiClient(configuration))
    model = og_klarna.CreateOrderRequest

    def call(body: dict[str, Any]) -> Any:
        return api.create_order(TOKEN, model.from_dict(body), klarna_idempotency_key=uuid.uuid4())

    return call


CONTENDERS: dict[str, Callable[[str], Callable[[dict[str, Any]], Any]]] = {
    "raw httpx": raw_httpx,
    "KlarnaPayments": sdk,
    "openapi-generator": openapi_generator,
}


def timed_calls(contender: str, url: str, lines: int, calls: int) -> float:
    """The median µs of one call over batches of BATCH calls, after a warm-up."""
    call, body = CONTENDERS[contender](url), order(lines)
    for _ in range(5):
        call(body)
    samples = []
    for _ in range(max(1, calls // BATCH)):
        started = time.perf_counter()
        for _ in range(BATCH):
            call(body)
        samples.append((time.perf_counter() - started) / BATCH * 1e6)
    return statistics.median(samples)


def _pin(role: str) -> None:
    """The server on the last CPU, the contenders on the first: where the machine has two or
    more, neither waits for the other's core (and every contender runs on the same one)."""
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cpus) >= 2:
        os.sched_setaffinity(0, {cpus[-1] if role == "serve" else cpus[0]})


def main(argv: list[str]) -> int:
    if argv[:1] == ["serve"]:
        _pin("serve")
        asyncio.run(_serve())
        return 0
    if argv[:1] == ["call"] and len(argv) == 5:
        _pin("call")
        contender, url, lines, calls = argv[1], argv[2], int(argv[3]), int(argv[4])
        print(timed_calls(contender, url, lines, calls))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    os.environ.setdefault("KLARNA_LOG", "")
    sys.exit(main(sys.argv[1:]))
