"""Network faults: the SDK succeeds or raises the right typed error, in bounded time, cleanly.

Each fault runs once per client (sync, async) against a scripted server on 127.0.0.1 with real
sockets; the tests below then check one property each of that recorded run: the outcome, the
number of attempts, the time it took, one idempotency key for every attempt of the
`create_order` call, every TCP connection closed once the client is, and no thread left behind.
Retry waits are recorded instead of slept (their lengths are test_retries.py's subject), so
the time bound measures the SDK, not the backoff.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field

import httpx
import pytest
from klarna_payments import (
    APIConnectionError,
    APITimeoutError,
    AsyncKlarnaPayments,
    InternalServerError,
    KlarnaError,
    KlarnaPayments,
    RateLimitError,
    ResponseValidationError,
)
from klarna_payments._base_client import MAX_RETRY_DELAY, Clock
from local_server import Fault, Script, Step, scripted_server
from sdk_factory import ORDER_BODY, TOKEN

MAX_RETRIES = 2
TIMEOUT = httpx.Timeout(0.5)
# Every attempt may use its whole timeout; anything beyond that plus slack is a hang.
TIME_BOUND = (MAX_RETRIES + 1) * 0.5 + 2.0
ORDER = b'{"order_id": "3eaeb557-5e30-47f8-b840-b8d987f5945d", "fraud_status": "ACCEPTED"}'
HTML = b"<!doctype html><html><body><h1>Service temporarily unavailable</h1></body></html>"
TEN_MB = 10 * 1024 * 1024
HTML_HEADERS = {"Content-Type": "text/html"}


@dataclass(frozen=True)
class Scenario:
    name: str
    steps: tuple[Step, ...]
    outcome: type[KlarnaError] | None  # None: the call succeeds
    attempts: int


SCENARIOS = [
    Scenario("reset mid-response", (Step(body=ORDER, fault=Fault.RESET),), APIConnectionError, 3),
    Scenario("reset once, then success", (Step(body=ORDER, fault=Fault.RESET), Step(body=ORDER)), None, 2),
    Scenario("stall after headers", (Step(body=ORDER, fault=Fault.STALL),), APITimeoutError, 3),
    Scenario("body cut short by a close", (Step(body=ORDER, fault=Fault.TRUNCATE),), APIConnectionError, 3),
    Scenario("truncated JSON", (Step(body=ORDER[:30]),), ResponseValidationError, 1),
    Scenario("200 with an HTML body", (Step(body=HTML, headers=HTML_HEADERS),), ResponseValidationError, 1),
    Scenario("10 MB error body", (Step(500, body=b"x" * TEN_MB, headers=HTML_HEADERS),), InternalServerError, 3),
    Scenario("429 with Retry-After: 120", (Step(429, body=b"{}", headers={"Retry-After": "120"}),), RateLimitError, 3),
    Scenario("503 twice, then success", (Step(503, body=b"{}"), Step(503, body=b"{}"), Step(body=ORDER)), None, 3),
    Scenario("503 on every attempt", (Step(503, body=b"{}"),), InternalServerError, 3),
]


@dataclass
class Run:
    """What one scenario did with one client."""

    result: object = None
    error: BaseException | None = None
    elapsed: float = 0.0
    waits: list[float] = field(default_factory=list)
    script: Script | None = None
    connections_closed: bool = False
    new_threads: list[str] = field(default_factory=list)


def sdk_threads() -> set[threading.Thread]:
    """Live threads, minus the scripted server's own."""
    return {
        thread
        for thread in threading.enumerate()
        if thread.name != "scripted-server" and "process_request_thread" not in thread.name
    }


def run_sync(url: str) -> object:
    with KlarnaPayments(base_url=url, username="u", password="p", timeout=TIMEOUT, max_retries=MAX_RETRIES) as sdk:
        return sdk.orders.create_order(TOKEN, ORDER_BODY)


def run_async(url: str) -> object:
    async def call() -> object:
        options = {"username": "u", "password": "p", "timeout": TIMEOUT, "max_retries": MAX_RETRIES}
        async with AsyncKlarnaPayments(base_url=url, **options) as sdk:
            return await sdk.orders.create_order(TOKEN, ORDER_BODY)

    return asyncio.run(call())


RUNNERS = {"sync": run_sync, "async": run_async}
_runs: dict[tuple[str, str], Run] = {}


def recorded_run(scenario: Scenario, client: str, monkeypatch: pytest.MonkeyPatch) -> Run:
    """The run of `scenario` with `client`, made on first use and kept for the other tests."""
    key = (scenario.name, client)
    if key in _runs:
        return _runs[key]
    record = Run()
    monkeypatch.setattr(Clock, "sleep", staticmethod(record.waits.append))

    async def asleep(seconds: float) -> None:
        record.waits.append(seconds)

    monkeypatch.setattr(Clock, "asleep", staticmethod(asleep))
    threads_before = sdk_threads()
    with scripted_server(*scenario.steps) as (url, script):
        started = time.monotonic()
        try:
            record.result = RUNNERS[client](url)
        except KlarnaError as error:
            record.error = error
        record.elapsed = time.monotonic() - started
        record.script = script
        record.connections_closed = script.wait_until_closed(timeout=2.0)
    record.new_threads = sorted(thread.name for thread in sdk_threads() - threads_before if thread.is_alive())
    _runs[key] = record
    return record


@pytest.fixture
def run(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Run:
    scenario, client = request.param
    return recorded_run(scenario, client, monkeypatch)


CASES = [
    pytest.param((scenario, client), id=f"{scenario.name}-{client}") for scenario in SCENARIOS for client in RUNNERS
]
SCENARIOS_BY_NAME = {scenario.name: scenario for scenario in SCENARIOS}


def scenario_of(request: pytest.FixtureRequest) -> Scenario:
    return request.node.callspec.params["run"][0]


@pytest.mark.parametrize("run", CASES, indirect=True)
def test_fault_ends_in_success_or_the_right_typed_error(run: Run, request: pytest.FixtureRequest) -> None:
    scenario = scenario_of(request)
    if scenario.outcome is None:
        assert run.error is None
        assert run.result is not None
    else:
        assert type(run.error) is scenario.outcome, repr(run.error)


@pytest.mark.parametrize("run", CASES, indirect=True)
def test_fault_gets_the_expected_number_of_attempts(run: Run, request: pytest.FixtureRequest) -> None:
    assert run.script is not None
    assert len(run.script.received) == scenario_of(request).attempts


@pytest.mark.parametrize("run", CASES, indirect=True)
def test_fault_ends_within_the_timeout_bound(run: Run) -> None:
    assert run.elapsed < TIME_BOUND
    assert all(0 <= wait <= MAX_RETRY_DELAY for wait in run.waits), run.waits


@pytest.mark.parametrize("run", CASES, indirect=True)
def test_every_attempt_of_a_call_carries_the_same_idempotency_key(run: Run) -> None:
    assert run.script is not None
    keys = [headers.get("Klarna-Idempotency-Key") for headers in run.script.received]
    assert len(set(keys)) == 1
    assert keys[0]


@pytest.mark.parametrize("run", CASES, indirect=True)
def test_no_connection_stays_open_after_the_client_closes(run: Run) -> None:
    assert run.connections_closed


@pytest.mark.parametrize("run", CASES, indirect=True)
def test_no_thread_is_left_behind(run: Run) -> None:
    assert run.new_threads == []


# What a fault's error carries


def test_ten_megabyte_error_body_is_kept_whole_and_quoted_briefly(monkeypatch: pytest.MonkeyPatch) -> None:
    error = recorded_run(SCENARIOS_BY_NAME["10 MB error body"], "sync", monkeypatch).error
    assert isinstance(error, InternalServerError)
    assert len(error.content) == TEN_MB
    assert len(str(error)) < 300


def test_retry_after_beyond_the_cap_is_not_slept(monkeypatch: pytest.MonkeyPatch) -> None:
    run = recorded_run(SCENARIOS_BY_NAME["429 with Retry-After: 120"], "sync", monkeypatch)
    assert len(run.waits) == MAX_RETRIES
    assert 120 not in run.waits


def test_html_success_body_is_a_validation_error_with_the_raw_body(monkeypatch: pytest.MonkeyPatch) -> None:
    error = recorded_run(SCENARIOS_BY_NAME["200 with an HTML body"], "sync", monkeypatch).error
    assert isinstance(error, ResponseValidationError)
    assert (error.status_code, error.content) == (200, HTML)
