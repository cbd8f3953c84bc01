"""The SDK's own transports: httpcore on sockets clamped to the attempt's deadline (sync), the
environment's proxies on the same sockets, and the async router over httpx's transports; the
pool sizes, and a pool lock an interrupt cannot leave held."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any, Final

import httpx

from ._deadlines import clamped, used
from ._proxies import SOCKS_SCHEMES, EnvironmentProxies

__all__ = [
    "POOL_LIMITS",
    "POOL_LOCK_ATTRIBUTES",
    "ProxyRouter",
    "deadline_transport",
    "deadline_transport_supported",
]


def _httpcore_exceptions() -> dict[type[Exception], type[httpx.RequestError]]:
    import httpcore

    return {
        httpcore.ConnectTimeout: httpx.ConnectTimeout,
        httpcore.ReadTimeout: httpx.ReadTimeout,
        httpcore.WriteTimeout: httpx.WriteTimeout,
        httpcore.PoolTimeout: httpx.PoolTimeout,
        httpcore.ConnectError: httpx.ConnectError,
        httpcore.ReadError: httpx.ReadError,
        httpcore.WriteError: httpx.WriteError,
        httpcore.ProxyError: httpx.ProxyError,
        httpcore.UnsupportedProtocol: httpx.UnsupportedProtocol,
        httpcore.LocalProtocolError: httpx.LocalProtocolError,
        httpcore.RemoteProtocolError: httpx.RemoteProtocolError,
        httpcore.TimeoutException: httpx.TimeoutException,
        httpcore.NetworkError: httpx.NetworkError,
        httpcore.ProtocolError: httpx.ProtocolError,
    }


@contextlib.contextmanager
def _as_httpx_errors(request: httpx.Request) -> Iterator[None]:
    try:
        yield
    except Exception as error:
        # The most specific httpx class: the table lists subclasses before their bases.
        mapped = next((to for origin, to in _httpcore_exceptions().items() if isinstance(error, origin)), None)
        if mapped is None:
            raise
        raise mapped(str(error), request=request) from error


# The SDK's own pools: httpx's 100 connections, every one kept alive (httpx keeps 20), so that a
# burst of calls does not reconnect for the next burst (TLS handshakes are the costly part).
POOL_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)

# httpcore's sync pool guards its state with a Python-level lock wrapper (`_optional_thread_lock`
# in httpcore 1.x, `_pool_lock` in 0.18), entered as `with lock:`. An interrupt raised between
# the wrapper's `acquire()` and its `return` leaves the lock held, and httpcore's own handler of
# that very interrupt then waits for it forever. A bare `threading.Lock` is entered in C, which
# a signal handler cannot split; the pool uses nothing of the lock but `with`.
POOL_LOCK_ATTRIBUTES: Final = ("_optional_thread_lock", "_pool_lock")


def _interrupt_safe(pool: Any) -> Any:
    """`pool` (an httpcore pool or proxy) with its lock replaced by one an interrupt cannot leak."""
    for name in POOL_LOCK_ATTRIBUTES:
        if hasattr(pool, name):
            setattr(pool, name, threading.Lock())
    return pool


def deadline_transport_supported() -> bool:
    """Whether the SDK can own a sync pool with clamped sockets (httpcore's public network backends)."""
    try:
        import httpcore
    except ImportError:  # pragma: no cover - httpx always brings it
        return False
    return hasattr(httpcore, "SyncBackend") and hasattr(httpcore, "NetworkBackend")


def _core_url(url: httpx.URL) -> Any:
    import httpcore

    return httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path)


def deadline_transport(verify: Any = True, proxies: EnvironmentProxies | None = None) -> httpx.BaseTransport:
    import httpcore

    class DeadlineStream(httpcore.NetworkStream):
        def __init__(self, inner: httpcore.NetworkStream) -> None:
            self.inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            used(self, sending=False)
            return self.inner.read(max_bytes, clamped(timeout, httpcore.ReadTimeout))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            used(self, sending=True)
            self.inner.write(buffer, clamped(timeout, httpcore.WriteTimeout))

        def close(self) -> None:
            self.inner.close()

        def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
            return DeadlineStream(
                self.inner.start_tls(ssl_context, server_hostname, clamped(timeout, httpcore.ConnectTimeout))
            )

        def get_extra_info(self, info: str) -> Any:
            return self.inner.get_extra_info(info)

    class DeadlineBackend(httpcore.NetworkBackend):
        def __init__(self) -> None:
            self.inner = httpcore.SyncBackend()

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Any = None,
        ) -> httpcore.NetworkStream:
            timeout = clamped(timeout, httpcore.ConnectTimeout)
            return DeadlineStream(self.inner.connect_tcp(host, port, timeout, local_address, socket_options))

        def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Any = None
        ) -> httpcore.NetworkStream:
            timeout = clamped(timeout, httpcore.ConnectTimeout)
            return DeadlineStream(self.inner.connect_unix_socket(path, timeout, socket_options))

        def sleep(self, seconds: float) -> None:
            self.inner.sleep(seconds)

    class ResponseStream(httpx.SyncByteStream):
        def __init__(self, inner: Any, request: httpx.Request) -> None:
            self.inner, self.request = inner, request

        def __iter__(self) -> Iterator[bytes]:
            with _as_httpx_errors(self.request):
                yield from self.inner

        def close(self) -> None:
            self.inner.close()

    limits = POOL_LIMITS
    sizes: dict[str, Any] = {
        "max_connections": limits.max_connections,
        "max_keepalive_connections": limits.max_keepalive_connections,
        "keepalive_expiry": limits.keepalive_expiry,
    }

    class DeadlineTransport(httpx.BaseTransport):
        """httpx's own transport, reduced to what the SDK uses, on a deadline-aware backend: one
        httpcore pool for direct connections, one per proxy of the environment (made on first use)."""

        def __init__(self) -> None:
            self.ssl_context = httpx.create_ssl_context(verify=verify)
            self.backend = DeadlineBackend()
            self.pools: dict[httpx.Proxy | None, Any] = {
                None: _interrupt_safe(
                    httpcore.ConnectionPool(ssl_context=self.ssl_context, network_backend=self.backend, **sizes)
                )
            }
            self.lock = threading.Lock()

        def _pool(self, url: httpx.URL) -> Any:
            proxy = proxies.for_url(url) if proxies else None
            pool = self.pools.get(proxy)
            if pool is None:
                with self.lock:
                    pool = self.pools.get(proxy)
                    if pool is None and proxy is not None:
                        pool = self.pools[proxy] = _interrupt_safe(self._proxy_pool(proxy))
            return pool

        def _proxy_pool(self, proxy: httpx.Proxy) -> Any:
            if proxy.url.scheme in SOCKS_SCHEMES:
                return httpcore.SOCKSProxy(
                    proxy_url=_core_url(proxy.url),
                    proxy_auth=proxy.raw_auth,
                    ssl_context=self.ssl_context,
                    network_backend=self.backend,
                    **sizes,
                )
            return httpcore.HTTPProxy(
                proxy_url=_core_url(proxy.url),
                proxy_auth=proxy.raw_auth,
                proxy_headers=proxy.headers.raw,
                ssl_context=self.ssl_context,
                proxy_ssl_context=proxy.ssl_context,
                network_backend=self.backend,
                **sizes,
            )

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            assert isinstance(request.stream, httpx.SyncByteStream)
            core_request = httpcore.Request(
                method=request.method,
                url=_core_url(request.url),
                headers=request.headers.raw,
                content=request.stream,
                extensions=request.extensions,
            )
            with _as_httpx_errors(request):
                response = self._pool(request.url).handle_request(core_request)
            return httpx.Response(
                status_code=response.status,
                headers=response.headers,
                stream=ResponseStream(response.stream, request),
                extensions=response.extensions,
            )

        def close(self) -> None:
            for pool in list(self.pools.values()):
                pool.close()

        def abandon(self, *, busy: bool) -> None:
            """Close the connections without the pools' locks (an interrupt may have left one
            held): the idle ones, and with `busy` every one."""
            for pool in list(self.pools.values()):
                for connection in pool.connections:
                    if busy or connection.is_idle():
                        with contextlib.suppress(Exception):
                            connection.close()

    return DeadlineTransport()


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
