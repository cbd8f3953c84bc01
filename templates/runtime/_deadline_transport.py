"""The deadline transport: the SDK's own sync transport over httpcore, whose sockets clamp every
connect, read and write to what is left of the attempt (`_deadlines.py`), directly or through
the proxy the environment names, with a pool lock an interrupt cannot leave held.

It imports httpcore at its top, so it is itself imported only when the SDK builds a sync pool
of its own (`_transport.deadline_transport`), never by `import klarna_payments`.
What it relies on in httpcore (the classes it subclasses and the signatures it overrides, the
keywords it passes, the exceptions it maps, the pool's lock attributes) is pinned by
`tests/runtime/test_httpcore_api.py`, on the lowest and the newest httpcore the package allows.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any, Final

import httpcore
import httpx

from ._deadlines import clamped, used
from ._proxies import SOCKS_SCHEMES, EnvironmentProxies

__all__ = [
    "HTTPCORE_EXCEPTIONS",
    "POOL_LOCK_ATTRIBUTES",
    "DeadlineBackend",
    "DeadlineStream",
    "DeadlineTransport",
    "ResponseStream",
]

# httpcore's errors as httpx's of the same name (as httpx's own transport maps them); the most
# specific first: `_as_httpx_errors` takes the first class that matches.
HTTPCORE_EXCEPTIONS: Final[dict[type[Exception], type[httpx.RequestError]]] = {
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

# httpcore's sync pool guards its state with a Python-level lock wrapper (`_optional_thread_lock`
# in httpcore 1.x, `_pool_lock` in 0.18), entered as `with lock:`. An interrupt raised between
# the wrapper's `acquire()` and its `return` leaves the lock held, and httpcore's own handler of
# that very interrupt then waits for it forever. A bare `threading.Lock` is entered in C, which
# a signal handler cannot split; the pool uses nothing of the lock but `with`.
POOL_LOCK_ATTRIBUTES: Final = ("_optional_thread_lock", "_pool_lock")


@contextlib.contextmanager
def _as_httpx_errors(request: httpx.Request) -> Iterator[None]:
    try:
        yield
    except Exception as error:
        mapped = next((to for origin, to in HTTPCORE_EXCEPTIONS.items() if isinstance(error, origin)), None)
        if mapped is None:
            raise
        raise mapped(str(error), request=request) from error


def _interrupt_safe(pool: Any) -> Any:
    """`pool` (an httpcore pool or proxy) with its lock replaced by one an interrupt cannot leak."""
    for name in POOL_LOCK_ATTRIBUTES:
        if hasattr(pool, name):
            setattr(pool, name, threading.Lock())
    return pool


def _core_url(url: httpx.URL) -> httpcore.URL:
    return httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path)


class DeadlineStream(httpcore.NetworkStream):
    """A socket whose every operation is bounded by what is left of the attempt."""

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
    """httpcore's sync backend, its connections made within the attempt's deadline and wrapped
    in `DeadlineStream`."""

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
    """An httpcore response body as httpx reads it, its errors as httpx's."""

    def __init__(self, inner: Any, request: httpx.Request) -> None:
        self.inner, self.request = inner, request

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx_errors(self.request):
            yield from self.inner

    def close(self) -> None:
        self.inner.close()


class DeadlineTransport(httpx.BaseTransport):
    """httpx's own transport, reduced to what the SDK uses, on a deadline-aware backend: one
    httpcore pool for direct connections, one per proxy of the environment (made on first use),
    each sized by `limits`."""

    def __init__(self, verify: Any, proxies: EnvironmentProxies | None, limits: httpx.Limits) -> None:
        self.proxies = proxies
        self.sizes: dict[str, Any] = {
            "max_connections": limits.max_connections,
            "max_keepalive_connections": limits.max_keepalive_connections,
            "keepalive_expiry": limits.keepalive_expiry,
        }
        self.ssl_context = httpx.create_ssl_context(verify=verify)
        self.backend = DeadlineBackend()
        self.pools: dict[httpx.Proxy | None, Any] = {
            None: _interrupt_safe(
                httpcore.ConnectionPool(ssl_context=self.ssl_context, network_backend=self.backend, **self.sizes)
            )
        }
        self.lock = threading.Lock()

    def _pool(self, url: httpx.URL) -> Any:
        proxy = self.proxies.for_url(url) if self.proxies else None
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
                **self.sizes,
            )
        return httpcore.HTTPProxy(
            proxy_url=_core_url(proxy.url),
            proxy_auth=proxy.raw_auth,
            proxy_headers=proxy.headers.raw,
            ssl_context=self.ssl_context,
            proxy_ssl_context=proxy.ssl_context,
            network_backend=self.backend,
            **self.sizes,
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
