"""Credentials and settings are checked at construction, and no secret reaches a message, repr or log."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest
from klarna_payments import APIConnectionError, AsyncKlarnaPayments, AuthenticatedClient, KlarnaPayments, NotFoundError
from klarna_payments._spec import SERVERS

from tests.support.mock import BASE_URL, Recorder, json_response, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN

PASSWORD = "pa55-w0rd-do-not-leak"
API_KEY = "klarna_test_api_S3CR3TKEYdonotleak"
LIVE_KEY = "klarna_live_api_S3CR3TKEYdonotleak"
# Klarna's hosts as the document names them (its `servers`), never written here.
EU_PLAYGROUND = SERVERS[("eu", "playground")]
EU_PRODUCTION = SERVERS[("eu", "production")]
NA_PRODUCTION = SERVERS[("na", "production")]
PRODUCTION_HOST = httpx.URL(EU_PRODUCTION).host


@pytest.mark.parametrize(
    ("keywords", "named"),
    [
        ({"api_key": ""}, "api_key is empty"),
        ({"api_key": "   "}, "api_key is empty"),
        ({"api_key": API_KEY + "\n"}, "api_key has leading or trailing whitespace"),
        ({"api_key": " " + API_KEY}, "api_key has leading or trailing whitespace"),
        ({"api_key": API_KEY[:10] + "\x1b" + API_KEY[10:]}, "api_key holds characters other than printable ASCII"),
        ({"api_key": API_KEY + "é"}, "api_key holds characters other than printable ASCII"),
        ({"username": "merchant", "password": PASSWORD + "\r\n"}, "password has leading or trailing whitespace"),
        ({"username": "mer:chant", "password": PASSWORD}, "username must not contain ':'"),
        ({"username": "", "password": PASSWORD}, "username is empty"),
    ],
)
def test_a_malformed_credential_is_named_and_never_quoted(keywords: dict[str, str], named: str) -> None:
    with pytest.raises(ValueError, match=named) as raised:
        KlarnaPayments(**keywords)
    for value in keywords.values():
        if value.strip():
            assert value.strip() not in str(raised.value)


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({"KLARNA_API_KEY": API_KEY + "\n"}, "KLARNA_API_KEY has leading or trailing whitespace"),
        ({"KLARNA_API_KEY": ""}, "KLARNA_API_KEY is empty"),
        ({"KLARNA_USERNAME": "u", "KLARNA_PASSWORD": PASSWORD + " "}, "KLARNA_PASSWORD has leading"),
        ({"KLARNA_USERNAME": "a:b", "KLARNA_PASSWORD": PASSWORD}, "KLARNA_USERNAME must not contain ':'"),
    ],
)
def test_a_malformed_credential_variable_is_named(
    variables: dict[str, str], named: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=named) as raised:
        KlarnaPayments()
    assert PASSWORD not in str(raised.value)
    assert API_KEY not in str(raised.value)


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLARNA_USERNAME", "env-user")
    monkeypatch.setenv("KLARNA_PASSWORD", "env-pass")
    recorder = Recorder(httpx.Response(204))
    with KlarnaPayments(base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(recorder))) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    assert recorder.requests[0].headers["Authorization"] == "Basic " + base64.b64encode(b"env-user:env-pass").decode()


def test_an_api_key_is_sent_as_basic_with_the_key_itself() -> None:
    recorder = Recorder(httpx.Response(204))
    http_client = httpx.Client(transport=httpx.MockTransport(recorder))
    with KlarnaPayments(api_key=API_KEY, base_url=BASE_URL, http_client=http_client) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    assert recorder.requests[0].headers["Authorization"] == f"Basic {API_KEY}"


def test_no_credentials_fail_at_construction() -> None:
    with pytest.raises(ValueError, match="No Klarna credentials"):
        KlarnaPayments()


def test_half_a_username_password_pair_is_refused() -> None:
    with pytest.raises(ValueError, match="Both username and password"):
        KlarnaPayments(username="u")


@pytest.mark.parametrize(("key", "server"), [(API_KEY, EU_PLAYGROUND), (LIVE_KEY, EU_PRODUCTION)])
def test_an_api_key_prefix_picks_the_environment(key: str, server: str) -> None:
    assert KlarnaPayments(api_key=key).base_url == server


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"api_key": API_KEY, "environment": "production"}, "playground key"),
        ({"api_key": LIVE_KEY, "base_url": EU_PLAYGROUND}, "playground host"),
        ({"api_key": API_KEY, "base_url": NA_PRODUCTION}, "production host"),
        ({"api_key": LIVE_KEY, "base_url": "http://klarna-proxy.internal"}, "clear text"),
        ({"username": "u", "password": "p", "environment": "production", "base_url": "http://10.0.0.5"}, "clear text"),
        ({"username": "u", "password": "p", "base_url": f"http://{PRODUCTION_HOST}"}, "clear text"),
        ({"username": "u", "password": "p", "base_url": PRODUCTION_HOST}, "absolute http"),
        ({"username": "u", "password": "p", "base_url": f"ftp://{PRODUCTION_HOST}"}, "absolute http"),
        ({"username": "u", "password": "p", "base_url": f"https://u:p@{PRODUCTION_HOST}"}, "must not hold credentials"),
        ({"username": "u", "password": "p", "base_url": "https://x.test/?a=1"}, "query or fragment"),
    ],
)
def test_a_base_url_that_would_misdirect_credentials_is_refused(options: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        KlarnaPayments(**options)  # type: ignore[arg-type]


@pytest.mark.parametrize("host", ["127.0.0.1:4010", "localhost:8080", "[::1]:9"])
def test_plain_http_to_a_loopback_mock_is_allowed_even_with_a_live_key(host: str) -> None:
    assert KlarnaPayments(api_key=LIVE_KEY, base_url=f"http://{host}").base_url == f"http://{host}"


@pytest.mark.parametrize("name", ["Authorization", "authorization", "Klarna-Idempotency-Key", "KLARNA-IDEMPOTENCY-KEY"])
def test_default_headers_must_not_set_what_the_sdk_sets(name: str) -> None:
    with pytest.raises(ValueError, match=f"must not set {name}"):
        KlarnaPayments(username="u", password="p", default_headers={name: "x"})


@pytest.mark.parametrize("name", ["Authorization", "Klarna-Idempotency-Key"])
def test_extra_headers_must_not_set_what_the_sdk_sets(name: str) -> None:
    recorder = Recorder(httpx.Response(204))
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError, match=f"extra_headers must not set {name}"):
        sdk.orders.cancel_authorization(TOKEN, extra_headers={name: "x"})
    assert recorder.requests == []


def test_a_header_value_with_a_line_break_is_refused_without_quoting_it() -> None:
    with pytest.raises(ValueError, match="the value of X-Secret") as raised:
        KlarnaPayments(username="u", password="p", default_headers={"X-Secret": "abc\r\nInjected: 1"})
    assert "abc" not in str(raised.value)


@pytest.mark.parametrize("value", [-1, 11, 2.0, True, "2", None])
def test_max_retries_must_be_an_int_from_0_to_10(value: object) -> None:
    with pytest.raises(ValueError, match="max_retries must be an int from 0 to 10"):
        KlarnaPayments(username="u", password="p", max_retries=value)  # type: ignore[arg-type]


def test_per_call_max_retries_is_checked_before_sending() -> None:
    recorder = Recorder(httpx.Response(204))
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError, match="max_retries"):
        sdk.orders.cancel_authorization(TOKEN, max_retries=-1)
    assert recorder.requests == []


@pytest.mark.parametrize("http_client", ["http://proxy", httpx.AsyncClient(), object()], ids=["str", "async", "object"])
def test_the_sync_client_refuses_an_http_client_of_another_type(http_client: object) -> None:
    with pytest.raises(TypeError, match=r"http_client must be an httpx\.Client"):
        KlarnaPayments(username="u", password="p", http_client=http_client)  # type: ignore[arg-type]


def test_the_async_client_refuses_a_sync_http_client() -> None:
    with pytest.raises(TypeError, match=r"http_client must be an httpx\.AsyncClient"):
        AsyncKlarnaPayments(username="u", password="p", http_client=httpx.Client())  # type: ignore[arg-type]


def test_secrets_are_absent_from_reprs_errors_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    body = {"error_code": "NOT_FOUND", "error_messages": ["Invalid authorization token"]}
    encoded = base64.b64encode(f"merchant:{PASSWORD}".encode()).decode()
    caplog.set_level(logging.DEBUG)
    with sync_sdk(Recorder(json_response(404, body)), username="merchant", password=PASSWORD) as sdk:
        with pytest.raises(NotFoundError) as caught:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
        shown = [repr(sdk), str(sdk), repr(sdk.orders), str(caught.value), repr(caught.value), caplog.text]
    keyed = KlarnaPayments(api_key=API_KEY)
    shown += [repr(keyed), repr(AuthenticatedClient(BASE_URL, encoded)), repr(keyed.with_options(max_retries=1))]
    for text in shown:
        assert PASSWORD not in text
        assert encoded not in text
        assert API_KEY not in text


def test_httpx_error_text_quoting_a_header_value_is_redacted_in_the_error_and_its_cause() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value b'{request.headers['Authorization']}'")

    http_client = httpx.Client(transport=httpx.MockTransport(refuse))
    with KlarnaPayments(api_key=API_KEY, base_url=BASE_URL, http_client=http_client) as sdk:
        with pytest.raises(APIConnectionError) as caught:
            sdk.orders.cancel_authorization(TOKEN)
    error = caught.value
    chain = [str(error), repr(error), str(error.__cause__), repr(error.__cause__)]
    assert all(API_KEY not in text for text in chain), chain
    assert "LocalProtocolError" in str(error)
    assert "[redacted]" in str(error)
    assert error.__cause__ is not None and error.__cause__.__context__ is None
