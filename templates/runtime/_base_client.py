"""The SDK clients, and the entry points every generated call goes through.

A call is prepared once (`_prepare.py`: path, body, headers, idempotency key, timeout,
retries; every check that needs no network fails there), sent by one of two short loops
(`_send.py`) that only perform attempts and wait, with what each attempt means decided by the
retry and outcome policy (`_policy.py`), and finished (`_response.py`: the model, `None`, a
`RawResponse`, or a typed error). This module holds the clients that own a configuration and
its connections, and the entry points `call` / `acall` / `call_detailed` / `acall_detailed` /
`download` / `adownload`, which the generated methods pass the operation (`_spec.CREATE_ORDER`)
and which put the steps together, inside the call's OpenTelemetry span when the application
uses OpenTelemetry (`_telemetry.py`).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, Self, TypeVar

import httpx

from . import _logs
from ._config import (
    DEFAULT_MAX_DOWNLOAD_SIZE,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    ClientConfig,
    NotGiven,
    TimeoutTypes,
    checked_flag,
    checked_headers,
    checked_retries,
    checked_size,
    checked_timeout,
    checked_tls,
    client_verifies_tls,
    resolve_authorization,
    resolve_base_url,
)
from ._http import Clock, HttpPool
from ._policy import Sent
from ._prepare import NO_BODY, Prepared, idempotency_key, path_values_of, prepare
from ._response import RawResponse, async_to_raw_response_wrapper, detailed, finish, parse, to_raw_response_wrapper
from ._schema import Operation
from ._send import asend, send
from ._spec import Environment, Region

if TYPE_CHECKING:
    from ._telemetry import CallTelemetry
    from .types import Response

__all__ = [
    "NOT_GIVEN",
    "AsyncAPIClient",
    "BaseClient",
    "NotGiven",
    "RawResponse",
    "SyncAPIClient",
    "TimeoutTypes",
    "async_to_raw_response_wrapper",
    "idempotency_key",
    "to_raw_response_wrapper",
]


ResourceT = TypeVar("ResourceT")


class BaseClient:
    """What KlarnaPayments, AsyncKlarnaPayments and AuthenticatedClient share: a configuration
    (`ClientConfig`, immutable) and the connections it is sent through (`HttpPool`)."""

    _config: ClientConfig
    _pool: HttpPool
    _owns_pool: bool

    def _setup(self, config: ClientConfig, pool: HttpPool, *, owns_pool: bool = True) -> None:
        self._config, self._pool, self._owns_pool = config, pool, owns_pool
        self._resources: dict[Callable[[BaseClient], Any], Any] = {}

    def _resource(self, resource_class: Callable[[BaseClient], ResourceT]) -> ResourceT:
        """The resource object of a tag (`klarna.orders`), made once per client."""
        resource: ResourceT | None = self._resources.get(resource_class)
        if resource is None:
            resource = self._resources[resource_class] = resource_class(self)
        return resource

    def _copy(self, config: ClientConfig, pool: HttpPool | None = None) -> Self:
        """A client of the same class with `config`, sending through the same connections
        (which stay this client's to close), or through `pool`, which the copy owns."""
        if pool is not None:
            pool.clock = self._pool.clock
        copy = object.__new__(type(self))
        copy._setup(config, pool or self._pool, owns_pool=pool is not None)
        return copy

    @property
    def base_url(self) -> str:
        """Where requests go: one of Klarna's six servers, or the `base_url` given."""
        return self._config.base_url

    @property
    def timeout(self) -> httpx.Timeout | None:
        """The timeout of each attempt (None: none); an attempt may take at most twice it."""
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        """How often a failed attempt is retried."""
        return self._config.max_retries

    @property
    def region(self) -> str | None:
        """`eu`, `na` or `oc`; None for a `base_url` that is not one of Klarna's servers."""
        return self._config.region

    @property
    def environment(self) -> str | None:
        """`playground` or `production`; None for a `base_url` that is not one of Klarna's servers."""
        return self._config.environment

    def __repr__(self) -> str:
        config = self._config
        return (
            f"{type(self).__name__}(base_url={config.base_url!r}, timeout={config.timeout!r}, "
            f"max_retries={config.max_retries}, preflight={config.preflight})"
        )


class SyncLifetime(BaseClient):
    """`close()` and `with`: a client whose synchronous connections are its own to close."""

    def close(self) -> None:
        """Close the connections (also a user's ``http_client``); a copy made by
        ``with_options`` leaves them to the client it was made from."""
        if self._owns_pool:
            self._pool.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.close()


class AsyncLifetime(BaseClient):
    """`async with`: a client whose connections of the running event loop are its own to close."""

    async def _close_async_pool(self) -> None:
        if self._owns_pool:
            await self._pool.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self._close_async_pool()


HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)


class _KlarnaClient(BaseClient, Generic[HttpClientT]):
    _http_client_type: type[httpx.Client] | type[httpx.AsyncClient]

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        region: Region | None = None,
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: HttpClientT | None = None,
        preflight: bool = True,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        max_download_size: int = DEFAULT_MAX_DOWNLOAD_SIZE,
        allow_unverified_tls: bool = False,
    ) -> None:
        """Configure a client (the public classes document it; their `__init__` calls this)."""
        _logs.configure_from_environment()
        if http_client is not None and not isinstance(http_client, self._http_client_type):
            raise TypeError(
                f"http_client must be an {self._http_client_type.__module__}.{self._http_client_type.__name__}, "
                f"not {type(http_client).__name__}"
            )
        authorization, key_environment = resolve_authorization(username, password, api_key)
        url, chosen_region, chosen_environment = resolve_base_url(base_url, region, environment, key_environment)
        config = ClientConfig(
            base_url=url,
            authorization=authorization,
            authorization_header="Authorization",
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else checked_timeout(timeout),
            max_retries=checked_retries(max_retries),
            headers=checked_headers(default_headers or {}, "default_headers"),
            preflight=checked_flag(preflight, "preflight"),
            max_response_size=checked_size(max_response_size),
            max_download_size=checked_size(max_download_size, "max_download_size"),
            region=chosen_region,
            environment=chosen_environment,
            production="production" in (key_environment, chosen_environment, environment),
            allow_unverified_tls=allow_unverified_tls,
        )
        self._check_tls(config, http_client)
        self._setup(config, HttpPool(owner=type(self).__name__, user_client=http_client))

    def _check_tls(self, config: ClientConfig, http_client: HttpClientT | None) -> None:
        if http_client is not None:
            checked_tls(
                client_verifies_tls(http_client),
                "http_client",
                production=config.production,
                allow_unverified_tls=config.allow_unverified_tls,
                owner=type(self).__name__,
            )

    def with_options(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        http_client: HttpClientT | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        preflight: bool | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
        max_download_size: int | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with some options changed.

        New credentials (``username`` and ``password``, or ``api_key``) send through the same
        connections: one pool for several Klarna merchant ids (one per market, say). A new
        ``base_url`` or ``http_client`` needs other connections: the copy makes (or takes) its
        own, and closing the copy closes them. Otherwise closing the copy leaves the
        connections open: they stay this client's to close. ``default_headers`` are added to
        the current ones. Every value is checked as the constructor checks it.
        """
        config = self._config.evolve(
            timeout=timeout,
            max_retries=max_retries,
            headers=default_headers,
            preflight=preflight,
            max_response_size=max_response_size,
            max_download_size=max_download_size,
        )
        key_environment = None
        if username is not None or password is not None or api_key is not None:
            authorization, key_environment = resolve_authorization(username, password, api_key)
            config = config.replace(authorization=authorization)
        if base_url is not None or key_environment is not None:
            environment = None if key_environment else config.environment
            url, region, chosen = resolve_base_url(base_url or config.base_url, None, environment, key_environment)
            production = "production" in (key_environment, chosen) or (config.production and not key_environment)
            config = config.replace(base_url=url, region=region, environment=chosen, production=production)
        if http_client is not None and not isinstance(http_client, self._http_client_type):
            raise TypeError(
                f"http_client must be an {self._http_client_type.__name__}, not {type(http_client).__name__}"
            )
        pool = None
        if http_client is not None or (base_url is not None and config.base_url != self._config.base_url):
            pool = HttpPool(owner=type(self).__name__, user_client=http_client)
        self._check_tls(config, (pool or self._pool).user_client)  # type: ignore[arg-type]
        return self._copy(config, pool)


class SyncAPIClient(_KlarnaClient[httpx.Client], SyncLifetime):
    """The synchronous client's runtime half; `KlarnaPayments` adds a property per resource."""

    _http_client_type = httpx.Client


class AsyncAPIClient(_KlarnaClient[httpx.AsyncClient], AsyncLifetime):
    """The asynchronous client's runtime half; `AsyncKlarnaPayments` adds a property per resource."""

    _http_client_type = httpx.AsyncClient

    async def close(self) -> None:
        """Close the connections of the running event loop (also a user's ``http_client``)."""
        await self._close_async_pool()


def use_clock(client: BaseClient, clock: Clock) -> None:
    """Make `client` (and its copies) read time and sleep through `clock` (tests, the fake)."""
    client._pool.clock = clock


# --------------------------------------------------------------------------------------------
# Entry points of the generated code


_observe: Callable[[Operation, str], CallTelemetry | None] | None = None  # `_telemetry.telemetry`, once loaded
_UNOBSERVED: Final = contextlib.nullcontext()  # no span, no duration: stateless, so one serves every call


def _observed(client: BaseClient, operation: Operation) -> CallTelemetry | contextlib.nullcontext[None]:
    """What a call runs inside: its span and duration when OpenTelemetry is in use (entered, the
    `CallTelemetry` the send loop reports to), else a context that does nothing (entered, None).
    Setting a provider imports `opentelemetry`, so without it in `sys.modules` there is nothing
    to record, and nothing loads."""
    global _observe
    if "opentelemetry" not in sys.modules:
        return _UNOBSERVED
    observe = _observe
    if observe is None:
        from ._telemetry import telemetry

        observe = _observe = telemetry
    observed = observe(operation, client._config.base_url)
    return _UNOBSERVED if observed is None else observed


def call(
    client: BaseClient, operation: Operation, path_values: tuple[object, ...], body: object = NO_BODY, **options: Any
) -> Any:
    path_values = path_values_of(operation, path_values)  # a frame local: its repr hides secrets
    with _observed(client, operation) as observed:
        prepared = prepare(client._config, operation, path_values, body, **options)
        return finish(operation, send(client._pool, operation, prepared, observed))


async def acall(
    client: BaseClient, operation: Operation, path_values: tuple[object, ...], body: object = NO_BODY, **options: Any
) -> Any:
    path_values = path_values_of(operation, path_values)  # a frame local: its repr hides secrets
    with _observed(client, operation) as observed:
        prepared = prepare(client._config, operation, path_values, body, **options)
        return finish(operation, await asend(client._pool, operation, prepared, observed))


def download(
    client: BaseClient,
    operation: Operation,
    path_values: tuple[object, ...],
    path: str | os.PathLike[str],
    **options: Any,
) -> Path:
    """A call whose successful body goes to the file at `path` as it arrives (`*_to_file` methods);
    the file is replaced only by a whole body, and left as it was when the call fails."""
    path_values = path_values_of(operation, path_values)  # a frame local: its repr hides secrets
    with _observed(client, operation) as observed:
        prepared = prepare(client._config, operation, path_values, download_to=path, **options)
        try:
            return _committed(operation, prepared, send(client._pool, operation, prepared, observed))
        finally:
            _discarded(prepared)


async def adownload(
    client: BaseClient,
    operation: Operation,
    path_values: tuple[object, ...],
    path: str | os.PathLike[str],
    **options: Any,
) -> Path:
    path_values = path_values_of(operation, path_values)  # a frame local: its repr hides secrets
    with _observed(client, operation) as observed:
        prepared = prepare(client._config, operation, path_values, download_to=path, **options)
        try:
            return _committed(operation, prepared, await asend(client._pool, operation, prepared, observed))
        finally:
            _discarded(prepared)


def _committed(operation: Operation, prepared: Prepared, sent: Sent) -> Path:
    parse(operation, sent)  # the typed error, or ResponseValidationError for a body past the limit
    assert prepared.sink is not None
    return prepared.sink.commit()


def _discarded(prepared: Prepared) -> None:
    if prepared.sink is not None:  # after a commit, nothing is left to discard
        prepared.sink.discard()


def call_detailed(
    client: BaseClient, operation: Operation, path_values: tuple[object, ...], body: object = NO_BODY, **options: Any
) -> Response[Any]:
    path_values = path_values_of(operation, path_values)  # a frame local: its repr hides secrets
    with _observed(client, operation) as observed:
        prepared = prepare(client._config, operation, path_values, body, **options)
        return detailed(operation, send(client._pool, operation, prepared, observed))


async def acall_detailed(
    client: BaseClient, operation: Operation, path_values: tuple[object, ...], body: object = NO_BODY, **options: Any
) -> Response[Any]:
    path_values = path_values_of(operation, path_values)  # a frame local: its repr hides secrets
    with _observed(client, operation) as observed:
        prepared = prepare(client._config, operation, path_values, body, **options)
        return detailed(operation, await asend(client._pool, operation, prepared, observed))
