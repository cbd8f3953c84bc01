"""The checks every client runs at construction, `AuthenticatedClient` as `KlarnaPayments`:
where credentials may go, TLS verification with production credentials, API keys pasted in
the wrong shape, and the configuration variables' values.
"""

from __future__ import annotations

import logging
import ssl
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from klarna_payments import AsyncKlarnaPayments, AuthenticatedClient, KlarnaPayments
from klarna_payments._spec import SERVERS

LIVE_KEY = "klarna_live_api_key_never_shown"
TEST_KEY = "klarna_test_api_key_never_shown"
PRODUCTION = {region: url for (region, environment), url in SERVERS.items() if environment == "production"}
PLAYGROUND = {region: url for (region, environment), url in SERVERS.items() if environment == "playground"}


# The functional layer's client runs the same destination checks


@pytest.mark.parametrize("region", sorted(PRODUCTION))
def test_the_functional_client_refuses_a_live_key_in_clear_text(region: str) -> None:
    with pytest.raises(ValueError, match="clear text"):
        AuthenticatedClient(PRODUCTION[region].replace("https://", "http://"), LIVE_KEY)


@pytest.mark.parametrize("region", sorted(PLAYGROUND))
def test_the_functional_client_refuses_a_live_key_on_the_playground_host(region: str) -> None:
    with pytest.raises(ValueError, match="playground host, but the api_key is a production"):
        AuthenticatedClient(PLAYGROUND[region], LIVE_KEY)


@pytest.mark.parametrize("region", sorted(PRODUCTION))
def test_the_functional_client_refuses_a_test_key_on_the_production_host(region: str) -> None:
    with pytest.raises(ValueError, match="production host, but the api_key is a playground"):
        AuthenticatedClient(PRODUCTION[region], TEST_KEY)


def test_the_functional_client_refuses_clear_text_to_klarnas_production_host_with_any_credential() -> None:
    with pytest.raises(ValueError, match="clear text"):
        AuthenticatedClient(PRODUCTION["eu"].replace("https://", "http://"), "dG9rZW4=")


def test_the_functional_client_takes_a_live_key_on_the_production_host() -> None:
    assert AuthenticatedClient(PRODUCTION["eu"], LIVE_KEY).base_url == PRODUCTION["eu"]


# TLS verification with production credentials

UNVERIFIED_CONTEXT = ssl.create_default_context()
UNVERIFIED_CONTEXT.check_hostname = False
UNVERIFIED_CONTEXT.verify_mode = ssl.CERT_NONE

UNVERIFIED: dict[str, Callable[..., object]] = {
    "KlarnaPayments(http_client=httpx.Client(verify=False))": lambda **extra: KlarnaPayments(
        api_key=LIVE_KEY, http_client=httpx.Client(verify=False), **extra
    ),
    "AsyncKlarnaPayments(http_client=httpx.AsyncClient(verify=False))": lambda **extra: AsyncKlarnaPayments(
        api_key=LIVE_KEY, http_client=httpx.AsyncClient(verify=False), **extra
    ),
    "with_options(http_client=...)": lambda **extra: KlarnaPayments(api_key=LIVE_KEY, **extra).with_options(
        http_client=httpx.Client(verify=UNVERIFIED_CONTEXT)
    ),
    "AuthenticatedClient(verify_ssl=False)": lambda **extra: AuthenticatedClient(
        PRODUCTION["eu"], LIVE_KEY, verify_ssl=False, **extra
    ),
    "AuthenticatedClient(httpx_args={'verify': False})": lambda **extra: AuthenticatedClient(
        PRODUCTION["eu"], LIVE_KEY, httpx_args={"verify": False}, **extra
    ),
    "AuthenticatedClient.set_httpx_client": lambda **extra: AuthenticatedClient(
        PRODUCTION["eu"], "dG9rZW4=", **extra
    ).set_httpx_client(httpx.Client(verify=False)),
}


@pytest.mark.parametrize("make", UNVERIFIED.values(), ids=UNVERIFIED.keys())
def test_unverified_tls_with_production_credentials_is_refused(make: Callable[..., object]) -> None:
    with pytest.raises(ValueError, match="TLS certificate verification off, with production credentials"):
        make()


@pytest.mark.parametrize("make", UNVERIFIED.values(), ids=UNVERIFIED.keys())
def test_unverified_tls_accepted_by_name_logs_one_warning(
    make: Callable[..., object], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="klarna_payments")
    make(allow_unverified_tls=True)
    (warning,) = [record for record in caplog.records if record.name == "klarna_payments"]
    assert warning.levelno == logging.WARNING
    assert "TLS certificate verification is off" in warning.getMessage()
    assert LIVE_KEY not in warning.getMessage()


@pytest.mark.parametrize(
    "make",
    [
        lambda: KlarnaPayments(api_key=TEST_KEY, http_client=httpx.Client(verify=False)),
        lambda: AuthenticatedClient(PLAYGROUND["eu"], TEST_KEY, verify_ssl=False),
        lambda: AuthenticatedClient("https://127.0.0.1:8443", "dG9rZW4=", verify_ssl=False),
    ],
    ids=["playground key", "playground host", "a local mock"],
)
def test_unverified_tls_without_production_credentials_is_allowed(make: Callable[[], object]) -> None:
    make()


# API keys pasted in the wrong shape

KEY_MISTAKES = {
    "the whole header": ("Basic UEtfMTIzNDU6c2VjcmV0LXBhc3N3b3Jk", "without 'Basic '"),
    "the whole header, lower case": ("basic UEtfMTIzNDU6c2VjcmV0LXBhc3N3b3Jk", "without 'Basic '"),
    "a username and password": ("PK12345_abc:secret-password", "pass username= and password="),
}


@pytest.mark.parametrize(("key", "advice"), KEY_MISTAKES.values(), ids=KEY_MISTAKES.keys())
def test_an_api_key_in_the_wrong_shape_is_refused_saying_what_to_pass(key: str, advice: str) -> None:
    with pytest.raises(ValueError, match=advice) as caught:
        KlarnaPayments(api_key=key)
    assert str(caught.value).startswith("api_key")
    assert key.split()[-1].split(":")[-1] not in str(caught.value)


@pytest.mark.parametrize(("key", "advice"), KEY_MISTAKES.values(), ids=KEY_MISTAKES.keys())
def test_an_api_key_variable_in_the_wrong_shape_is_named(
    key: str, advice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLARNA_API_KEY", key)
    with pytest.raises(ValueError, match=f"^KLARNA_API_KEY .*{advice}"):
        KlarnaPayments()


@pytest.mark.parametrize("token", ["Basic dG9rZW4=", "merchant:password"])
def test_the_functional_clients_token_in_the_wrong_shape_is_refused(token: str) -> None:
    with pytest.raises(ValueError, match=r"^token "):
        AuthenticatedClient(PLAYGROUND["eu"], token)


# Configuration variables


@pytest.mark.parametrize(("region", "environment"), sorted(SERVERS))
def test_region_and_environment_variables_are_read_in_any_case(
    region: str, environment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLARNA_REGION", region.upper())
    monkeypatch.setenv("KLARNA_ENVIRONMENT", f" {environment.title()} ")
    sdk = KlarnaPayments(username="u", password="p")
    assert (sdk.region, sdk.environment) == (region, environment)


def _stderr_with(klarna_log: str) -> str:
    script = "from klarna_payments import KlarnaPayments; KlarnaPayments(username='u', password='p')"
    env: dict[str, Any] = {"PATH": "/usr/bin:/bin", "KLARNA_LOG": klarna_log}
    return subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stderr


@pytest.mark.slow
def test_an_unknown_klarna_log_value_is_a_warning_naming_the_valid_ones() -> None:
    stderr = _stderr_with("verbose")
    assert "klarna_payments WARNING KLARNA_LOG=verbose is not one of debug, info, warning" in stderr


@pytest.mark.slow
def test_a_known_klarna_log_value_in_another_case_is_taken() -> None:
    assert _stderr_with("DEBUG") == ""  # no warning; nothing is sent, so no line either
