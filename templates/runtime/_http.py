"""The HTTP connections of a client: who owns them, where they may be used, how long an attempt lasts.

`HttpPool` hands out the httpx client a call sends through. An SDK-owned pool is

- built lazily, once, even when threads race the first call;
- never shared across `os.fork()`: a child process (multiprocessing, gunicorn `--preload`,
  Celery prefork) builds its own, and leaves the parent's connections to the parent;
- per event loop for async: a client used under a second `asyncio.run()` (or a test
  framework's loop per test) builds a fresh pool for that loop.

A user's `http_client` is used as it is; what would cross its responses (a pool used in the
parent and then in a forked child, or on an event loop that has closed) is a RuntimeError
before anything is sent.

Deadlines: an attempt may take at most twice its timeout, whatever the peer does. httpx's
timeouts bound each socket operation, so a peer that trickles a byte at a time never trips
them. The SDK's own sync pool therefore reads through `DeadlineTransport`, whose sockets clamp
every read and write to what is left of the attempt, directly or through the proxy the
environment names (`_proxies.py`: httpcore's proxies on the same sockets); async attempts run
in an anyio cancel scope; and every response body is read through `BodyStream`, which checks
the deadline between chunks (the bound that remains for a user's own sync client, whose
sockets are not ours).

Redirects are never followed, whatever a user's client says: a 3xx is the attempt's answer
(`_policy.py` decides what it means), and no other host receives the body or the key.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import threading
import time
import weakref
import zlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Final

import httpx

from . import _logs
from ._proxies import SOCKS_SCHEMES, EnvironmentProxies, environment_proxies

if TYPE_CHECKING:
    import asyncio

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("klarna_payments_deadline", default=None)


class AttemptProgress:
    """How far one attempt got, for what an interrupt (any BaseException that is not an
    Exception: KeyboardInterrupt, a soft time limit, a cancellation) leaves behind: whether the
    request began to go out, and the SDK's own sockets it used (closed if it is interrupted, so
    that no half-written connection is used again)."""

    __slots__ = ("sent", "streams")

    def __init__(self) -> None:
        self.sent = False
        self.streams: list[Any] = []

    def close_streams(self) -> None:
        for stream in self.streams:
            with contextlib.suppress(Exception):
                stream.close()


_progress: contextvars.ContextVar[AttemptProgress | None] = contextvars.ContextVar(
    "klarna_payments_attempt", default=None
)


class Clock:
    """Time as the send loop sees it: monotonic time, the wall clock (Retry-After dates), sleeping.

    Replaceable per pool (`HttpPool.clock`), so tests and the test fake never really wait.
    """

    monotonic: Callable[[], float] = staticmethod(time.monotonic)
    now: Callable[[], float] = staticmethod(time.time)
    sleep: Callable[[float], None] = staticmethod(time.sleep)

    async def asleep(self, seconds: float) -> None:
        import anyio  # here, not at the top: sync users never pay for importing the async stack

        await anyio.sleep(seconds)


def _clamped(timeout: float | None, expired: type[Exception]) -> float | None:
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise expired("the attempt's deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


def deadline_for(timeout: httpx.Timeout | None) -> float | None:
    """Seconds an attempt may take: twice its largest timeout, or None when it has none."""
    if timeout is None:
        return None
    parts = [part for part in (timeout.connect, timeout.read, timeout.write, timeout.pool) if part is not None]
    return 2 * max(parts) if parts else None


# --------------------------------------------------------------------------------------------
# Response bodies

# Content codings the SDK decodes itself (and asks for: `Accept-Encoding`), so that decoding is
# bounded like reading: httpx's decoders inflate a whole chunk at once, and 64 KiB of gzip can
# inflate to 64 MiB.
ACCEPT_ENCODING: Final = "gzip, deflate"
_WBITS: Final = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
TRUNCATED: Final = "klarna_truncated"  # response extension: the body was cut at max_response_size
WRITTEN: Final = "klarna_written"  # response extension: the body went to the call's FileSink, not memory
TRUNCATED_AT: Final = "klarna_truncated_at"  # response extension: the bytes of a written body read before the cut
UNDECODABLE: Final = "klarna_undecodable_encoding"  # response extension: the coding that failed


class BodyReader:
    """Reads one response body chunk by chunk: against the attempt's deadline, decoded as it
    arrives, and never more than `limit` decoded bytes (the rest is not read).

    When the body cannot be decoded (`Content-Encoding: gzip` on a plain body, an unknown
    coding), its raw bytes become the body, so that a created order's id is not lost to a
    gateway's mislabelled header.
    """

    def __init__(self, response: httpx.Response, deadline: float | None, limit: int, sink: Any = None) -> None:
        self.response, self.deadline, self.limit = response, deadline, limit
        # A successful body goes to the sink (a FileSink) as it arrives; an error body stays in memory.
        self.sink = sink if sink is not None and 200 <= response.status_code < 300 else None
        if self.sink is not None:
            self.sink.begin()
        codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        self.coding = ",".join(codings)
        self.undecodable = len(codings) > 1 or (bool(codings) and codings[0] not in _WBITS)
        self.decompressor = zlib.decompressobj(_WBITS[codings[0]]) if codings and not self.undecodable else None
        self.started = False
        self.raw: list[bytes] = []
        self.raw_size = 0
        self.body: list[bytes] = []
        self.size = 0

    @property
    def full(self) -> bool:
        return self.size > self.limit or (self.undecodable and self.raw_size > self.limit)

    def feed(self, chunk: bytes) -> bool:
        """Take one raw chunk; False once the body is over the limit (stop reading)."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise httpx.ReadTimeout("the attempt's deadline passed while the body was still arriving")
        if self.raw_size <= self.limit and self.sink is None:
            self.raw.append(chunk)
            self.raw_size += len(chunk)
        if self.undecodable and self.sink is not None:
            raise httpx.DecodingError(f"the body's Content-Encoding {self.coding!r} cannot be decoded")
        if self.undecodable:
            pass  # the raw bytes above are the body
        elif self.decompressor is None:
            self._keep(chunk)
        else:
            self._inflate(chunk)
        return not self.full

    def _keep(self, data: bytes) -> None:
        if self.sink is None:
            self.body.append(data)
        elif self.size + len(data) <= self.limit:
            self.sink.write(data)
        self.size += len(data)

    def _inflate(self, chunk: bytes) -> None:
        assert self.decompressor is not None
        data = chunk
        try:
            while data and self.size <= self.limit:
                self._keep(self.decompressor.decompress(data, self.limit - self.size + 1))
                data = self.decompressor.unconsumed_tail
        except zlib.error:
            if not self.started and self.coding == "deflate":  # raw deflate, without the zlib header
                self.decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
                self.started = True
                self.body, self.size = [], 0
                self._inflate(chunk)
                return
            self.undecodable = True
        self.started = True

    def preloaded(self) -> httpx.Response:
        """The response of a transport that answered with its body already read (httpx decoded
        it then; `MockTransport` does so): only the limit is left to apply."""
        if len(self.response.content) <= self.limit and self.sink is None:
            return self.response
        self.undecodable, self.decompressor = False, None
        self._keep(self.response.content)
        return self.result()

    def result(self) -> httpx.Response:
        """The response with its body read: decoded, or raw when undecodable, cut at the limit."""
        if self.decompressor is not None and not self.undecodable and not self.full:
            try:
                self._keep(self.decompressor.flush())
            except zlib.error:
                self.undecodable = True
        extensions = dict(self.response.extensions)
        if self.undecodable:
            content = b"".join(self.raw)
            extensions[UNDECODABLE] = self.coding
        else:
            content = b"".join(self.body)
        if len(content) > self.limit:
            content = content[: self.limit]
            extensions[TRUNCATED] = True
        if self.sink is not None:
            extensions[WRITTEN] = True
            if self.size > self.limit:
                extensions[TRUNCATED], extensions[TRUNCATED_AT] = True, self.limit
        read = httpx.Response(
            self.response.status_code, content=content, request=self.response.request, extensions=extensions
        )
        read.headers = self.response.headers  # as received (the body is already decoded)
        return read


def read_response(
    http: httpx.Client,
    request: httpx.Request,
    deadline: float | None,
    limit: int,
    transport: httpx.BaseTransport | None = None,
    sink: Any = None,
    progress: AttemptProgress | None = None,
) -> httpx.Response:
    """Send `request` and read its body, within `deadline` (a monotonic time) and `limit` bytes:
    through `transport` when the pool gives one (`HttpPool.sync_target`), else through `http`.
    `progress` learns how far it got (through the SDK's own sockets)."""
    token = _deadline.set(deadline)  # bounds the sockets of the SDK's own pool (DeadlineTransport)
    redacting = _logs.redacting(request)  # httpx's and httpcore's lines of this request
    progress = progress if progress is not None else AttemptProgress()
    tracking = _progress.set(progress)
    try:
        if transport is None:
            response = http.send(request, stream=True, follow_redirects=False)
        else:
            response = transport.handle_request(request)
            response.request = request
        try:
            reader = BodyReader(response, deadline, limit, sink)
            if response.is_stream_consumed:
                return reader.preloaded()
            for chunk in response.iter_raw():
                if not reader.feed(chunk):
                    break
            return reader.result()
        finally:
            response.close()
    except BaseException as interrupt:
        if not isinstance(interrupt, Exception):
            progress.close_streams()  # its connection may be half-written: never used again
        raise
    finally:
        _deadline.reset(token)
        _logs.REDACTED.reset(redacting)
        _progress.reset(tracking)


async def aread_response(
    http: httpx.AsyncClient,
    request: httpx.Request,
    deadline: float | None,
    limit: int,
    transport: httpx.AsyncBaseTransport | None = None,
    sink: Any = None,
    progress: AttemptProgress | None = None,
) -> httpx.Response:
    """The async twin of `read_response`: the whole attempt runs in a cancel scope."""
    import anyio

    progress = progress if progress is not None else AttemptProgress()

    async def trace(event: str, info: object) -> None:
        if event.endswith("send_request_headers.started"):
            progress.sent = True

    request.extensions["trace"] = trace
    scope = anyio.fail_after(max(deadline - time.monotonic(), 0)) if deadline is not None else contextlib.nullcontext()
    redacting = _logs.redacting(request)
    try:
        with scope:
            if transport is None:
                response = await http.send(request, stream=True, follow_redirects=False)
            else:
                response = await transport.handle_async_request(request)
                response.request = request
            try:
                reader = BodyReader(response, deadline, limit, sink)
                if response.is_stream_consumed:
                    return reader.preloaded()
                async for chunk in response.aiter_raw():
                    if not reader.feed(chunk):
                        break
                return reader.result()
            finally:
                await response.aclose()
    except TimeoutError:
        # Cancelled by the deadline: after the request went out it may have been executed.
        if progress.sent:
            raise httpx.ReadTimeout("the attempt's deadline passed", request=request) from None
        raise httpx.PoolTimeout("the attempt's deadline passed before the request was sent", request=request) from None
    finally:
        _logs.REDACTED.reset(redacting)


# --------------------------------------------------------------------------------------------
# The SDK's own sync transport: httpcore with deadline-clamped sockets


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


def _used(stream: Any, *, sending: bool) -> None:
    """Record that the attempt in progress uses `stream` (and, writing, that it began to send)."""
    progress = _progress.get()
    if progress is not None:
        if stream not in progress.streams:
            progress.streams.append(stream)
        progress.sent = progress.sent or sending


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
            _used(self, sending=False)
            return self.inner.read(max_bytes, _clamped(timeout, httpcore.ReadTimeout))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            _used(self, sending=True)
            self.inner.write(buffer, _clamped(timeout, httpcore.WriteTimeout))

        def close(self) -> None:
            self.inner.close()

        def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
            return DeadlineStream(
                self.inner.start_tls(ssl_context, server_hostname, _clamped(timeout, httpcore.ConnectTimeout))
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
            timeout = _clamped(timeout, httpcore.ConnectTimeout)
            return DeadlineStream(self.inner.connect_tcp(host, port, timeout, local_address, socket_options))

        def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Any = None
        ) -> httpcore.NetworkStream:
            timeout = _clamped(timeout, httpcore.ConnectTimeout)
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


# --------------------------------------------------------------------------------------------
# Requests


_NO_TIMEOUT: Final = httpx.Timeout(None).as_dict()


class SdkRequest(httpx.Request):
    """A request the SDK sends: httpx's, but its repr shows the URL with every secret path
    value elided (an authorization token is a bearer of money), since the request is a local of
    the frames an error tracker captures and an attribute of the errors it records. `secrets`
    are those values as the URL carries them, for `_logs.redacting`."""

    shown_url: str = ""
    secrets: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"<Request({self.method!r}, {self.shown_url!r})>"


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    direct: bool,
    method: str,
    url: str,
    *,
    params: tuple[tuple[str, str], ...],
    headers: dict[str, str],
    content: bytes | None,
    timeout: httpx.Timeout | None,
    shown_url: str = "",
    secrets: tuple[str, ...] = (),
) -> httpx.Request:
    """The request of a call. Through a user's client, its `build_request` (its base URL,
    headers, cookies and params apply). Through the SDK's own (`direct`), the request alone:
    that client adds nothing the SDK does not set itself, and httpx's merging of defaults was
    the largest fixed cost of a call. The timeout travels in the request, where httpx's own
    client puts it. Either way an `SdkRequest`, showing `shown_url` (`url` by default)."""
    request: httpx.Request
    if not direct:
        request = http.build_request(
            method, url, params=params or None, headers=headers, content=content, timeout=timeout
        )
        if type(request) is httpx.Request:  # the same object, with the SDK's repr (a subclass adding no state)
            request.__class__ = SdkRequest
    else:
        target = httpx.URL(url, params=params) if params else url
        extensions = {"timeout": timeout.as_dict() if timeout is not None else _NO_TIMEOUT}
        request = SdkRequest(method, target, headers=headers, content=content, extensions=extensions)
    if isinstance(request, SdkRequest):
        request.shown_url, request.secrets = shown_url or url, secrets
    return request


# --------------------------------------------------------------------------------------------
# Ownership


_pools: Final[weakref.WeakSet[HttpPool]] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for pool in list(_pools):
        pool.forked()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


class HttpPool:
    """The httpx clients one SDK client (and its `with_options` copies) sends through."""

    def __init__(
        self,
        *,
        owner: str,
        user_client: httpx.Client | httpx.AsyncClient | None = None,
        verify: Any = True,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.owner = owner  # the SDK class, for messages
        self.clock = Clock()
        self.closed = False
        self._user = user_client
        self._settings = {"verify": verify, **(httpx_args or {})}
        # Read (and checked) now, as httpx reads them when it builds a client: a proxy setting
        # the SDK cannot use is a ValueError at construction, not at the first call.
        self._proxies = environment_proxies() if user_client is None and _trusts_environment(self._settings) else None
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._sync_transport: httpx.BaseTransport | None = None  # see sync_target
        self._retired: list[Any] = []  # transports an interrupt left behind (see interrupted)
        self._async: weakref.WeakKeyDictionary[object, httpx.AsyncClient] = weakref.WeakKeyDictionary()
        self._async_transports: weakref.WeakKeyDictionary[object, httpx.AsyncBaseTransport] = (
            weakref.WeakKeyDictionary()
        )
        self._user_used_before_fork = False
        self._user_used_here = False
        self._user_loop: weakref.ref[Any] | None = None
        _pools.add(self)

    def forked(self) -> None:
        """In a forked child: forget the parent's connections (never close them: they are its)."""
        self._lock = threading.Lock()
        self._sync, self._sync_transport, self._retired = None, None, []
        self._async, self._async_transports = weakref.WeakKeyDictionary(), weakref.WeakKeyDictionary()
        self._user_used_before_fork = self._user_used_before_fork or self._user_used_here
        self._user_used_here = False

    def _check_open(self) -> None:
        if self.closed:
            raise RuntimeError(f"This {self.owner} is closed: create a new one (a client is reusable until closed).")

    @property
    def user_client(self) -> httpx.Client | httpx.AsyncClient | None:
        """The user's `http_client` this pool sends through, if any."""
        return self._user

    def _user_client(self) -> Any:
        if self._user_used_before_fork:
            raise RuntimeError(
                f"The http_client given to {self.owner} was used in the parent process before this process forked; "
                "its connections belong to the parent. Create the http_client (and the SDK client) in each process."
            )
        self._user_used_here = True
        return self._user

    def sync_client(self) -> httpx.Client:
        return self.sync_target()[0]

    def sync_target(self) -> tuple[httpx.Client, httpx.BaseTransport | None]:
        """The client a sync call goes through, and the transport under it when the client is
        the SDK's own and adds nothing to a request (no hooks, auth, cookies or redirects of a
        user's choosing): a call then sends through the transport directly."""
        self._check_open()
        if self._user is not None:
            if not isinstance(self._user, httpx.Client):
                raise TypeError(f"{self.owner} was given an httpx.AsyncClient; synchronous calls need an httpx.Client")
            return self._user_client(), None
        client = self._sync
        if client is None:
            with self._lock:
                client = self._sync
                if client is None:
                    client, self._sync_transport = self._new_sync_client()
                    self._sync = client
        return client, self._sync_transport

    def _direct_settings(self) -> dict[str, Any] | None:
        """The settings of an SDK-owned client that adds nothing to a request (`transport` among
        them when the caller chose one), or None when some setting needs httpx's client."""
        settings = dict(self._settings)
        if not set(settings) <= {"verify", "transport"}:
            return None
        return settings

    def _new_sync_client(self) -> tuple[httpx.Client, httpx.BaseTransport | None]:
        settings = self._direct_settings()
        if settings is None or ("transport" not in settings and not deadline_transport_supported()):
            return httpx.Client(**self._settings), None
        verify = settings.pop("verify", True)
        transport = settings.pop("transport", None) or deadline_transport(verify, self._proxies)
        return httpx.Client(transport=transport, trust_env=False, **settings), transport

    def async_client(self) -> httpx.AsyncClient:
        self._check_open()
        loop = _running_loop()
        if self._user is not None:
            if not isinstance(self._user, httpx.AsyncClient):
                raise TypeError(f"{self.owner} was given an httpx.Client; asynchronous calls need an httpx.AsyncClient")
            recorded = self._user_loop() if self._user_loop is not None else None
            # A loop that is gone (collected) has closed too: the client's connections died with it.
            gone = self._user_loop is not None and recorded is None
            if gone or (recorded is not None and recorded is not loop and getattr(recorded, "is_closed", bool)()):
                raise RuntimeError(
                    f"The http_client given to {self.owner} is bound to an event loop that has closed "
                    "(a previous asyncio.run()?). Create the httpx.AsyncClient inside the loop that uses it, "
                    "or let the SDK manage its connections (no http_client)."
                )
            if loop is not None:
                self._user_loop = weakref.ref(loop)
            return self._user_client()  # type: ignore[no-any-return]
        key = loop if loop is not None else self
        client = self._async.get(key)
        if client is None:
            with self._lock:
                client = self._async.get(key)
                if client is None:
                    client = self._async[key] = self._new_async_client(key)
        return client

    def async_target(self) -> tuple[httpx.AsyncClient, httpx.AsyncBaseTransport | None]:
        """The async twin of `sync_target`: the running loop's client, and its transport when
        a call may send through it directly."""
        client = self.async_client()
        if self._user is not None:
            return client, None
        loop = _running_loop()
        return client, self._async_transports.get(loop if loop is not None else self)

    def _new_async_client(self, key: object) -> httpx.AsyncClient:
        settings = self._direct_settings()
        if settings is None:
            return httpx.AsyncClient(**self._settings)
        verify = settings.pop("verify", True)
        transport = settings.pop("transport", None)
        if transport is None:
            proxies = self._proxies
            transport = (
                ProxyRouter(verify, proxies) if proxies else httpx.AsyncHTTPTransport(verify=verify, limits=POOL_LIMITS)
            )
        self._async_transports[key] = transport
        return httpx.AsyncClient(transport=transport, trust_env=False, **settings)

    def interrupted(self, transport: httpx.BaseTransport | None) -> None:
        """An attempt through the SDK's own sync `transport` was interrupted. httpcore's pool may
        hold a lock the interrupt left taken (it landed inside the lock's `__enter__`), which
        would hang every later call: the next call gets a new pool, and this one is retired, its
        idle connections closed now (the interrupted attempt's own were closed by
        `read_response`) and the rest, still in use by other threads, when the client closes."""
        if transport is None or transport is not self._sync_transport:
            return  # a user's transport, or one retired already
        self._sync, self._sync_transport = None, None
        self._retired.append(transport)
        transport.abandon(busy=False)  # type: ignore[attr-defined]

    def close(self) -> None:
        """Close the connections: the SDK's own, and a user's http_client given to it."""
        self.closed = True
        for retired in self._retired:
            retired.abandon(busy=True)
        self._retired.clear()
        if self._sync is not None:
            self._sync.close()
        if isinstance(self._user, httpx.Client):
            self._user.close()

    async def aclose(self) -> None:
        """Close the connections of the running event loop (pools of closed loops are abandoned)."""
        self.closed = True
        loop = _running_loop()
        client = self._async.pop(loop if loop is not None else self, None)
        if client is not None:
            await client.aclose()
        if isinstance(self._user, httpx.AsyncClient):
            await self._user.aclose()


def _trusts_environment(settings: dict[str, Any]) -> bool:
    """Whether a client made with `settings` reads proxies from the environment (as httpx does
    unless told otherwise)."""
    return settings.get("trust_env", True) is not False and not {"transport", "proxy", "proxies", "mounts"} & set(
        settings
    )


def _running_loop() -> asyncio.AbstractEventLoop | None:
    """The running asyncio loop, or None under another async library (trio)."""
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


__all__ = [
    "ACCEPT_ENCODING",
    "TRUNCATED",
    "TRUNCATED_AT",
    "UNDECODABLE",
    "WRITTEN",
    "AttemptProgress",
    "BodyReader",
    "Clock",
    "HttpPool",
    "SdkRequest",
    "aread_response",
    "build_request",
    "deadline_for",
    "read_response",
]
