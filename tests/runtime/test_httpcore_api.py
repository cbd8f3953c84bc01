"""The httpcore API the deadline transport (`_deadline_transport.py`) is built on, pinned by name:
the base classes whose methods it overrides (their parameters in order, as it forwards them
positionally to httpcore's sync backend), the keywords it passes to httpcore's pools, requests and
URLs, what it reads of a response and of a pool's connections, the exceptions it maps to httpx's,
and the pool lock attributes it replaces. An httpcore release that changes one of them fails the
test that names it, instead of misbehaving at run time.

`make test-compat` runs these on the lowest and the newest httpcore the package allows. httpcore's
SOCKSProxy needs socksio, which the test venvs lack: its signature is then read from its source.
"""

from __future__ import annotations

import ast
import importlib.util
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpcore
import httpx
import pytest
from klarna_payments._deadline_transport import (
    HTTPCORE_EXCEPTIONS,
    POOL_LOCK_ATTRIBUTES,
    DeadlineBackend,
    DeadlineStream,
    DeadlineTransport,
)
from klarna_payments._proxies import EnvironmentProxies
from klarna_payments._transport import POOL_LIMITS

# httpcore's classes the transport builds, held before the `passed` fixture replaces them with recorders.
POOLS = ("ConnectionPool", "HTTPProxy", "SOCKSProxy")
HTTPCORE: dict[str, Any] = {name: getattr(httpcore, name) for name in (*POOLS, "Request", "URL")}
PROXIES = EnvironmentProxies(
    {"http": httpx.Proxy("http://127.0.0.1:3128"), "https": httpx.Proxy("socks5://127.0.0.1:1080")},
    bypass=("direct.test",),
)
URLS = ("http://direct.test/", "http://klarna.test/", "https://klarna.test/")  # direct, HTTP proxy, SOCKS proxy


def parameters(function: Callable[..., Any]) -> list[str]:
    return list(inspect.signature(function).parameters)


def public_methods(cls: type) -> list[str]:
    return sorted(name for name, _ in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_"))


def socks_proxy_source() -> ast.ClassDef:
    """httpcore's SOCKSProxy class as written in its source (importable only with socksio)."""
    spec = importlib.util.find_spec("httpcore._sync.socks_proxy")
    assert spec is not None and spec.origin is not None, "httpcore._sync.socks_proxy is gone"
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    return next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "SOCKSProxy")


def constructor_keywords(name: str) -> set[str]:
    """The keywords httpcore's class `name` takes."""
    if name == "SOCKSProxy" and importlib.util.find_spec("socksio") is None:
        init = next(node for node in socks_proxy_source().body if getattr(node, "name", None) == "__init__")
        assert isinstance(init, ast.FunctionDef)
        return {arg.arg for arg in [*init.args.args, *init.args.kwonlyargs]} - {"self"}
    return set(inspect.signature(HTTPCORE[name]).parameters)


class RecordedPool:
    """Stands in for an httpcore pool: keeps the keywords it was built with, answers 204."""

    def __init__(self, **keywords: Any) -> None:
        self.keywords = keywords
        self.connections: list[Any] = []

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        return httpcore.Response(204)

    def close(self) -> None:
        pass


@pytest.fixture
def passed(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, dict[str, Any]]]:
    """The keywords the deadline transport passes to each httpcore constructor while it sends a
    request directly and through each kind of proxy (the pools recorded, not built)."""
    keywords: dict[str, dict[str, Any]] = {}

    def recording(name: str, build: Callable[..., Any]) -> Callable[..., Any]:
        def record(**given: Any) -> Any:
            keywords.setdefault(name, given)  # what httpcore would not take is left to the test to name
            return build(
                **{keyword: value for keyword, value in given.items() if keyword in constructor_keywords(name)}
            )

        return record

    for name, built in HTTPCORE.items():
        monkeypatch.setattr(httpcore, name, recording(name, RecordedPool if name in POOLS else built))
    transport = DeadlineTransport(True, PROXIES, POOL_LIMITS)
    for url in URLS:
        assert transport.handle_request(httpx.Request("GET", url)).status_code == 204
    yield keywords
    transport.close()


@pytest.mark.parametrize(
    ("ours", "base"),
    [(DeadlineStream, httpcore.NetworkStream), (DeadlineBackend, httpcore.NetworkBackend)],
    ids=["NetworkStream", "NetworkBackend"],
)
def test_every_method_of_httpcores_network_base_class_is_overridden_with_its_parameters(ours: type, base: type) -> None:
    overridden = {name: parameters(vars(ours)[name]) if name in vars(ours) else None for name in public_methods(base)}
    assert overridden == {name: parameters(getattr(base, name)) for name in public_methods(base)}


def test_httpcores_sync_backend_takes_the_arguments_the_deadline_backend_forwards_in_order() -> None:
    methods = public_methods(httpcore.NetworkBackend)
    forwarded = {name: parameters(getattr(DeadlineBackend, name)) for name in methods}
    assert {name: parameters(getattr(httpcore.SyncBackend, name)) for name in methods} == forwarded


@pytest.mark.parametrize("name", list(HTTPCORE))
def test_httpcore_takes_every_keyword_the_deadline_transport_passes(
    name: str, passed: dict[str, dict[str, Any]]
) -> None:
    assert set(passed[name]) - constructor_keywords(name) == set()


def test_httpcores_proxies_are_connection_pools_whose_connections_can_be_closed_one_by_one() -> None:
    socks_bases = {getattr(base, "id", None) for base in socks_proxy_source().bases}
    assert issubclass(HTTPCORE["HTTPProxy"], HTTPCORE["ConnectionPool"]) and "ConnectionPool" in socks_bases
    assert isinstance(inspect.getattr_static(HTTPCORE["ConnectionPool"], "connections"), property)
    assert {"is_idle", "close"} <= set(public_methods(httpcore.ConnectionInterface))


def test_an_httpcore_response_has_what_the_deadline_transport_reads() -> None:
    response = httpcore.Response(204)
    assert [name for name in ("status", "headers", "stream", "extensions") if not hasattr(response, name)] == []


def test_every_error_httpcore_exports_is_mapped_but_the_pools_own_retry_signal() -> None:
    exported = {value for value in vars(httpcore).values() if isinstance(value, type) and issubclass(value, Exception)}
    assert exported - {httpcore.ConnectionNotAvailable} == set(HTTPCORE_EXCEPTIONS)


def test_each_httpcore_error_becomes_the_httpx_error_of_its_name() -> None:
    assert all(getattr(httpx, origin.__name__) is to for origin, to in HTTPCORE_EXCEPTIONS.items())


def test_the_error_table_lists_each_httpcore_error_before_its_bases() -> None:
    table = list(HTTPCORE_EXCEPTIONS)
    misplaced = [(base, later) for i, base in enumerate(table) for later in table[i + 1 :] if issubclass(later, base)]
    assert misplaced == []


@pytest.mark.parametrize(
    "build",
    [lambda: HTTPCORE["ConnectionPool"](), lambda: HTTPCORE["HTTPProxy"](proxy_url="http://127.0.0.1:3128")],
    ids=["ConnectionPool", "HTTPProxy"],
)
def test_httpcores_pools_keep_their_lock_in_one_of_the_attributes_the_transport_replaces(
    build: Callable[[], Any],
) -> None:
    pool = build()
    assert len([name for name in POOL_LOCK_ATTRIBUTES if hasattr(pool, name)]) == 1
