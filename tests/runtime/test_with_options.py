"""`with_options`: one pool for several merchant ids; a new base URL or http_client, new connections."""

from __future__ import annotations

import base64

import httpx
import pytest
from klarna_payments import AsyncKlarnaPayments, KlarnaPayments

from tests.support.mock import Recorder, json_response, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN

ORDER = json_response(200, {"order_id": "o-1"})


def basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def test_credentials_switch_on_the_same_connections() -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sweden:
        norway = sweden.with_options(username="PK_NO", password="no-secret")
        sweden.orders.create_order(TOKEN, ORDER_BODY)
        norway.orders.create_order(TOKEN, ORDER_BODY)
        assert norway._pool is sweden._pool
    assert [r.headers["Authorization"] for r in recorder.requests] == [
        basic("merchant", "s3cret-pass"),
        basic("PK_NO", "no-secret"),
    ]


def test_an_api_key_replaces_username_and_password() -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk:
        sdk.with_options(api_key="klarna_test_api_abc").orders.create_order(TOKEN, ORDER_BODY)
    assert recorder.requests[0].headers["Authorization"] == "Basic klarna_test_api_abc"


def test_a_new_base_url_gets_connections_of_its_own_that_the_copy_closes() -> None:
    sdk = KlarnaPayments(username="u", password="p", base_url="https://a.klarna.test")
    other = sdk.with_options(base_url="https://b.klarna.test")
    assert other.base_url == "https://b.klarna.test" and other._pool is not sdk._pool
    other.close()
    assert other._pool.closed and not sdk._pool.closed
    sdk.close()


def test_a_new_http_client_is_used_and_owned_by_the_copy() -> None:
    recorder = Recorder(ORDER)
    mine = httpx.Client(transport=httpx.MockTransport(recorder))
    sdk = KlarnaPayments(username="u", password="p", base_url="https://a.klarna.test")
    with sdk.with_options(http_client=mine) as copy:
        copy.orders.create_order(TOKEN, ORDER_BODY)
    assert len(recorder.requests) == 1 and mine.is_closed
    sdk.close()


def test_closing_a_credentials_copy_leaves_the_shared_connections_open() -> None:
    with sync_sdk(Recorder(ORDER)) as sdk:
        sdk.with_options(api_key="klarna_test_api_abc").close()
        assert sdk.orders.create_order(TOKEN, ORDER_BODY).order_id == "o-1"


@pytest.mark.parametrize(
    "options",
    [
        {"api_key": "klarna_live_api_abc"},  # a production key for the playground host
        {"username": "only-a-username"},
        {"api_key": " padded "},
        {"base_url": "api.klarna.com"},
    ],
    ids=["live key on playground", "username alone", "whitespace", "relative url"],
)
def test_options_are_checked_as_the_constructor_checks_them(options: dict[str, str]) -> None:
    sdk = KlarnaPayments(username="u", password="p", environment="playground")
    with pytest.raises(ValueError):
        sdk.with_options(**options)  # type: ignore[arg-type]


def test_an_async_client_refuses_a_sync_http_client() -> None:
    sdk = AsyncKlarnaPayments(username="u", password="p")
    with pytest.raises(TypeError, match="AsyncClient"):
        sdk.with_options(http_client=httpx.Client())  # type: ignore[arg-type]


def test_a_copy_has_the_same_keywords_as_documented() -> None:
    import inspect

    keywords = set(inspect.signature(KlarnaPayments.with_options).parameters) - {"self"}
    assert {"username", "password", "api_key", "base_url", "http_client", "timeout", "max_retries"} <= keywords
