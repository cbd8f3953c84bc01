"""The SDK's own transports: the pool sizes, the sync deadline transport (loaded from
`_deadline_transport.py` on first use, so that only an SDK-owned sync pool imports httpcore),
and the async router over httpx's transports for the environment's proxies."""

from __future__ import annotations

from typing import Any, Final

import httpx

from ._proxies import EnvironmentProxies

__all__ = [
    "POOL_LIMITS",
    "ProxyRouter",
    "deadline_transport",
    "deadline_transport_supported",
]

# The SDK's own pools: httpx's 100 connections, every one kept alive (httpx keeps 20), so that a
# burst of calls does not reconnect for the next burst (TLS handshakes are the costly part).
POOL_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)


def deadline_transport_supported() -> bool:
    """Whether the SDK can own a sync pool with clamped sockets (httpcore's public network backends)."""
    try:
        import httpcore
    except ImportError:  # pragma: no cover - httpx always brings it
        return False
    return hasattr(httpcore, "SyncBackend") and hasattr(httpcore, "NetworkBackend")


def deadline_transport(verify: Any = True, proxies: EnvironmentProxies | None = None) -> httpx.BaseTransport:
    """The SDK's own sync transport (`_deadline_transport.DeadlineTransport`), sized by
    `POOL_LIMITS`; httpcore is imported here, when the SDK first owns a sync pool."""
    from ._deadline_transport import DeadlineTransport

    return DeadlineTransport(verify, proxies, POOL_LIMITS)


class ProxyRouter(httpx.AsyncBaseTransport):
    """The async twin of `DeadlineTransport`'s routing: httpx's own transport per proxy of the
    environment (the deadline is the cancel scope's, which covers every socket)."""

    def __init__(self, verify: Any, proxies: EnvironmentProxies) -> None:
        self.verify, self.proxies = verify, proxies
        self.transports: dict[httpx.Proxy | None, httpx.AsyncHTTPTransport] = {}

    def _transport(self, url: httpx.URL) -> httpx.AsyncHTTPTransport:
        proxy = self.proxies.for_url(url)
        transport = self.transports.get(proxy)
        if transport is None:
            transport = self.transports[proxy] = httpx.AsyncHTTPTransport(
                verify=self.verify, proxy=proxy, limits=POOL_LIMITS
            )
        return transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._transport(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        for transport in list(self.transports.values()):
            await transport.aclose()
