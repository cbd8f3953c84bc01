"""Proxies from the environment: the SDK's own connections go through them and keep every
attempt's deadline; a setting they cannot use is a ValueError at construction, naming the
variable and never quoting its value.

The deadline tests give one attempt a 0.25 s timeout (a 0.5 s deadline) against a proxy on
127.0.0.1 that trickles its answer a byte every 50 ms (two seconds or more in all), with a
second of slack for a busy machine, as `test_deadlines.py` does for a direct peer.
"""

from __future__ import annotations

import asyncio
import base64
import importlib.util
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from klarna_payments import APITimeoutError, AsyncKlarnaPayments, AuthenticatedClient, KlarnaError, KlarnaPayments
from klarna_payments._proxies import environment_proxies
from local_server import Fault, Step, scripted_server

from tests.support.mock import definite
from tests.support.payloads import TOKEN
from tests.support.proxy import forwarding_proxy

TIMEOUT = 0.25
DEADLINE = 2 * TIMEOUT
SLACK = 1.0
PROXY_PASSWORD = "proxy-pa55-never-shown"
ORDER = b'{"order_id": "3eaeb557-5e30-47f8-b840-b8d987f5945d"}'
CLIENTS: dict[str, Callable[[], object]] = {
    "KlarnaPayments": lambda: KlarnaPayments(base_url="https://klarna.test", username="u", password="p"),
    "AsyncKlarnaPayments": lambda: AsyncKlarnaPayments(base_url="https://klarna.test", username="u", password="p"),
    "AuthenticatedClient": lambda: AuthenticatedClient("https://klarna.test", "dG9rZW4="),
}


def timed(call: Callable[[], object]) -> tuple[float, BaseException | None]:
    started = time.monotonic()
    try:
        call()
    except KlarnaError as error:
        return time.monotonic() - started, error
    return time.monotonic() - started, None


def sync_cancel(base_url: str, **options: Any) -> None:
    with KlarnaPayments(base_url=base_url, username="u", password="p", **options) as sdk:
        sdk.orders.cancel_authorization(TOKEN)


def async_cancel(base_url: str, **options: Any) -> None:
    async def run() -> None:
        async with AsyncKlarnaPayments(base_url=base_url, username="u", password="p", **options) as sdk:
            await sdk.orders.cancel_authorization(TOKEN)

    asyncio.run(run())


CANCELS = {"sync": sync_cancel, "async": async_cancel}


# Deadlines through a proxy


@pytest.mark.slow
@pytest.mark.parametrize("cancel", CANCELS.values(), ids=CANCELS.keys())
def test_an_attempt_through_a_proxy_that_trickles_its_answer_ends_by_its_deadline(
    cancel: Callable[..., None], monkeypatch: pytest.MonkeyPatch
) -> None:
    with scripted_server(Step(body=ORDER, fault=Fault.TRICKLE_HEADERS)) as (proxy_url, proxy):
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        elapsed, error = timed(lambda: cancel("http://klarna.test", timeout=TIMEOUT, max_retries=0))
    assert isinstance(definite(error), APITimeoutError), repr(error)
    assert len(proxy.received) == 1  # the attempt went to the proxy
    assert elapsed < DEADLINE + SLACK


@pytest.mark.slow
@pytest.mark.parametrize("cancel", CANCELS.values(), ids=CANCELS.keys())
def test_an_attempt_tunnelled_through_a_proxy_that_trickles_connect_ends_by_its_deadline(
    cancel: Callable[..., None], monkeypatch: pytest.MonkeyPatch
) -> None:
    with forwarding_proxy(trickle=0.05) as (proxy_url, log):
        monkeypatch.setenv("HTTPS_PROXY", proxy_url)
        elapsed, error = timed(lambda: cancel("https://klarna.test", timeout=TIMEOUT, max_retries=0))
    assert isinstance(definite(error), APITimeoutError), repr(error)
    assert [line for line, _ in log.requests] == ["CONNECT klarna.test:443 HTTP/1.1"]
    assert elapsed < DEADLINE + SLACK


# Routing


@pytest.mark.parametrize("cancel", CANCELS.values(), ids=CANCELS.keys())
def test_a_call_goes_through_the_proxy_with_its_credentials(
    cancel: Callable[..., None], monkeypatch: pytest.MonkeyPatch
) -> None:
    with scripted_server(Step(status=204, body=b"")) as (url, server), forwarding_proxy() as (proxy_url, log):
        monkeypatch.setenv("HTTP_PROXY", proxy_url.replace("http://", f"http://proxy-user:{PROXY_PASSWORD}@"))
        cancel(url, max_retries=0)
    ((line, headers),) = log.requests
    assert line == f"DELETE {url}/payments/v1/authorizations/{TOKEN} HTTP/1.1"
    expected = base64.b64encode(f"proxy-user:{PROXY_PASSWORD}".encode()).decode()
    assert headers["Proxy-Authorization"] == f"Basic {expected}"
    assert len(server.received) == 1


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "*", "127.0.0.0/8", "localhost,127.0.0.1"])
@pytest.mark.parametrize("cancel", CANCELS.values(), ids=CANCELS.keys())
def test_no_proxy_sends_directly(cancel: Callable[..., None], no_proxy: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # the discard port: nothing listens
    monkeypatch.setenv("NO_PROXY", no_proxy)
    with scripted_server(Step(status=204, body=b"")) as (url, server):
        cancel(url, max_retries=0)
    assert len(server.received) == 1


@pytest.mark.parametrize(
    ("no_proxy", "url", "bypassed"),
    [
        ("klarna.com", "https://api.klarna.com", True),
        ("klarna.com", "https://klarna.com", True),
        ("klarna.com", "https://notklarna.com", False),
        (".klarna.com", "https://api.klarna.com", True),
        (".klarna.com", "https://klarna.com", False),
        ("10.0.0.0/8", "https://10.1.2.3", True),
        ("10.0.0.0/8", "https://11.1.2.3", False),
        ("https://api.klarna.com", "https://api.klarna.com", True),
        ("https://api.klarna.com", "http://api.klarna.com", False),
        ("API.Klarna.com", "https://api.klarna.com", True),
    ],
)
def test_no_proxy_entries_match_as_curl_reads_them(
    no_proxy: str, url: str, bypassed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALL_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("NO_PROXY", no_proxy)
    proxy = environment_proxies().for_url(httpx.URL(url))
    assert (proxy is None) is bypassed


def test_the_lower_case_variable_wins_as_urllib_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://upper.internal:3128")
    monkeypatch.setenv("https_proxy", "http://lower.internal:3128")
    proxy = environment_proxies().for_url(httpx.URL("https://api.klarna.com"))
    assert proxy is not None and proxy.url.host == "lower.internal"


# Settings the SDK cannot use

UNUSABLE = {
    "not a URL": ("HTTPS_PROXY", f"http://user:{PROXY_PASSWORD}@proxy.internal:notaport", "not a valid proxy URL"),
    "unknown scheme": ("HTTP_PROXY", f"ftp://user:{PROXY_PASSWORD}@proxy.internal:21", "no proxy for the scheme"),
    "no host": ("ALL_PROXY", "http://", "no proxy host"),
}
if importlib.util.find_spec("socksio") is None:
    UNUSABLE["socks without socksio"] = ("ALL_PROXY", f"socks5://user:{PROXY_PASSWORD}@127.0.0.1:1080", "socksio")


@pytest.mark.parametrize("client", CLIENTS.values(), ids=CLIENTS.keys())
@pytest.mark.parametrize("setting", UNUSABLE.values(), ids=UNUSABLE.keys())
def test_an_unusable_proxy_setting_is_refused_at_construction_naming_the_variable(
    setting: tuple[str, str, str], client: Callable[[], object], monkeypatch: pytest.MonkeyPatch
) -> None:
    variable, value, reason = setting
    monkeypatch.setenv(variable, value)
    with pytest.raises(ValueError, match=reason) as caught:
        client()
    assert str(caught.value).startswith(variable)
    assert PROXY_PASSWORD not in str(caught.value)


def test_the_message_names_the_variable_that_was_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("https_proxy", "ftp://proxy.internal:21")
    with pytest.raises(ValueError, match=r"^https_proxy"):
        KlarnaPayments(base_url="https://klarna.test", username="u", password="p")


def test_a_users_own_client_keeps_its_own_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "ftp://proxy.internal:21")
    http_client = httpx.Client(trust_env=False)
    with KlarnaPayments(base_url="https://klarna.test", username="u", password="p", http_client=http_client):
        pass  # nothing refused: the SDK does not read the environment for a client it does not make


def test_httpx_args_that_turn_the_environment_off_are_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "ftp://proxy.internal:21")
    with AuthenticatedClient("https://klarna.test", "dG9rZW4=", httpx_args={"trust_env": False}):
        pass
