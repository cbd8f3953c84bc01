"""Credentials, regions and environments, headers, logging, and secrets kept out of sight."""

from __future__ import annotations

import base64
import logging
import platform
import sys

import httpx
import klarna_payments
import pytest
from klarna_payments import AuthenticatedClient, KlarnaPayments, NotFoundError
from klarna_payments._spec import SERVERS
from sdk_factory import ORDER_BODY, TOKEN, Recorder, json_response

PASSWORD = "pa55-w0rd-do-not-leak"
API_KEY = "klarna_test_api_S3CR3TKEYdonotleak"


def sdk_with(recorder: Recorder, **options: object) -> KlarnaPayments:
    return KlarnaPayments(http_client=httpx.Client(transport=httpx.MockTransport(recorder)), max_retries=0, **options)


@pytest.mark.parametrize(("region", "environment"), sorted(SERVERS))
def test_each_region_and_environment_pair_hits_its_host(region: str, environment: str) -> None:
    recorder = Recorder(httpx.Response(204))
    with sdk_with(recorder, username="u", password="p", region=region, environment=environment) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    assert str(recorder.requests[0].url).startswith(SERVERS[(region, environment)])


def test_six_servers_come_from_the_document() -> None:
    assert SERVERS[("eu", "playground")] == "https://api.playground.klarna.com"
    assert SERVERS[("na", "production")] == "https://api-na.klarna.com"
    assert len(SERVERS) == 6


def test_default_is_the_european_playground() -> None:
    assert KlarnaPayments(username="u", password="p").base_url == "https://api.playground.klarna.com"


def test_region_and_environment_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLARNA_REGION", "oc")
    monkeypatch.setenv("KLARNA_ENVIRONMENT", "production")
    assert KlarnaPayments(username="u", password="p").base_url == "https://api-oc.klarna.com"


def test_base_url_overrides_region_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLARNA_BASE_URL", "http://127.0.0.1:9")
    assert KlarnaPayments(username="u", password="p", region="na").base_url == "http://127.0.0.1:9"


@pytest.mark.parametrize(
    ("keyword", "value", "valid"), [("region", "us", "eu, na, oc"), ("environment", "test", "playground, production")]
)
def test_invalid_region_or_environment_lists_the_valid_ones(keyword: str, value: str, valid: str) -> None:
    with pytest.raises(ValueError, match=valid):
        KlarnaPayments(username="u", password="p", **{keyword: value})


def test_api_key_is_sent_as_basic_with_the_key_itself() -> None:
    recorder = Recorder(httpx.Response(204))
    with sdk_with(recorder, api_key=API_KEY) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    assert recorder.requests[0].headers["Authorization"] == f"Basic {API_KEY}"


@pytest.mark.parametrize(
    ("key", "host"), [("klarna_test_api_x", "api.playground.klarna.com"), ("klarna_live_api_x", "api.klarna.com")]
)
def test_api_key_prefix_picks_the_environment(key: str, host: str) -> None:
    assert KlarnaPayments(api_key=key).base_url == f"https://{host}"


def test_api_key_conflicting_with_environment_is_refused() -> None:
    with pytest.raises(ValueError, match="playground key"):
        KlarnaPayments(api_key="klarna_test_api_x", environment="production")


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLARNA_USERNAME", "env-user")
    monkeypatch.setenv("KLARNA_PASSWORD", "env-pass")
    recorder = Recorder(httpx.Response(204))
    with sdk_with(recorder) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    assert recorder.requests[0].headers["Authorization"] == "Basic " + base64.b64encode(b"env-user:env-pass").decode()


def test_no_credentials_fail_at_construction() -> None:
    with pytest.raises(ValueError, match="No Klarna credentials"):
        KlarnaPayments()


def test_half_a_username_password_pair_is_refused() -> None:
    with pytest.raises(ValueError, match="Both username and password"):
        KlarnaPayments(username="u")


def test_user_agent_names_sdk_python_and_httpx() -> None:
    recorder = Recorder(httpx.Response(204))
    with sdk_with(recorder, username="u", password="p") as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    expected = f"klarna-payments-python/{klarna_payments.__version__} python/{python} httpx/{httpx.__version__}"
    assert recorder.requests[0].headers["User-Agent"] == f"{expected} ({platform.system()})"


def test_default_headers_are_sent() -> None:
    recorder = Recorder(httpx.Response(204))
    with sdk_with(recorder, username="u", password="p", default_headers={"X-Team": "checkout"}) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    assert recorder.requests[0].headers["X-Team"] == "checkout"


def test_users_http_client_keeps_its_own_headers_and_gets_auth() -> None:
    recorder = Recorder(httpx.Response(204))
    http_client = httpx.Client(transport=httpx.MockTransport(recorder), headers={"X-Proxy-Tag": "p1"})
    with KlarnaPayments(username="u", password="p", base_url="https://x.test", http_client=http_client) as sdk:
        sdk.orders.cancel_authorization(TOKEN)
    assert recorder.requests[0].headers["X-Proxy-Tag"] == "p1"
    assert recorder.requests[0].headers["Authorization"].startswith("Basic ")


def test_default_timeout_is_finite() -> None:
    sdk = KlarnaPayments(username="u", password="p")
    assert sdk.timeout == httpx.Timeout(30.0, connect=5.0)


def test_secrets_are_absent_from_repr_errors_and_debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(
        json_response(404, {"error_code": "NOT_FOUND", "error_messages": ["Invalid authorization token"]})
    )
    encoded = base64.b64encode(f"merchant:{PASSWORD}".encode()).decode()
    caplog.set_level(logging.DEBUG)
    with sdk_with(recorder, username="merchant", password=PASSWORD) as sdk:
        with pytest.raises(NotFoundError) as caught:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
        shown = [
            repr(sdk),
            str(sdk),
            repr(sdk._client),
            repr(sdk.orders),
            str(caught.value),
            repr(caught.value),
            caplog.text,
        ]
    keyed = KlarnaPayments(api_key=API_KEY)
    shown += [repr(keyed), repr(keyed._client), repr(AuthenticatedClient(base_url="https://x", token=encoded))]
    for text in shown:
        assert PASSWORD not in text
        assert encoded not in text
        assert API_KEY not in text


def test_each_attempt_is_logged_on_one_line(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(json_response(200, {"order_id": "o"}, headers={"Klarna-Correlation-Id": "corr-1"}))
    caplog.set_level(logging.INFO, logger="klarna_payments")
    with sdk_with(recorder, username="u", password="p") as sdk:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    (record,) = [r for r in caplog.records if r.name == "klarna_payments"]
    message = record.getMessage()
    assert message.startswith(f"POST /payments/v1/authorizations/{TOKEN}/order -> 200 attempt=1 elapsed_ms=")
    assert message.endswith("correlation_id=corr-1")
    assert "Kaffe" not in message  # never request or response bodies


def test_klarna_log_attaches_a_stderr_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("klarna_payments")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.setenv("KLARNA_LOG", "debug")
    KlarnaPayments(username="u", password="p")
    assert len(logger.handlers) == 1
    assert logger.level == logging.DEBUG
