"""Shared fixtures: a clean environment per test, one Prism per session, fresh clients on it.

Markers come from the folder a test lives in (registered in pyproject.toml): `contract`
(needs Prism, under tests/contract/), `release` (builds wheels and venvs, under
tests/release/). `pytest -m "not contract and not release and not slow"` is the fast inner
loop; `make test` runs everything.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings
from klarna_payments import AuthenticatedClient
from prism import running_prism

from tests.support.prism import BASIC_TOKEN, ClientFactory, afail_on_violations, fail_on_violations

# Property tests: `make test` runs a small sample, the same on every run (derandomized, so CI
# cannot fail on a draw nobody can reproduce); `make test-deep` (HYPOTHESIS_PROFILE=deep) a large
# random one. No deadline: Prism's latency varies. Nor the filtering check: hypothesis-jsonschema
# filters to meet formats and nested required fields, and how much it filters before the first
# examples varies with the machine's speed (a payout collection tripped it on a loaded run).
_SHARED = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
}
settings.register_profile("default", max_examples=10, derandomize=True, **_SHARED)
settings.register_profile("deep", max_examples=300, **_SHARED)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

MARKERS_BY_FOLDER = {"contract": "contract", "release": "release"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for folder, marker in MARKERS_BY_FOLDER.items():
            if f"/tests/{folder}/" in str(item.path):
                item.add_marker(marker)


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


def new_client(base_url: str, *, prefer: str | None, hook: object) -> AuthenticatedClient:
    """A functional-layer client for Prism that fails on violations (hook) and never retries."""
    options: dict[str, Any] = {
        "headers": {"Prefer": prefer} if prefer else {},
        "timeout": httpx.Timeout(10.0),
        "max_retries": 0,  # each documented status exactly once, including 429 and 500
        "httpx_args": {"event_hooks": {"response": [hook] if hook else []}},
    }
    return AuthenticatedClient(base_url, BASIC_TOKEN, **options)


@pytest.fixture
def make_client(prism_url: str) -> Iterator[ClientFactory]:
    """Fresh functional-layer clients; every response is checked for `sl-violations` unless
    `check_violations=False`."""
    made: list[AuthenticatedClient] = []

    def factory(*, prefer: str | None = None, check_violations: bool = True) -> AuthenticatedClient:
        made.append(new_client(prism_url, prefer=prefer, hook=fail_on_violations if check_violations else None))
        return made[-1]

    yield factory
    for client in made:
        client.close()


@pytest.fixture
async def make_async_client(prism_url: str) -> AsyncIterator[ClientFactory]:
    """The async twin of `make_client`."""
    made: list[AuthenticatedClient] = []

    def factory(*, prefer: str | None = None, check_violations: bool = True) -> AuthenticatedClient:
        made.append(new_client(prism_url, prefer=prefer, hook=afail_on_violations if check_violations else None))
        return made[-1]

    yield factory
    for client in made:
        await client.aclose()
