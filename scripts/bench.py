"""`make bench`: what the SDK costs its users, measured side by side with raw httpx.

1. Per call: `KlarnaPayments.orders.create_order` against raw httpx doing the same request (same
   URL, a static Basic header, JSON body, idempotency key) on the same in-process `httpx.MockTransport`,
   from the same plain dict to a parsed result, for a 3-line and a 1000-line order. The stock
   openapi-python-client 0.29.1 output for the same document (generated into a temporary
   folder, no templates of ours) runs in the same rounds for reference.
2. `import klarna_payments` against `import httpx`, each in a fresh interpreter of a new venv
   holding only the built wheel and its dependencies (the developer venv's httpx also imports
   its CLI's rich and click, which users do not have).
3. Connection reuse against a local server: 100 sequential calls through one client, and 200
   concurrent async calls.

Rounds are interleaved (the order of the contenders alternates) and medians reported, so a
slow moment of the machine hits every contender alike. Results go to bench/results.md.

Usage: python scripts/bench.py [--rounds N] [--profile]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import cProfile
import datetime
import importlib
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import klarna_payments
import yaml
from build_dist import build, install_in_new_venv
from klarna_payments import AsyncKlarnaPayments, KlarnaPayments
from local_server import Step, scripted_server

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.md"
BASE_URL = "https://bench.klarna.test"
TOKEN = "2b7c6614-90a5-427c-bf0d-2879888822fb"
PATH = f"/payments/v1/authorizations/{TOKEN}/order"
USERNAME, PASSWORD = "PK12345_bench", "bench-password"
ORDER_RESPONSE = json.dumps(
    {
        "order_id": "3eaeb557-5e30-47f8-b840-b8d987f5945d",
        "redirect_url": "https://payments.klarna.com/redirect/1/3eaeb557-5e30-47f8-b840-b8d987f5945d",
        "fraud_status": "ACCEPTED",
        "authorized_payment_method": {"type": "invoice", "number_of_days": 30},
    }
).encode()
GOALS = {3: 1.10, 1000: 1.5}
IMPORT_GOAL = 1.3
BATCH = {3: 200, 1000: 10}  # calls per timed batch: tens of milliseconds each


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


def answer(request: httpx.Request) -> httpx.Response:
    request.read()
    return httpx.Response(200, content=ORDER_RESPONSE, headers={"Content-Type": "application/json"})


# --------------------------------------------------------------------------------------------
# 1. Per-call cost


def raw_httpx_call() -> Callable[[dict[str, Any]], Any]:
    """What a careful hand-written client does: a static Basic header (not httpx's auth flow per
    request), a fresh idempotency key, `json=`, parse the answer."""
    basic = "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    client = httpx.Client(
        transport=httpx.MockTransport(answer), base_url=BASE_URL, headers={"Authorization": basic}, timeout=30.0
    )

    def call(body: dict[str, Any]) -> Any:
        response = client.post(PATH, json=body, headers={"Klarna-Idempotency-Key": str(uuid.uuid4())})
        response.raise_for_status()
        return response.json()

    return call


def sdk_call(*, preflight: bool = True) -> Callable[[dict[str, Any]], Any]:
    http_client = httpx.Client(transport=httpx.MockTransport(answer))
    sdk = KlarnaPayments(
        base_url=BASE_URL, username=USERNAME, password=PASSWORD, http_client=http_client, preflight=preflight
    )
    return lambda body: sdk.orders.create_order(TOKEN, body)


def stock_call(package: str) -> Callable[[dict[str, Any]], Any]:
    """The stock generator's client, used as its README shows, from the same dict."""
    client_module = importlib.import_module(f"{package}.client")
    endpoint = importlib.import_module(f"{package}.api.orders.create_order")
    models = importlib.import_module(f"{package}.models")
    token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    client = client_module.AuthenticatedClient(
        base_url=BASE_URL, token=token, prefix="Basic", httpx_args={"transport": httpx.MockTransport(answer)}
    )

    def call(body: dict[str, Any]) -> Any:
        # No idempotency key: the stock client puts the UUID object the document's `format: uuid`
        # asks for into the headers as it is, and httpx refuses it (TypeError).
        return endpoint.sync(TOKEN, client=client, body=models.CreateOrderRequest.from_dict(body))

    return call


def generate_stock_client(directory: Path) -> str:
    """openapi-python-client 0.29.1 with no templates of ours, as package `stock_klarna_payments`."""
    config = yaml.safe_load((ROOT / "generator-config.yaml").read_text())
    config.update(project_name_override="stock-klarna-payments", package_name_override="stock_klarna_payments")
    config["post_hooks"] = []
    (directory / "config.yaml").write_text(yaml.safe_dump(config))
    subprocess.run(
        [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(ROOT / "openapi.yaml"),
            "--config",
            str(directory / "config.yaml"),
            "--meta",
            "none",
            "--output-path",
            str(directory / "stock_klarna_payments"),
        ],
        check=True,
        capture_output=True,
    )
    sys.path.insert(0, str(directory))
    return "stock_klarna_payments"


@dataclass
class CallCost:
    lines: int
    medians_us: dict[str, float]

    def ratio(self, name: str) -> float:
        return self.medians_us[name] / self.medians_us["raw httpx"]


def measure_calls(contenders: dict[str, Callable[[dict[str, Any]], Any]], lines: int, rounds: int) -> CallCost:
    body, batch = order(lines), BATCH[lines]
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for call in contenders.values():  # warm-up: imports, caches, first connections
        for _ in range(3):
            call(body)
    names = list(contenders)
    for round_number in range(rounds):
        for name in names if round_number % 2 == 0 else reversed(names):
            call = contenders[name]
            started = time.perf_counter()
            for _ in range(batch):
                call(body)
            samples[name].append((time.perf_counter() - started) / batch)
    return CallCost(lines, {name: statistics.median(times) * 1e6 for name, times in samples.items()})


def profile_sdk(lines: int) -> str:
    call, body = sdk_call(), order(lines)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(BATCH[lines] * 5):
        call(body)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
    return out.getvalue()


def allocated_per_call(contenders: dict[str, Callable[[dict[str, Any]], Any]], lines: int) -> dict[str, float]:
    """KiB allocated at the peak of one call, over what was allocated before it (tracemalloc)."""
    body, found = order(lines), {}
    for name in ("raw httpx", "KlarnaPayments"):
        call = contenders[name]
        call(body)
        tracemalloc.start()
        peaks = []
        for _ in range(5):
            tracemalloc.reset_peak()
            before = tracemalloc.get_traced_memory()[0]
            call(body)
            peaks.append(tracemalloc.get_traced_memory()[1] - before)
        tracemalloc.stop()
        found[name] = statistics.median(peaks) / 1024
    return found


# --------------------------------------------------------------------------------------------
# 2. Import time


IMPORT_PROBE = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def clean_venv(directory: Path) -> Path:
    """A new venv with only the built wheel and its dependencies; returns its Python."""
    _, wheel = build(directory / "dist")
    return install_in_new_venv(wheel, directory / "venv")


def measure_imports(python: Path, rounds: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {"httpx": [], "klarna_payments": []}
    modules = list(samples)
    for round_number in range(rounds):
        for module in modules if round_number % 2 == 0 else reversed(modules):
            probe = IMPORT_PROBE.format(module=module)
            output = subprocess.run([str(python), "-c", probe], check=True, capture_output=True, text=True).stdout
            samples[module].append(float(output))
    return {module: statistics.median(times) * 1e3 for module, times in samples.items()}


# --------------------------------------------------------------------------------------------
# 3. Connection reuse


@dataclass
class Reuse:
    sequential_calls: int
    sequential_connections: int
    concurrent_calls: int
    concurrent_succeeded: int
    concurrent_connections: int
    concurrent_peak_connections: int
    concurrent_seconds: float


def measure_reuse() -> Reuse:
    body = order(3)
    with scripted_server(Step(body=ORDER_RESPONSE)) as (url, script):
        with KlarnaPayments(base_url=url, username=USERNAME, password=PASSWORD) as sdk:
            for _ in range(100):
                sdk.orders.create_order(TOKEN, body)
        sequential = script.accepted

    async def concurrent(url: str) -> list[object]:
        async with AsyncKlarnaPayments(base_url=url, username=USERNAME, password=PASSWORD) as sdk:
            calls = (sdk.orders.create_order(TOKEN, body) for _ in range(200))
            return await asyncio.gather(*calls, return_exceptions=True)

    with scripted_server(Step(body=ORDER_RESPONSE)) as (url, script):
        started = time.perf_counter()
        results = asyncio.run(concurrent(url))
        seconds = time.perf_counter() - started
        succeeded = sum(1 for result in results if not isinstance(result, BaseException))
        return Reuse(100, sequential, 200, succeeded, script.accepted, script.peak_open_connections, seconds)


# --------------------------------------------------------------------------------------------
# Report


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    lines = cpuinfo.read_text().splitlines() if cpuinfo.exists() else []
    models = [line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")]
    return models[0] if models else platform.processor() or "unknown CPU"


def machine() -> str:
    cpu = cpu_model()
    return (
        f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()} ({platform.machine()}); "
        f"Python {platform.python_version()}, httpx {httpx.__version__}, klarna-payments {klarna_payments.__version__}"
    )


def checks_cost(cost: CallCost) -> str:
    """The body checks and the order rules timed on their own (not as a difference of two medians)."""
    from klarna_payments._validation import body_problems
    from klarna_payments.preflight import check_order

    body, batch = order(cost.lines), BATCH[cost.lines] * 5
    timings = {}
    for name, check in (
        ("check_order", check_order),
        ("body checks", lambda b: body_problems("CreateOrderRequest", b)),
    ):
        check(body)
        samples = []
        for _ in range(7):
            started = time.perf_counter()
            for _ in range(batch):
                check(body)
            samples.append((time.perf_counter() - started) / batch * 1e6)
        timings[name] = statistics.median(samples)
    share = (timings["check_order"] + timings["body checks"]) / cost.medians_us["raw httpx"]
    return (
        f"on {cost.lines} lines `check_order` takes {timings['check_order']:.0f} µs and the body checks "
        f"{timings['body checks']:.0f} µs ({share:.2f}x of the raw call)"
    )


def verdict(value: float, goal: float) -> str:
    return f"≤ {goal:.2f}x met" if value <= goal else f"≤ {goal:.2f}x **missed**"


def report(
    costs: list[CallCost],
    imports: dict[str, float],
    reuse: Reuse,
    rounds: int,
    profile: str,
    memory: dict[int, dict[str, float]],
) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` (scripts/bench.py) on {datetime.date.today().isoformat()}.",
        f"Machine: {machine()}.",
        "",
        f"## Per call: `create_order` from a plain dict to a parsed result ({rounds} interleaved rounds, medians)",
        "",
        "| order | raw httpx | KlarnaPayments | ratio | goal | preflight off | ratio | stock client | ratio |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for cost in costs:
        us = cost.medians_us
        lines.append(
            f"| {cost.lines} lines | {us['raw httpx']:.0f} µs | {us['KlarnaPayments']:.0f} µs | "
            f"{cost.ratio('KlarnaPayments'):.2f}x | {verdict(cost.ratio('KlarnaPayments'), GOALS[cost.lines])} | "
            f"{us['preflight off']:.0f} µs | {cost.ratio('preflight off'):.2f}x | "
            f"{us['stock client']:.0f} µs | {cost.ratio('stock client'):.2f}x |"
        )
    lines += ["", "Timed on their own, " + "; ".join(map(checks_cost, costs)) + "."]
    import_ratio = imports["klarna_payments"] / imports["httpx"]
    lines += [
        "",
        "All use the same in-process `httpx.MockTransport` answering with the same order. Raw httpx",
        "is a careful hand-written client: a static `Authorization: Basic` header, a fresh",
        "idempotency-key header, the dict sent with `json=`, `response.json()` returned; the SDK",
        "checks the dict (and, unless preflight is off, Klarna's order rules), sends it with its headers,",
        "retry policy, deadline and logging, and decodes an `Order`.",
        "The stock client is openapi-python-client 0.29.1's output for the same document, called as its",
        "README shows (`CreateOrderRequest.from_dict` then `create_order.sync`), without an idempotency key:",
        "it cannot send one (it puts the `UUID` object into the headers, and httpx raises `TypeError`).",
        "",
        f"## Import time ({rounds} interleaved fresh interpreters each, medians)",
        "",
        "| `import httpx` | `import klarna_payments` | ratio | goal |",
        "|---|---|---|---|",
        f"| {imports['httpx']:.1f} ms | {imports['klarna_payments']:.1f} ms | {import_ratio:.2f}x | "
        f"{verdict(import_ratio, IMPORT_GOAL)} |",
        "",
        "Measured in a new venv holding only the built wheel, httpx, attrs and their dependencies.",
        "`import klarna_payments` includes importing httpx and attrs.",
        "",
        "## Memory per call (tracemalloc: the peak of one call over what was allocated before it, median of 5)",
        "",
        "| order | raw httpx | KlarnaPayments |",
        "|---|---|---|",
        *(
            f"| {lines} lines | {found['raw httpx']:.0f} KiB | {found['KlarnaPayments']:.0f} KiB |"
            for lines, found in memory.items()
        ),
        "",
        "One client over 100 000 calls does not grow the process (tests/runtime/test_memory.py).",
        "",
        "## Connections",
        "",
        f"- {reuse.sequential_calls} sequential `create_order` calls through one `KlarnaPayments` opened "
        f"**{reuse.sequential_connections}** TCP connection(s) to a local server.",
        f"- {reuse.concurrent_calls} concurrent calls through one `AsyncKlarnaPayments`: "
        f"**{reuse.concurrent_succeeded}** succeeded in {reuse.concurrent_seconds:.2f} s, with at most "
        f"{reuse.concurrent_peak_connections} connections open at once and {reuse.concurrent_connections} opened in "
        "all: httpx's default pool opens up to 100 and keeps 20 alive between requests, so a burst twice the pool "
        "size reconnects.",
    ]
    if profile:
        lines += ["", "## Profile of the SDK path (1000-line order, by own time)", "", "```", profile.strip(), "```"]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--profile", action="store_true", help="append a profile of the 1000-line SDK call")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="klarna-bench-") as tmp:
        print("==> generating the stock client for reference", flush=True)
        stock_package = generate_stock_client(Path(tmp))
        contenders = {
            "raw httpx": raw_httpx_call(),
            "KlarnaPayments": sdk_call(),
            "preflight off": sdk_call(preflight=False),
            "stock client": stock_call(stock_package),
        }
        costs = []
        memory = {}
        for lines in (3, 1000):
            print(f"==> per-call cost, {lines}-line order", flush=True)
            costs.append(measure_calls(contenders, lines, args.rounds))
            memory[lines] = allocated_per_call(contenders, lines)
        print("==> import time (building the wheel into a clean venv)", flush=True)
        imports = measure_imports(clean_venv(Path(tmp)), args.rounds)
    print("==> connection reuse", flush=True)
    reuse = measure_reuse()
    text = report(costs, imports, reuse, args.rounds, profile_sdk(1000) if args.profile else "", memory)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
