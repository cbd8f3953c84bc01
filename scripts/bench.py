"""`make bench`: what the SDK costs its users, measured side by side with raw httpx.

1. Per call: `KlarnaPayments.orders.create_order` against raw httpx doing the same request (same
   URL, a static Basic header, JSON body, idempotency key) on the same in-process `httpx.MockTransport`,
   from the same plain dict to a parsed result, for a 3-line and a 1000-line order. The stock
   openapi-python-client 0.29.1 output for the same document (generated into a temporary
   folder, no templates of ours) runs in the same rounds for reference.
   The checks are also timed on their own, and the memory one call allocates (tracemalloc).
   `order_management.capture_order` is timed beside it the same way (a 201 answered in headers,
   read into its typed result), so an Order Management call is seen to cost what a Payments one does.
2. Async throughput: 2000 `AsyncKlarnaPayments` calls with 200 in flight against raw
   `httpx.AsyncClient` doing the same, on the same `MockTransport`.
3. `import klarna_payments` against `import httpx`: the CPU time of the import, in pairs of
   fresh interpreters of a new venv holding only the built wheel and its dependencies (the
   developer venv's httpx also imports its CLI's rich and click, which users do not have).
4. Over loopback to a local server (another process, so its work falls on the other core): the
   SDK on its own connections against raw httpx and openapi-generator's `python` client
   (urllib3), each contender in its own process (scripts/bench_loopback.py).
5. Connection reuse against a local server: 100 sequential calls through one client, and 200
   concurrent async calls.
6. Tracing and metrics: the per-call cost of 1. for a 3-line order with `opentelemetry` not
   imported, imported without a provider, and with the OpenTelemetry SDK's providers set, each
   run a process of its own (scripts/bench_telemetry.py).

Every comparison runs RUNS times; rounds within a run are interleaved (the order of the
contenders alternates) and medians reported, so a slow moment of the machine hits every
contender alike; a ratio is reported as the median of the runs' ratios with their range.
Results go to bench/results.md.

Usage: python scripts/bench.py [--rounds N] [--runs N] [--profile]
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
import shutil
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
from bench_loopback import ORDER, PASSWORD, PATH, TOKEN, USERNAME, order
from build_dist import build, install_in_new_venv
from klarna_payments import AsyncKlarnaPayments, KlarnaPayments, _spec
from klarna_payments._http import HttpPool
from local_server import Step, scripted_server

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.md"
BASE_URL = "https://bench.klarna.test"
ORDER_RESPONSE = json.dumps(ORDER).encode()
GOALS = {3: 1.05, 1000: 1.25}  # per call, against raw httpx (issue 21)
ASYNC_GOAL = 1.10
IMPORT_GOAL = 1.20
LOOPBACK_GOALS = {3: 1.0, 1000: 0.3}  # against openapi-generator's client
ASYNC_CALLS, ASYNC_IN_FLIGHT = 2000, 200
BATCH = {3: 200, 1000: 10}  # calls per timed batch: tens of milliseconds each


def answer(request: httpx.Request) -> httpx.Response:
    request.read()
    return httpx.Response(200, content=ORDER_RESPONSE, headers={"Content-Type": "application/json"})


# capture_order, from the document: its path and the headers its 201 is answered in.
CAPTURE = _spec.OPERATIONS["capture_order"]
ORDER_ID = str(ORDER["order_id"])
CAPTURE_PATH = CAPTURE.path.format(**{CAPTURE.path_parameters[0]: ORDER_ID})
CAPTURE_HEADERS = {
    header: f"{BASE_URL}{CAPTURE_PATH}/4ba29b50-be7b-44f5-a492-113e6a865e22" if header == "Location" else "4ba29b50"
    for header in CAPTURE.header_results[201].values()
}


def capture_answer(request: httpx.Request) -> httpx.Response:
    request.read()
    return httpx.Response(201, headers=CAPTURE_HEADERS)


def capture(lines: int) -> dict[str, Any]:
    """A capture of the whole `order(lines)`, its lines and a shipment reference."""
    placed = order(lines)
    return {"captured_amount": placed["order_amount"], "reference": "shipment-1", "order_lines": placed["order_lines"]}


# --------------------------------------------------------------------------------------------
# 1. Per-call cost


def raw_client(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.Client:
    """The hand-written client's httpx.Client: a static Basic header (not httpx's auth flow per
    request) on a MockTransport answering with `handler`."""
    basic = "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    return httpx.Client(
        transport=httpx.MockTransport(handler), base_url=BASE_URL, headers={"Authorization": basic}, timeout=30.0
    )


def sdk_on_own_pool(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> KlarnaPayments:
    """KlarnaPayments on its own connections, the MockTransport where its socket transport would be."""
    sdk = KlarnaPayments(base_url=BASE_URL, username=USERNAME, password=PASSWORD, **options)
    pool = HttpPool(owner="KlarnaPayments", httpx_args={"transport": httpx.MockTransport(handler)})
    return sdk._copy(sdk._config, pool)


def raw_httpx_call() -> Callable[[dict[str, Any]], Any]:
    """What a careful hand-written client does: a static Basic header, a fresh idempotency key,
    `json=`, parse the answer."""
    client = raw_client(answer)

    def call(body: dict[str, Any]) -> Any:
        response = client.post(PATH, json=body, headers={"Klarna-Idempotency-Key": str(uuid.uuid4())})
        response.raise_for_status()
        return response.json()

    return call


def raw_httpx_capture() -> Callable[[dict[str, Any]], Any]:
    """The hand-written capture: as `raw_httpx_call`, reading the answer's headers."""
    client = raw_client(capture_answer)
    names = tuple(CAPTURE.header_results[201].values())

    def call(body: dict[str, Any]) -> Any:
        response = client.post(CAPTURE_PATH, json=body, headers={"Klarna-Idempotency-Key": str(uuid.uuid4())})
        response.raise_for_status()
        return tuple(response.headers[name] for name in names)

    return call


def sdk_capture() -> Callable[[dict[str, Any]], Any]:
    """`KlarnaPayments.order_management.capture_order` on its own connections."""
    sdk = sdk_on_own_pool(capture_answer)
    return lambda body: sdk.order_management.capture_order(ORDER_ID, body)


def sdk_call(*, preflight: bool = True, own_pool: bool = True) -> Callable[[dict[str, Any]], Any]:
    """`KlarnaPayments.orders.create_order`. On its own connections (the default, and what a
    client without `http_client` uses) the pool's transport is the MockTransport, which is where
    the SDK's own pool would put its socket transport; with `own_pool=False` the MockTransport
    is in a user's `http_client`, which the SDK sends through as httpx.Client.send does."""
    if own_pool:
        sdk = sdk_on_own_pool(answer, preflight=preflight)
    else:
        sdk = KlarnaPayments(base_url=BASE_URL, username=USERNAME, password=PASSWORD, preflight=preflight)
        sdk = sdk.with_options(http_client=httpx.Client(transport=httpx.MockTransport(answer)))
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


def measure_calls(
    contenders: dict[str, Callable[[dict[str, Any]], Any]],
    lines: int,
    rounds: int,
    make_body: Callable[[int], dict[str, Any]] = order,
) -> CallCost:
    body, batch = make_body(lines), BATCH[lines]
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
# 2. Async throughput


def async_contenders() -> dict[str, Callable[[dict[str, Any]], Any]]:
    """Coroutine functions doing one call each, on clients made inside the running loop."""
    basic = "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()

    def raw() -> Callable[[dict[str, Any]], Any]:
        client = httpx.AsyncClient(
            transport=httpx.MockTransport(answer), base_url=BASE_URL, headers={"Authorization": basic}, timeout=30.0
        )

        async def call(body: dict[str, Any]) -> Any:
            response = await client.post(PATH, json=body, headers={"Klarna-Idempotency-Key": str(uuid.uuid4())})
            response.raise_for_status()
            return response.json()

        return call

    def sdk() -> Callable[[dict[str, Any]], Any]:
        client = AsyncKlarnaPayments(base_url=BASE_URL, username=USERNAME, password=PASSWORD)
        pool = HttpPool(owner="AsyncKlarnaPayments", httpx_args={"transport": httpx.MockTransport(answer)})
        client = client._copy(client._config, pool)  # its own connections, as in sdk_call
        return lambda body: client.orders.create_order(TOKEN, body)

    return {"raw httpx": raw, "AsyncKlarnaPayments": sdk}


async def _throughput(make: Callable[[], Callable[[dict[str, Any]], Any]], body: dict[str, Any]) -> float:
    call = make()
    limit = asyncio.Semaphore(ASYNC_IN_FLIGHT)

    async def one() -> None:
        async with limit:
            await call(body)

    await asyncio.gather(*(one() for _ in range(ASYNC_IN_FLIGHT)))  # warm-up
    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(ASYNC_CALLS)))
    return time.perf_counter() - started


def measure_async(rounds: int) -> dict[str, float]:
    """Seconds for ASYNC_CALLS calls with ASYNC_IN_FLIGHT in flight, median of interleaved rounds."""
    contenders, body = async_contenders(), order(3)
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for round_number in range(rounds):
        for name in names if round_number % 2 == 0 else reversed(names):
            samples[name].append(asyncio.run(_throughput(contenders[name], body)))
    return {name: statistics.median(times) for name, times in samples.items()}


# --------------------------------------------------------------------------------------------
# 3. Import time


IMPORT_PROBE = "import time; t = time.process_time(); import {module}; print(time.process_time() - t)"


def clean_venv(directory: Path) -> Path:
    """A new venv with only the built wheel and its dependencies; returns its Python."""
    _, wheel = build(directory / "dist")
    return install_in_new_venv(wheel, directory / "venv")


def measure_imports(python: Path, pairs: int) -> dict[str, float]:
    """CPU ms of each import, median over `pairs` pairs of fresh interpreters (order alternating)."""
    samples: dict[str, list[float]] = {"httpx": [], "klarna_payments": []}
    modules = list(samples)
    for pair in range(pairs):
        for module in modules if pair % 2 == 0 else reversed(modules):
            probe = IMPORT_PROBE.format(module=module)
            output = subprocess.run([str(python), "-c", probe], check=True, capture_output=True, text=True).stdout
            samples[module].append(float(output))
    return {module: statistics.median(times) * 1e3 for module, times in samples.items()}


# --------------------------------------------------------------------------------------------
# 4. Over loopback, against openapi-generator's client

LOOPBACK = ROOT / "scripts" / "bench_loopback.py"
LOOPBACK_CALLS = {3: 600, 1000: 100}


def openapi_generator_python(directory: Path) -> tuple[Path | None, str]:
    """A venv holding openapi-generator's client for openapi.yaml (package `og_klarna`, on the
    venv's path), from requirements/bench-peer.txt; (None, why) when it cannot be made here."""
    if shutil.which("java") is None:
        return None, "no Java runtime on this machine (openapi-generator is a Java program)"
    venv_dir = directory / "peer"
    subprocess.run([sys.executable, "-m", "venv", str(venv_dir)], check=True)
    python = venv_dir / "bin" / "python"
    requirements = ROOT / "requirements" / "bench-peer.txt"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--require-hashes"]
    installed = subprocess.run([*pip, "-r", str(requirements)], capture_output=True, text=True)
    if installed.returncode != 0:
        return None, f"installing requirements/bench-peer.txt failed: {installed.stderr.strip()[-300:]}"
    output = directory / "og-client"
    generator = venv_dir / "bin" / "openapi-generator-cli"
    command = [str(generator), "generate", "-i", str(ROOT / "openapi.yaml"), "-g", "python", "-o", str(output)]
    generated = subprocess.run([*command, "--package-name", "og_klarna"], capture_output=True, text=True)
    if generated.returncode != 0:
        return None, f"openapi-generator failed: {generated.stdout.strip()[-300:]}"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "og_klarna.pth").write_text(str(output) + "\n")
    return python, ""


@dataclass
class Loopback:
    lines: int
    runs: list[dict[str, float]]  # per run: contender -> median µs of a call

    def median(self, name: str) -> float:
        return statistics.median(run[name] for run in self.runs)

    def ratios(self, name: str, against: str) -> list[float]:
        return [run[name] / run[against] for run in self.runs]


def measure_loopback(peer: Path | None, runs: int) -> list[Loopback]:
    pythons = {"raw httpx": Path(sys.executable), "KlarnaPayments": Path(sys.executable)}
    if peer is not None:
        pythons["openapi-generator"] = peer
    server = subprocess.Popen(
        [sys.executable, str(LOOPBACK), "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        found = []
        for lines in (3, 1000):
            results = []
            names = list(pythons)
            for run in range(runs):
                measured = {}
                for name in names if run % 2 == 0 else reversed(names):
                    command = [
                        str(pythons[name]),
                        str(LOOPBACK),
                        "call",
                        name,
                        url,
                        str(lines),
                        str(LOOPBACK_CALLS[lines]),
                    ]
                    measured[name] = float(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
                results.append(measured)
            found.append(Loopback(lines, results))
        return found
    finally:
        server.communicate("")  # closing its stdin stops it


# --------------------------------------------------------------------------------------------
# 6. Tracing and metrics

TELEMETRY = ROOT / "scripts" / "bench_telemetry.py"


def measure_telemetry(runs: int, rounds: int) -> list[dict[str, dict[str, float]]]:
    """Per run (a process of its own): stage -> contender -> median µs of a 3-line create_order."""
    command = [sys.executable, str(TELEMETRY), str(rounds)]
    return [json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout) for _ in range(runs)]


def _reconnects(reuse: Reuse) -> str:
    """Why a burst opened as many connections as it did, from what it measured."""
    if reuse.concurrent_connections > reuse.concurrent_peak_connections:
        return (
            "httpx's default pool opens up to 100 and keeps 20 alive between requests, "
            "so a burst twice the pool size reconnects."
        )
    return "httpx's default pool opens up to 100; the calls waiting for one took those the first calls released."


def telemetry_rows(found: list[dict[str, dict[str, float]]]) -> list[str]:
    rows = ["| | raw httpx | KlarnaPayments | ratio (range) |", "|---|---|---|---|"]
    cells = [
        ("`opentelemetry` not imported", "opentelemetry not imported", "KlarnaPayments"),
        ("imported, no provider set", "opentelemetry imported", "no provider"),
        ("imported, tracing and metrics on", "opentelemetry imported", "tracing and metrics on"),
    ]
    for label, step, contender in cells:
        raw = statistics.median(run[step]["raw httpx"] for run in found)
        sdk = statistics.median(run[step][contender] for run in found)
        ratios = [run[step][contender] / run[step]["raw httpx"] for run in found]
        rows.append(f"| {label} | {raw:.0f} µs | {sdk:.0f} µs | {spread(ratios)} |")
    extra = [
        run["opentelemetry imported"]["tracing and metrics on"] - run["opentelemetry imported"]["no provider"]
        for run in found
    ]
    rows += [
        "",
        f"Tracing and metrics on cost {statistics.median(extra):.1f} µs a call over no provider "
        f"({min(extra):.1f} to {max(extra):.1f} across the runs; the same rounds).",
    ]
    return rows


# --------------------------------------------------------------------------------------------
# 5. Connection reuse


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


def checks_cost(lines: int, raw_us: float) -> str:
    """The checks timed on their own (not as a difference of two medians): as a call runs them
    (one pass over the lines for the body checks and the order rules, then the rest of the body
    and the totals), and each public check alone."""
    from klarna_payments import _validation
    from klarna_payments.preflight import RULES, check_order

    rules = RULES["order"]

    def as_a_call_runs_them(body: dict[str, Any]) -> object:
        sums = _validation._lines_passing("CreateOrderRequest", body, rules)
        assert sums is not None and _validation._rest_passes("CreateOrderRequest", body, rules)
        assert rules.check_with_sums is not None
        return rules.check_with_sums(body, sums)

    body, batch = order(lines), BATCH[lines] * 5
    timings = {}
    for name, check in (
        ("one pass", as_a_call_runs_them),
        ("check_order", check_order),
        ("body checks", lambda b: _validation.body_problems("CreateOrderRequest", b)),
    ):
        check(body)
        samples = []
        for _ in range(7):
            started = time.perf_counter()
            for _ in range(batch):
                check(body)
            samples.append((time.perf_counter() - started) / batch * 1e6)
        timings[name] = statistics.median(samples)
    return (
        f"on {lines} lines the checks as a call runs them (the body checks and the order rules in one pass "
        f"over the lines) take {timings['one pass']:.0f} µs ({timings['one pass'] / raw_us:.2f}x of the raw call); "
        f"alone, `check_order` takes {timings['check_order']:.0f} µs and the body checks "
        f"{timings['body checks']:.0f} µs"
    )


def verdict(value: float, goal: float) -> str:
    return f"≤ {goal:.2f}x met" if value <= goal else f"≤ {goal:.2f}x **missed**"


def spread(ratios: list[float]) -> str:
    """The median ratio of the runs, with their range: `1.21x (1.19 to 1.24)`."""
    return f"{statistics.median(ratios):.2f}x ({min(ratios):.2f} to {max(ratios):.2f})"


@dataclass
class Results:
    runs: int
    rounds: int
    calls: dict[int, list[CallCost]]  # lines -> one CallCost per run
    captures: dict[int, list[CallCost]]  # capture_order: lines -> one CallCost per run
    memory: dict[int, dict[str, float]]
    async_runs: list[dict[str, float]]
    imports: list[dict[str, float]]  # per run: module -> CPU ms
    import_pairs: int
    loopback: list[Loopback]
    loopback_note: str
    reuse: Reuse
    telemetry: list[dict[str, dict[str, float]]]  # per run: stage -> contender -> median µs
    profile: str


def _call_rows(results: Results) -> list[str]:
    rows = [
        "| order | raw httpx | KlarnaPayments | ratio (range) | goal | preflight off | ratio | "
        "your `http_client` | ratio | stock client | ratio |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for lines, costs in results.calls.items():

        def us(name: str, costs: list[CallCost] = costs) -> float:
            return statistics.median(cost.medians_us[name] for cost in costs)

        sdk = [cost.ratio("KlarnaPayments") for cost in costs]
        rows.append(
            f"| {lines} lines | {us('raw httpx'):.0f} µs | {us('KlarnaPayments'):.0f} µs | {spread(sdk)} | "
            f"{verdict(statistics.median(sdk), GOALS[lines])} | {us('preflight off'):.0f} µs | "
            f"{spread([cost.ratio('preflight off') for cost in costs])} | {us('http_client'):.0f} µs | "
            f"{spread([cost.ratio('http_client') for cost in costs])} | {us('stock client'):.0f} µs | "
            f"{spread([cost.ratio('stock client') for cost in costs])} |"
        )
    return rows


def _capture_rows(results: Results) -> list[str]:
    rows = [
        "| lines | raw httpx | `capture_order` | ratio (range) | `create_order`'s ratio, same lines |",
        "|---|---|---|---|---|",
    ]
    for lines, costs in results.captures.items():
        raw = statistics.median(cost.medians_us["raw httpx"] for cost in costs)
        sdk = statistics.median(cost.medians_us["KlarnaPayments"] for cost in costs)
        create = [cost.ratio("KlarnaPayments") for cost in results.calls[lines]]
        rows.append(
            f"| {lines} | {raw:.0f} µs | {sdk:.0f} µs | {spread([c.ratio('KlarnaPayments') for c in costs])} | "
            f"{spread(create)} |"
        )
    return rows


def _loopback_rows(results: Results) -> list[str]:
    if not results.loopback:
        return [f"Not measured: {results.loopback_note}."]
    peer = "openapi-generator" in results.loopback[0].runs[0]
    rows = [
        "| order | raw httpx | KlarnaPayments | vs raw | openapi-generator | KlarnaPayments vs it | goal |",
        "|---|---|---|---|---|---|---|",
    ]
    for found in results.loopback:
        against_raw = spread(found.ratios("KlarnaPayments", "raw httpx"))
        if peer:
            ratios = found.ratios("KlarnaPayments", "openapi-generator")
            goal = LOOPBACK_GOALS[found.lines]
            peer_cells = (
                f"{found.median('openapi-generator'):.0f} µs ({spread(found.ratios('openapi-generator', 'raw httpx'))}"
                f" raw) | {spread(ratios)} | {verdict(statistics.median(ratios), goal)}"
            )
        else:
            peer_cells = f"not measured: {results.loopback_note} | | "
        rows.append(
            f"| {found.lines} lines | {found.median('raw httpx'):.0f} µs | {found.median('KlarnaPayments'):.0f} µs | "
            f"{against_raw} | {peer_cells} |"
        )
    return rows


def report(results: Results) -> str:
    raw_us = {
        lines: statistics.median(c.medians_us["raw httpx"] for c in costs) for lines, costs in results.calls.items()
    }
    async_ratios = [run["AsyncKlarnaPayments"] / run["raw httpx"] for run in results.async_runs]
    async_seconds = {name: statistics.median(run[name] for run in results.async_runs) for name in results.async_runs[0]}
    import_ratios = [run["klarna_payments"] / run["httpx"] for run in results.imports]
    import_ms = {name: statistics.median(run[name] for run in results.imports) for name in results.imports[0]}
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` (scripts/bench.py) on {datetime.date.today().isoformat()}.",
        f"Machine: {machine()}.",
        f"Each comparison ran {results.runs} times; a ratio is the median of the runs' ratios, the range theirs.",
        "",
        f"## Per call: `create_order` from a plain dict to a parsed result ({results.rounds} rounds per run)",
        "",
        *_call_rows(results),
        "",
        "Timed on their own, " + "; ".join(checks_cost(count, raw_us[count]) for count in results.calls) + ".",
        "",
        "All use the same in-process `httpx.MockTransport` answering with the same order. Raw httpx",
        "is a careful hand-written client: a static `Authorization: Basic` header, a fresh",
        "idempotency-key header, the dict sent with `json=`, `response.json()` returned; the SDK",
        "checks the dict (and, unless preflight is off, Klarna's order rules), sends it with its headers,",
        "retry policy, deadline and logging, and decodes an `Order`. `KlarnaPayments` sends through its",
        "own connections, as it does without `http_client` (the MockTransport stands where its socket",
        "transport would); *your `http_client`* is the same call with the MockTransport in an",
        "`httpx.Client` passed as `http_client`, which the SDK sends through as `httpx.Client.send` does.",
        "The stock client is openapi-python-client 0.29.1's output for the same document, called as its",
        "README shows (`CreateOrderRequest.from_dict` then `create_order.sync`), without an idempotency key:",
        "it cannot send one (it puts the `UUID` object into the headers, and httpx raises `TypeError`).",
        "",
        f"## Per call: `capture_order` beside `create_order` ({results.rounds} rounds per run)",
        "",
        *_capture_rows(results),
        "",
        "The same set-up: raw httpx posts the capture with a fresh key and reads `Capture-Id` and",
        "`Location` from the 201; the SDK checks the capture body against the document (a capture has",
        "no order rules), sends it with one idempotency key and returns the typed result of those headers.",
        "",
        f"## Async throughput: {ASYNC_CALLS} calls with {ASYNC_IN_FLIGHT} in flight, 3 lines",
        "",
        "| raw `httpx.AsyncClient` | `AsyncKlarnaPayments` | ratio (range) | goal |",
        "|---|---|---|---|",
        f"| {async_seconds['raw httpx'] * 1e3:.0f} ms | {async_seconds['AsyncKlarnaPayments'] * 1e3:.0f} ms | "
        f"{spread(async_ratios)} | {verdict(statistics.median(async_ratios), ASYNC_GOAL)} |",
        "",
        "Both on the same `MockTransport` (the SDK on its own connections, as above), one client each,",
        "made inside the running loop.",
        "",
        f"## Import time (CPU; {results.import_pairs} pairs of fresh interpreters per run, medians)",
        "",
        "| `import httpx` | `import klarna_payments` | ratio (range) | goal |",
        "|---|---|---|---|",
        f"| {import_ms['httpx']:.1f} ms | {import_ms['klarna_payments']:.1f} ms | {spread(import_ratios)} | "
        f"{verdict(statistics.median(import_ratios), IMPORT_GOAL)} |",
        "",
        "Measured in a new venv holding only the built wheel, httpx, attrs and their dependencies.",
        "`import klarna_payments` includes importing httpx; the models (and attrs under them), the checks and",
        "the testing kit load when first used.",
        "",
        "## Over loopback: `create_order` to a local server (median µs of a call)",
        "",
        *_loopback_rows(results),
        "",
        "Each contender runs in its own process against the same local HTTP/1.1 server (another",
        "process; the server pinned to one core, the contenders to the other), on one kept-alive",
        "connection; the SDK sends through its own connections (no `http_client`). openapi-generator's",
        "`python` client (urllib3 and pydantic) is",
        "generated from openapi.yaml into a scratch venv (requirements/bench-peer.txt) and called as its",
        "README shows (`CreateOrderRequest.from_dict`, then `OrdersApi.create_order` with a UUID key).",
        "",
        "## Memory per call (tracemalloc: the peak of one call over what was allocated before it, median of 5)",
        "",
        "| order | raw httpx | KlarnaPayments |",
        "|---|---|---|",
        *(
            f"| {count} lines | {found['raw httpx']:.0f} KiB | {found['KlarnaPayments']:.0f} KiB |"
            for count, found in results.memory.items()
        ),
        "",
        "One client over 100 000 calls does not grow the process (tests/runtime/test_memory.py).",
        "",
        "## Connections",
        "",
        f"- {results.reuse.sequential_calls} sequential `create_order` calls through one `KlarnaPayments` opened "
        f"**{results.reuse.sequential_connections}** TCP connection(s) to a local server.",
        f"- {results.reuse.concurrent_calls} concurrent calls through one `AsyncKlarnaPayments`: "
        f"**{results.reuse.concurrent_succeeded}** succeeded in {results.reuse.concurrent_seconds:.2f} s, with at most "
        f"{results.reuse.concurrent_peak_connections} connections open at once and "
        f"{results.reuse.concurrent_connections} opened in all: {_reconnects(results.reuse)}",
        "",
        f"## Tracing and metrics: `create_order`, 3 lines ({results.rounds} rounds per stage and run)",
        "",
        *telemetry_rows(results.telemetry),
        "",
        "Each run is a process of its own (scripts/bench_telemetry.py): first raw httpx and the SDK with",
        "`opentelemetry` never imported (the SDK looks for it in `sys.modules` and loads nothing); then,",
        "with it imported, raw httpx and the SDK with no provider set and with the OpenTelemetry SDK's",
        "TracerProvider (a BatchSpanProcessor, an exporter that drops the spans) and MeterProvider (an",
        "in-memory reader), in the same interleaved rounds: every call a recorded span with one event",
        "per attempt, and a histogram record. The two differ only in what the API's provider getters",
        "return, swapped before each call.",
    ]
    if results.profile:
        lines += [
            "",
            "## Profile of the SDK path (1000-line order, by own time)",
            "",
            "```",
            results.profile.strip(),
            "```",
        ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11, help="interleaved rounds per run")
    parser.add_argument("--runs", type=int, default=3, help="how often each comparison runs")
    parser.add_argument("--profile", action="store_true", help="append a profile of the 1000-line SDK call")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="klarna-bench-") as tmp:
        print("==> generating the stock client and openapi-generator's client", flush=True)
        stock_package = generate_stock_client(Path(tmp))
        peer, peer_note = openapi_generator_python(Path(tmp))
        contenders = {
            "raw httpx": raw_httpx_call(),
            "KlarnaPayments": sdk_call(),
            "preflight off": sdk_call(preflight=False),
            "http_client": sdk_call(own_pool=False),
            "stock client": stock_call(stock_package),
        }
        calls: dict[int, list[CallCost]] = {}
        memory = {}
        for lines in (3, 1000):
            print(f"==> per-call cost, {lines}-line order", flush=True)
            calls[lines] = [measure_calls(contenders, lines, args.rounds) for _ in range(args.runs)]
            memory[lines] = allocated_per_call(contenders, lines)
        captures: dict[int, list[CallCost]] = {}
        capturing = {"raw httpx": raw_httpx_capture(), "KlarnaPayments": sdk_capture()}
        for lines in (3, 1000):
            print(f"==> per-call cost, capture of a {lines}-line order", flush=True)
            captures[lines] = [measure_calls(capturing, lines, args.rounds, capture) for _ in range(args.runs)]
        print("==> async throughput", flush=True)
        async_runs = [measure_async(3) for _ in range(args.runs)]
        print("==> import time (building the wheel into a clean venv)", flush=True)
        python = clean_venv(Path(tmp))
        pairs = 5
        imports = [measure_imports(python, pairs) for _ in range(args.runs)]
        print("==> over loopback", flush=True)
        loopback = measure_loopback(peer, args.runs)
    print("==> connection reuse", flush=True)
    reuse = measure_reuse()
    print("==> tracing and metrics", flush=True)
    results = Results(
        runs=args.runs,
        rounds=args.rounds,
        calls=calls,
        captures=captures,
        memory=memory,
        async_runs=async_runs,
        imports=imports,
        import_pairs=pairs,
        loopback=loopback,
        loopback_note=peer_note,
        reuse=reuse,
        telemetry=measure_telemetry(args.runs, args.rounds),
        profile=profile_sdk(1000) if args.profile else "",
    )
    text = report(results)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
