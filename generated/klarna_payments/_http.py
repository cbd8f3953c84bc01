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

Deadlines: an attempt may take at most twice its timeout, whatever the peer does
(`_deadlines.py`). httpx's timeouts bound each socket operation, so a peer that trickles a byte
at a time never trips them. The SDK's own sync pool therefore reads through the deadline
transport (`_deadline_transport.py`), whose sockets clamp every read and write to what is left
of the attempt, directly or through the proxy the environment names (`_proxies.py`); async
attempts run in an anyio cancel scope; and every response body is read through `_bodies.BodyReader`,
which checks the deadline between chunks (the bound that remains for a user's own sync client,
whose sockets are not ours). An interrupted attempt retires the SDK's sync pool
(`HttpPool.interrupted`).

Redirects are never followed, whatever a user's client says: a 3xx is the attempt's answer
(`_policy.py` decides what it means), and no other host receives the body or the key.
"""

from __future__ import annotations

import os
import threading
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

import httpx

from ._proxies import environment_proxies
from ._transport import POOL_LIMITS, ProxyRouter, deadline_transport, deadline_transport_supported

if TYPE_CHECKING:
    import asyncio


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


__all__ = ["Clock", "HttpPool", "SdkRequest", "build_request"]
