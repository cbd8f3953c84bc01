"""The SDK's log lines: one per attempt, at a level that says how it went, never a token or a secret."""

from __future__ import annotations

import logging
import subprocess
import sys

import httpx
import pytest
from klarna_payments import APIConnectionError, InternalServerError

from tests.support.mock import Recorder, async_sdk, json_response, quiet, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN

LOGGER = "klarna_payments"


def sdk_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == LOGGER]


def test_a_successful_attempt_is_one_debug_line_without_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    recorder = Recorder(json_response(200, {"order_id": "o"}, headers={"Klarna-Correlation-Id": "corr-1"}))
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    (record,) = sdk_lines(caplog)
    assert record.levelno == logging.DEBUG
    message = record.getMessage()
    assert message.startswith(
        "POST /payments/v1/authorizations/…/order -> 200 correlation_id=corr-1 attempt=1 elapsed_ms="
    )
    assert message.rsplit("elapsed_ms=", 1)[1].isdigit()  # a success notes nothing after the time
    assert TOKEN not in caplog.text
    assert "Kaffe" not in caplog.text  # never request or response bodies


def test_a_retried_attempt_is_info_with_the_wait_and_the_last_is_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    waited = json_response(503, {}, {"Retry-After": "1"})
    with sync_sdk(Recorder(waited), max_retries=1) as sdk, pytest.raises(InternalServerError):
        quiet(sdk)
        sdk.orders.cancel_authorization(TOKEN)
    retried, final = sdk_lines(caplog)
    assert (retried.levelno, final.levelno) == (logging.INFO, logging.WARNING)
    assert "retrying in" in retried.getMessage()
    assert final.getMessage().endswith("giving up")
    assert TOKEN not in caplog.text


def test_an_attempt_without_a_response_names_the_exception(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    with sync_sdk(Recorder(httpx.ConnectError("refused"))) as sdk, pytest.raises(APIConnectionError):
        sdk.orders.cancel_authorization(TOKEN)
    (record,) = sdk_lines(caplog)
    assert "DELETE /payments/v1/authorizations/… -> ConnectError" in record.getMessage()


def test_a_server_supplied_correlation_id_cannot_forge_a_log_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    response = httpx.Response(204, headers={"Klarna-Correlation-Id": "c\x1b[2Jd"})
    with sync_sdk(Recorder(response)) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    (record,) = sdk_lines(caplog)
    assert "correlation_id=c\\x1b[2Jd" in record.getMessage()


async def test_async_attempts_log_alike(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    async with async_sdk(Recorder(httpx.Response(204))) as sdk:
        await sdk.orders.cancel_authorization(TOKEN)
    (record,) = sdk_lines(caplog)
    assert record.levelno == logging.DEBUG


SCRIPT = """
import logging, sys, httpx
{root}
from klarna_payments import KlarnaPayments
transport = httpx.MockTransport(lambda request: httpx.Response(204))
with KlarnaPayments(username="u", password="p", base_url="https://k.test", max_retries=0,
                    http_client=httpx.Client(transport=transport)) as sdk:
    sdk.orders.cancel_authorization("tok")
"""


def run_script(klarna_log: str | None, *, root_handler: bool = False) -> str:
    """stderr of a fresh interpreter making one successful call."""
    root = "logging.basicConfig(level=logging.DEBUG)" if root_handler else ""
    env = {"PATH": "/usr/bin:/bin", **({"KLARNA_LOG": klarna_log} if klarna_log else {})}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(root=root)], env=env, capture_output=True, text=True, check=True
    )
    return "\n".join(line for line in result.stderr.splitlines() if "klarna_payments" in line)


@pytest.mark.slow
def test_klarna_log_debug_shows_successes_and_info_does_not() -> None:
    assert "DELETE /payments/v1/authorizations/… -> 204" in run_script("debug")
    assert run_script("info") == ""


@pytest.mark.slow
def test_klarna_log_with_a_root_handler_prints_each_line_once() -> None:
    lines = run_script("debug", root_handler=True).splitlines()
    assert len([line for line in lines if "-> 204" in line]) == 1


@pytest.mark.slow
def test_without_logging_configured_nothing_reaches_stderr() -> None:
    assert run_script(None) == ""
