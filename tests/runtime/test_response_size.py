"""`max_response_size` bounds the decoded body of every response, read as a stream.

Klarna's answers are a few KB. Past the limit the attempt stops at once: a success of a call
that created something is a `ResponseValidationError` (Klarna executed it), an error status
keeps its first bytes. Gzip is inflated in bounded steps, so a gzip bomb cannot grow the
process either: the memory test runs a bomb and an endless body in a fresh interpreter.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import httpx
import pytest
from klarna_payments import (
    AuthenticatedClient,
    BadRequestError,
    KlarnaPayments,
    OutcomeUnknownError,
    ResponseValidationError,
)

from tests.support.mock import Recorder, async_sdk, json_response, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN

ROOT = Path(__file__).resolve().parents[2]
ORDER = {"order_id": "o-1", "fraud_status": "ACCEPTED"}


def gzipped(status: int, body: bytes) -> httpx.Response:
    return httpx.Response(status, content=gzip.compress(body), headers={"Content-Encoding": "gzip"})


def padded_order(size: int) -> bytes:
    return json.dumps({**ORDER, "padding": "x" * size}).encode()


def test_the_default_limit_is_one_mebibyte() -> None:
    assert KlarnaPayments(username="u", password="p").with_options()._config.max_response_size == 1024 * 1024


def test_a_success_within_the_limit_is_decoded() -> None:
    with sync_sdk(Recorder(json_response(200, ORDER)), max_response_size=100) as sdk:
        assert sdk.orders.create_order(TOKEN, ORDER_BODY).order_id == "o-1"


def test_a_success_over_the_limit_is_response_validation_error_saying_the_order_exists() -> None:
    with sync_sdk(Recorder(httpx.Response(200, content=padded_order(5000))), max_response_size=1000) as sdk:
        with pytest.raises(ResponseValidationError) as caught:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert "an order was created" in str(caught.value)
    assert "max_response_size" in str(caught.value)
    assert len(caught.value.content) == 1000


def test_a_gzip_success_over_the_limit_once_inflated_is_cut_there() -> None:
    body = padded_order(200_000)
    assert len(gzip.compress(body)) < 1000  # small on the wire, large inflated
    with sync_sdk(Recorder(gzipped(200, body)), max_response_size=10_000) as sdk:
        with pytest.raises(ResponseValidationError) as caught:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(caught.value.content) == 10_000


def test_a_gzip_success_within_the_limit_is_inflated() -> None:
    with sync_sdk(Recorder(gzipped(200, json.dumps(ORDER).encode()))) as sdk:
        assert sdk.orders.create_order(TOKEN, ORDER_BODY).order_id == "o-1"


def test_a_raw_deflate_body_is_inflated() -> None:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw = compressor.compress(json.dumps(ORDER).encode()) + compressor.flush()
    response = httpx.Response(200, content=raw, headers={"Content-Encoding": "deflate"})
    with sync_sdk(Recorder(response)) as sdk:
        assert sdk.orders.create_order(TOKEN, ORDER_BODY).order_id == "o-1"


def test_an_error_status_over_the_limit_keeps_its_first_bytes() -> None:
    page = b'{"error_code": "BAD_VALUE"}' + b" " * 5000
    with sync_sdk(Recorder(httpx.Response(400, content=page)), max_response_size=100) as sdk:
        with pytest.raises(BadRequestError) as caught:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert caught.value.content == page[:100]


def test_a_5xx_over_the_limit_is_still_an_ambiguous_attempt() -> None:
    page = httpx.Response(500, content=b"<html>" + b"x" * 5000)
    with sync_sdk(Recorder(page), max_response_size=100) as sdk, pytest.raises(OutcomeUnknownError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(caught.value.last_error.content) == 100  # type: ignore[attr-defined]


async def test_async_a_success_over_the_limit_is_response_validation_error() -> None:
    async with async_sdk(Recorder(gzipped(200, padded_order(50_000))), max_response_size=1000) as sdk:
        with pytest.raises(ResponseValidationError):
            await sdk.orders.create_order(TOKEN, ORDER_BODY)


def test_with_options_changes_the_limit_per_copy() -> None:
    recorder = Recorder(httpx.Response(200, content=padded_order(5000)))
    with sync_sdk(recorder) as sdk:
        assert sdk.orders.create_order(TOKEN, ORDER_BODY).order_id == "o-1"
        with pytest.raises(ResponseValidationError):
            sdk.with_options(max_response_size=100).orders.create_order(TOKEN, ORDER_BODY)


@pytest.mark.parametrize("size", [0, -1, 1.5, "1", True, None])
def test_a_limit_that_is_not_a_positive_int_is_refused(size: object) -> None:
    with pytest.raises(ValueError, match="max_response_size"):
        KlarnaPayments(username="u", password="p", max_response_size=size)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_response_size"):
        AuthenticatedClient("https://klarna.test", "t", max_response_size=size)  # type: ignore[arg-type]


MEMORY_PROBE = textwrap.dedent(
    """
    import resource, sys, time, zlib
    sys.path.insert(0, "scripts")
    from local_server import Fault, Step, scripted_server
    from klarna_payments import KlarnaError, KlarnaPayments

    # 512 MiB of zeros, gzipped in 1 MiB steps (never whole in memory): about 0.5 MiB on the wire.
    packer, zeros = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS), bytes(1024 * 1024)
    bomb = b"".join(packer.compress(zeros) for _ in range(512)) + packer.flush()
    body = {"purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE", "order_amount": 1000,
            "order_lines": [{"name": "Kaffe", "quantity": 1, "unit_price": 1000, "total_amount": 1000}]}
    steps = {
        "bomb": Step(body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}),
        "endless": Step(body=b"x", fault=Fault.FLOOD),
    }
    def peak_mib():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name, step in steps.items():
        with scripted_server(step) as (url, _):
            with KlarnaPayments(base_url=url, username="u", password="p", max_retries=0, timeout=20) as sdk:
                before, started = peak_mib(), time.monotonic()
                try:
                    sdk.orders.create_order("t", body)
                    outcome = "success"
                except KlarnaError as error:
                    outcome = type(error).__name__
                print(name, outcome, round(peak_mib() - before, 1), round(time.monotonic() - started, 2))
    """
)


@pytest.mark.slow
def test_a_gzip_bomb_and_an_endless_body_grow_the_process_by_less_than_100_mb() -> None:
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    lines = dict((line.split()[0], line.split()[1:]) for line in result.stdout.splitlines())
    for name in ("bomb", "endless"):
        outcome, grown_mib, seconds = lines[name]
        assert outcome == "ResponseValidationError", (name, outcome)
        assert float(grown_mib) < 100, (name, grown_mib)
        assert float(seconds) < 10, (name, seconds)
