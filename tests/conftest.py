"""Shared fixtures: one Prism per test session, and fresh SDK clients that fail on violations."""

from __future__ import annotations

import base64
import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings
from klarna_payments import AuthenticatedClient, Client
from prism import running_prism

# Property tests (tests/contract/test_properties.py): `make test` runs a small sample, the same
# on every run (derandomized, so CI cannot fail on a draw nobody can reproduce); `make
# test-deep` (HYPOTHESIS_PROFILE=deep) a large random one. No deadline: Prism's latency varies.
# The autouse `clean_environ` fixture is function-scoped and harmless to share across examples.
_SHARED = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]}
settings.register_profile("default", max_examples=15, derandomize=True, **_SHARED)
settings.register_profile("deep", max_examples=300, **_SHARED)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Prism checks that HTTP Basic credentials are present and well-formed, never their values.
BASIC_TOKEN = base64.b64encode(b"test-user:test-password").decode()


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees a developer's real Klarna configuration."""
    for name in list(os.environ):
        if name.startswith("KLARNA_"):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """Base URL of a Prism mock of openapi.yaml: TEST_API_BASE_URL if set, else one we start."""
    reused = os.environ.get("TEST_API_BASE_URL")
    if reused:
        yield reused.rstrip("/")
        return
    with running_prism() as url:
        yield url


def fail_on_violations(response: httpx.Response) -> None:
    """Prism marks every request or response that breaks the document with `sl-violations`."""
    violations = response.headers.get("sl-violations")
    assert violations is None, f"{response.request.method} {response.request.url.path}: {violations}"


async def afail_on_violations(response: httpx.Response) -> None:
    fail_on_violations(response)


AnyClient = Client | AuthenticatedClient
ClientFactory = Callable[..., AnyClient]


def new_client(base_url: str, *, prefer: str | None, authenticated: bool, hook: object) -> AnyClient:
    """A functional-layer client for Prism; `authenticated=False` sends no Authorization header."""
    options: dict[str, Any] = {
        "base_url": base_url,
        "headers": {"Prefer": prefer} if prefer else {},
        "timeout": httpx.Timeout(10.0),
        "max_retries": 0,  # each documented status exactly once, including 429 and 500
        "httpx_args": {"event_hooks": {"response": [hook] if hook else []}},
    }
    if authenticated:
        return AuthenticatedClient(token=BASIC_TOKEN, prefix="Basic", **options)
    return Client(**options)


@pytest.fixture
def make_client(prism_url: str) -> Iterator[ClientFactory]:
    """Fresh sync clients (never `with_headers`, which mutates the shared httpx client).

    Every response is checked for `sl-violations` unless `check_violations=False`.
    """
    made: list[AnyClient] = []

    def factory(*, prefer: str | None = None, authenticated: bool = True, check_violations: bool = True) -> AnyClient:
        hook = fail_on_violations if check_violations else None
        made.append(new_client(prism_url, prefer=prefer, authenticated=authenticated, hook=hook))
        return made[-1]

    yield factory
    for client in made:
        client.get_httpx_client().close()


@pytest.fixture
async def make_async_client(prism_url: str) -> AsyncIterator[ClientFactory]:
    """The async twin of `make_client`."""
    made: list[AnyClient] = []

    def factory(*, prefer: str | None = None, authenticated: bool = True, check_violations: bool = True) -> AnyClient:
        hook = afail_on_violations if check_violations else None
        made.append(new_client(prism_url, prefer=prefer, authenticated=authenticated, hook=hook))
        return made[-1]

    yield factory
    for client in made:
        await client.get_async_httpx_client().aclose()
