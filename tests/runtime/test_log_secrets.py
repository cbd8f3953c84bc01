"""At INFO and DEBUG, with the root logger configured as an application would, no log record of
the SDK, httpx or httpcore carries a token, a credential or a proxy password, on every path a
call takes: the SDK's own connections (direct and through a proxy), the test fake's client and
a user's own `http_client`.

httpx logs `HTTP Request: POST <the full URL>` at INFO for requests through its client, and
httpcore each response's headers at DEBUG (a redirect's Location may echo the token).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from klarna_payments import AsyncKlarnaPayments, KlarnaError, KlarnaPayments
from local_server import Step, scripted_server

from tests.support.mock import Recorder, json_response
from tests.support.payloads import ORDER_BODY
from tests.support.proxy import forwarding_proxy

TOKEN = "tok-5d1e8a2b-never-in-a-log-line"
PASSWORD = "pa55-never-in-a-log-line"
API_KEY = "klarna_test_api_never_in_a_log_line"
PROXY_PASSWORD = "proxy-pa55-never-in-a-log-line"
BASIC = base64.b64encode(f"merchant:{PASSWORD}".encode()).decode()
SECRETS = (TOKEN, PASSWORD, API_KEY, BASIC, PROXY_PASSWORD)
LEVELS = {"INFO": logging.INFO, "DEBUG": logging.DEBUG}
# The answers a call may get: an order, an error, and a redirect whose Location echoes the path.
ECHOED = f"https://elsewhere.test/payments/v1/authorizations/{TOKEN}/order"


@pytest.fixture(params=LEVELS.values(), ids=LEVELS.keys())
def root_logging(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[pytest.LogCaptureFixture]:
    """The root logger at INFO or DEBUG, every library's records reaching it."""
    caplog.set_level(request.param)
    yield caplog


def assert_no_secret_logged(caplog: pytest.LogCaptureFixture, *more: str) -> None:
    assert caplog.records, "nothing was logged: the search proves nothing"
    for record in caplog.records:
        text = record.getMessage() + repr(record.__dict__)
        for secret in (*SECRETS, *more):
            assert secret not in text, f"{record.name} {record.levelname}: {record.getMessage()}"


def answers() -> list[httpx.Response]:
    return [
        json_response(200, {"order_id": "o-1"}),
        json_response(404, {"error_code": "NOT_FOUND"}),
        httpx.Response(302, headers={"Location": ECHOED}),
    ]


def steps() -> list[Step]:
    return [
        Step(),
        Step(status=404, body=b'{"error_code": "NOT_FOUND"}'),
        Step(status=302, headers={"Location": ECHOED}),
    ]


def create_orders(sdk: KlarnaPayments, times: int) -> None:
    for _ in range(times):
        with contextlib.suppress(KlarnaError):
            sdk.orders.create_order(TOKEN, ORDER_BODY)


async def acreate_orders(sdk: AsyncKlarnaPayments, times: int) -> None:
    for _ in range(times):
        with contextlib.suppress(KlarnaError):
            await sdk.orders.create_order(TOKEN, ORDER_BODY)


CREDENTIALS: dict[str, Any] = {"username": "merchant", "password": PASSWORD, "max_retries": 0}


def test_the_sdks_own_connections_log_no_secret(root_logging: pytest.LogCaptureFixture) -> None:
    with scripted_server(*steps()) as (url, _), KlarnaPayments(base_url=url, **CREDENTIALS) as sdk:
        create_orders(sdk, 3)
    assert_no_secret_logged(root_logging)


def test_the_sdks_own_async_connections_log_no_secret(root_logging: pytest.LogCaptureFixture) -> None:
    async def run(url: str) -> None:
        async with AsyncKlarnaPayments(base_url=url, **CREDENTIALS) as sdk:
            await acreate_orders(sdk, 3)

    with scripted_server(*steps()) as (url, _):
        asyncio.run(run(url))
    assert_no_secret_logged(root_logging)


def test_the_sdks_own_connections_through_a_proxy_log_no_secret(
    root_logging: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    with scripted_server(*steps()) as (url, _), forwarding_proxy() as (proxy_url, log):
        monkeypatch.setenv("HTTP_PROXY", proxy_url.replace("http://", f"http://proxy:{PROXY_PASSWORD}@"))
        with KlarnaPayments(base_url=url, **CREDENTIALS) as sdk:
            create_orders(sdk, 3)
    assert len(log.requests) == 3
    assert_no_secret_logged(root_logging)


def test_a_users_http_client_logs_no_secret_of_the_sdks_requests(root_logging: pytest.LogCaptureFixture) -> None:
    http_client = httpx.Client(transport=httpx.MockTransport(Recorder(*answers())))
    with KlarnaPayments(base_url="https://klarna.test", api_key=API_KEY, http_client=http_client, max_retries=0) as sdk:
        create_orders(sdk, 3)
    assert any(record.name == "httpx" for record in root_logging.records)  # httpx did log each request
    assert_no_secret_logged(root_logging)


def test_a_users_async_http_client_logs_no_secret_of_the_sdks_requests(root_logging: pytest.LogCaptureFixture) -> None:
    async def run() -> None:
        http_client = httpx.AsyncClient(transport=httpx.MockTransport(Recorder(*answers())))
        options: dict[str, Any] = {"api_key": API_KEY, "http_client": http_client, "max_retries": 0}
        async with AsyncKlarnaPayments(base_url="https://klarna.test", **options) as sdk:
            await acreate_orders(sdk, 3)

    asyncio.run(run())
    assert any(record.name == "httpx" for record in root_logging.records)
    assert_no_secret_logged(root_logging)


def test_the_search_would_find_a_logged_token(root_logging: pytest.LogCaptureFixture) -> None:
    logging.getLogger("httpx").info("HTTP Request: POST %s", ECHOED)  # outside any SDK call: not redacted
    with pytest.raises(AssertionError):
        assert_no_secret_logged(root_logging)
