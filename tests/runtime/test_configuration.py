"""Configuration: regions and environments, read-only settings, `with_options` copies, User-Agent."""

from __future__ import annotations

import inspect
import platform
import re
import sys

import httpx
import klarna_payments
import pytest
from klarna_payments import AsyncKlarnaPayments, KlarnaPayments
from klarna_payments._base_client import _KlarnaClient
from klarna_payments._spec import ENVIRONMENTS, REGIONS, SERVERS

from tests.support.document import load_document
from tests.support.mock import BASE_URL, Recorder, async_sdk, json_response, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN


def test_the_base_urls_are_the_documents_servers() -> None:
    servers = {(s["x-klarna-region"], s["x-klarna-environment"]): s["url"] for s in load_document()["servers"]}
    assert servers == SERVERS


@pytest.mark.parametrize(("region", "environment"), sorted(SERVERS))
def test_each_region_and_environment_pair_sends_to_its_server(region: str, environment: str) -> None:
    recorder = Recorder(httpx.Response(204))
    http_client = httpx.Client(transport=httpx.MockTransport(recorder))
    options = {"region": region, "environment": environment, "http_client": http_client}
    with KlarnaPayments(username="u", password="p", **options) as sdk:  # type: ignore[arg-type]
        sdk.orders.cancel_authorization(TOKEN)
        assert (sdk.region, sdk.environment) == (region, environment)
    assert str(recorder.requests[0].url).startswith(SERVERS[(region, environment)])


def test_default_is_the_european_playground() -> None:
    sdk = KlarnaPayments(username="u", password="p")
    assert (sdk.base_url, sdk.region, sdk.environment) == (SERVERS[("eu", "playground")], "eu", "playground")


@pytest.mark.parametrize(("region", "environment"), sorted(SERVERS))
def test_region_and_environment_come_from_the_environment(
    region: str, environment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLARNA_REGION", region)
    monkeypatch.setenv("KLARNA_ENVIRONMENT", environment)
    assert KlarnaPayments(username="u", password="p").base_url == SERVERS[(region, environment)]


def test_base_url_overrides_region_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLARNA_BASE_URL", "http://127.0.0.1:9")
    sdk = KlarnaPayments(username="u", password="p", region="na")
    assert (sdk.base_url, sdk.region, sdk.environment) == ("http://127.0.0.1:9", None, None)


@pytest.mark.parametrize(("region", "environment"), sorted(SERVERS))
def test_a_base_url_on_a_klarna_host_reports_its_region_and_environment(region: str, environment: str) -> None:
    url = SERVERS[(region, environment)]
    sdk = KlarnaPayments(username="u", password="p", base_url=url + "/")
    assert (sdk.base_url, sdk.region, sdk.environment) == (url, region, environment)


@pytest.mark.parametrize(
    ("keyword", "value", "valid"),
    [("region", "no-such-region", REGIONS), ("environment", "no-such-environment", ENVIRONMENTS)],
)
def test_an_invalid_region_or_environment_lists_the_valid_ones(
    keyword: str, value: str, valid: tuple[str, ...]
) -> None:
    with pytest.raises(ValueError, match=f"expected one of: {re.escape(', '.join(valid))}$"):
        KlarnaPayments(username="u", password="p", **{keyword: value})  # type: ignore[arg-type]


def test_default_timeout_is_finite() -> None:
    assert KlarnaPayments(username="u", password="p").timeout == httpx.Timeout(30.0, connect=5.0)


@pytest.mark.parametrize("name", ["base_url", "timeout", "max_retries", "region", "environment"])
def test_settings_are_read_only(name: str) -> None:
    sdk = KlarnaPayments(username="u", password="p")
    with pytest.raises(AttributeError):
        setattr(sdk, name, "changed")


def test_repr_tells_the_settings_in_use_and_no_secret() -> None:
    sdk = KlarnaPayments(username="u", password="s3cret-pass", base_url=BASE_URL, max_retries=4, timeout=7)
    assert repr(sdk) == (
        f"KlarnaPayments(base_url='{BASE_URL}', timeout=Timeout(timeout=7.0), max_retries=4, preflight=True)"
    )


def test_with_options_changes_the_copy_only() -> None:
    sdk = KlarnaPayments(username="u", password="p", base_url=BASE_URL)
    copy = sdk.with_options(timeout=3, max_retries=5, preflight=False)
    assert type(copy) is KlarnaPayments
    assert (copy.timeout, copy.max_retries, copy.base_url) == (httpx.Timeout(3.0), 5, BASE_URL)
    assert (sdk.timeout, sdk.max_retries) == (httpx.Timeout(30.0, connect=5.0), 2)


def test_with_options_adds_default_headers_to_the_copys_requests_only() -> None:
    recorder = Recorder(httpx.Response(204))
    with sync_sdk(recorder, default_headers={"X-Team": "checkout"}) as sdk:
        sdk.with_options(default_headers={"X-Flow": "retry"}).orders.cancel_authorization(TOKEN)
        sdk.orders.cancel_authorization(TOKEN)
    copied, original = recorder.requests
    assert (copied.headers["X-Team"], copied.headers["X-Flow"]) == ("checkout", "retry")
    assert "X-Flow" not in original.headers


def test_a_with_options_copy_shares_the_connections_and_closing_it_keeps_them_open() -> None:
    http_client = httpx.Client(transport=httpx.MockTransport(Recorder(json_response(200, {"order_id": "o"}))))
    sdk = KlarnaPayments(username="u", password="p", base_url=BASE_URL, http_client=http_client)
    with sdk.with_options(max_retries=0) as copy:
        copy.orders.create_order(TOKEN, ORDER_BODY)
    assert not http_client.is_closed
    sdk.orders.create_order(TOKEN, ORDER_BODY)
    sdk.close()
    assert http_client.is_closed


async def test_async_with_options_returns_an_async_client() -> None:
    recorder = Recorder(httpx.Response(204))
    async with async_sdk(recorder) as sdk:
        copy = sdk.with_options(timeout=1)
        await copy.orders.cancel_authorization(TOKEN)
    assert copy.timeout == httpx.Timeout(1.0)
    assert recorder.requests[0].extensions["timeout"]["read"] == 1.0


def test_the_timeout_reaches_each_request() -> None:
    recorder = Recorder(httpx.Response(204))
    with sync_sdk(recorder, timeout=httpx.Timeout(12.0, connect=3.0)) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
        sdk.orders.cancel_authorization(TOKEN, timeout=2)
    assert recorder.requests[0].extensions["timeout"] == {"connect": 3.0, "read": 12.0, "write": 12.0, "pool": 12.0}
    assert recorder.requests[1].extensions["timeout"]["read"] == 2.0


def test_user_agent_names_sdk_python_and_httpx() -> None:
    recorder = Recorder(httpx.Response(204))
    with sync_sdk(recorder) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    expected = f"klarna-payments-python/{klarna_payments.__version__} python/{python} httpx/{httpx.__version__}"
    assert recorder.requests[0].headers["User-Agent"] == f"{expected} ({platform.system()})"


def test_default_headers_are_sent() -> None:
    recorder = Recorder(httpx.Response(204))
    with sync_sdk(recorder, default_headers={"X-Team": "checkout"}) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    assert recorder.requests[0].headers["X-Team"] == "checkout"


def test_the_users_http_client_keeps_its_own_headers_and_gets_auth() -> None:
    recorder = Recorder(httpx.Response(204))
    http_client = httpx.Client(transport=httpx.MockTransport(recorder), headers={"X-Proxy-Tag": "p1"})
    with KlarnaPayments(username="u", password="p", base_url="https://x.test", http_client=http_client) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    assert recorder.requests[0].headers["X-Proxy-Tag"] == "p1"
    assert recorder.requests[0].headers["Authorization"].startswith("Basic ")


@pytest.mark.parametrize("client", [KlarnaPayments, AsyncKlarnaPayments])
def test_the_public_constructor_takes_exactly_the_runtimes_keywords(client: type) -> None:
    """The constructor is documented on the public classes and implemented in the runtime."""

    def keywords(function: object) -> list[tuple[str, object, object]]:
        return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]  # type: ignore[arg-type]

    assert keywords(client.__init__) == keywords(_KlarnaClient.__init__)
