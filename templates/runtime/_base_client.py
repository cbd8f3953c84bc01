"""The SDK runtime every call goes through.

A call is prepared once (`prepare`: path, body, headers, idempotency key, timeout, retries;
every check that needs no network fails here), sent by one of two short loops (`send`,
`asend`) that only perform attempts and wait, and finished (`finish`: the model, `None`, a
`RawResponse`, or a typed error). What to do after each attempt is decided by
`after_attempt`, from pure functions: `maybe_executed`, `should_retry`, `retry_delay`.

Outcome certainty, for every operation with an effect (`create_order`, `purchase_token`,
`cancel_authorization`): an attempt *may have been executed* when it timed out while reading or
writing, lost its connection after sending (the client closed under it included), or got 500,
502, 504, another 5xx, or a 503 *without* `Retry-After` (a proxy or sidecar in front of Klarna
answers 503 when the upstream connection breaks after forwarding); it was *not executed* when it
never connected, or got 408, 429, a 503 with `Retry-After`, or a 4xx. Once any attempt may have
been executed, a call that ends without success raises `OutcomeUnknownError`: a later 403
"already consumed" or 404 cannot prove that the first attempt did nothing. A caller-keyed
repeat (`idempotency_key=` given) that meets 403 "already consumed" raises it too: something
was created for the authorization, perhaps by the earlier call. For the DELETE, a 404 "Invalid
authorization token" after such an attempt means the work is done, and the call succeeds.
Any 2xx is a success (a creating call's 201 included).

Nothing secret in a frame: the request headers live in `HeaderValues`, whose repr shows names
only, and an httpx error becomes a cause without its traceback (httpcore's frames hold the raw
request bytes), so an error tracker capturing frame locals never sees the credential.
"""

from __future__ import annotations

import contextvars
import functools
import logging
import sys
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any, Final, Generic, Literal, ParamSpec, Self, TypeVar
from urllib.parse import quote

import httpx

from . import _logs
from ._config import (
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
    resolve_authorization,
    resolve_base_url,
)
from ._decoding import DecodeProblem, decode
from ._http import ACCEPT_ENCODING, TRUNCATED, Clock, HttpPool, aread_response, deadline_for, read_response
from ._schema import Operation
from ._spec import CORRELATION_ID_HEADER, IDEMPOTENCY_KEY_HEADER, OPERATIONS, VERSION, Environment, Region
from ._validation import NO_EXTRA_BODY, request_body
from .errors import (
    APIConnectionError,
    APITimeoutError,
    Attempt,
    KlarnaError,
    OutcomeUnknownError,
    ResponseValidationError,
    error_from_response,
)
from .types import Response

__all__ = [
    "NOT_GIVEN",
    "AsyncAPIClient",
    "BaseClient",
    "NotGiven",
    "RawResponse",
    "SyncAPIClient",
    "TimeoutTypes",
    "idempotency_key",
]

INITIAL_RETRY_DELAY: Final = 0.5  # seconds; doubled per retry
MAX_RETRY_DELAY: Final = 8.0  # cap of the exponential backoff
MAX_RETRY_AFTER: Final = 30.0  # longest server-requested wait honoured; longer ones are not slept
RETRYABLE_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})
# Answers that show the request was not executed (a 503 only with Retry-After: see above).
NOT_EXECUTED_STATUSES: Final = frozenset({408, 429})
MAX_PATH_SEGMENT: Final = 2048  # characters of an encoded path parameter; Klarna's tokens are ~36


class ClientClosed(httpx.TransportError):
    """The client (or its connections) was closed before this attempt could be sent."""


class ClosedInFlight(httpx.ReadError):
    """The client was closed while this attempt was in flight: the request may have been sent."""


# Exceptions raised before the request left this machine: nothing reached Klarna.
NOT_SENT_ERRORS: Final = (
    ClientClosed,
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
    httpx.ProxyError,
)
# Transport errors that another attempt cannot fix: the request itself is wrong.
NOT_RETRIED_ERRORS: Final = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, ClientClosed, ClosedInFlight)
# The model of each operation's success, for a 2xx the document does not list (a 201, say).
_SUCCESS_MODEL: Final = {
    name: operation.responses[min(operation.success_statuses)] if operation.success_statuses else None
    for name, operation in OPERATIONS.items()
}


# --------------------------------------------------------------------------------------------
# Clients


class BaseClient:
    """What KlarnaPayments, AsyncKlarnaPayments and AuthenticatedClient share: a configuration
    (`ClientConfig`, immutable) and the connections it is sent through (`HttpPool`)."""

    _config: ClientConfig
    _pool: HttpPool
    _owns_pool: bool

    def _setup(self, config: ClientConfig, pool: HttpPool, *, owns_pool: bool = True) -> None:
        self._config, self._pool, self._owns_pool = config, pool, owns_pool

    def _copy(self, config: ClientConfig) -> Self:
        """A client of the same class with `config`, sending through the same connections
        (which stay this client's to close)."""
        copy = object.__new__(type(self))
        copy._setup(config, self._pool, owns_pool=False)
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
            region=chosen_region,
            environment=chosen_environment,
        )
        self._setup(config, HttpPool(owner=type(self).__name__, user_client=http_client))

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        preflight: bool | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with some options changed, sharing its connections.

        ``default_headers`` are added to the current ones. Closing the copy leaves the
        connections open: they stay this client's to close.
        """
        return self._copy(
            self._config.evolve(
                timeout=timeout,
                max_retries=max_retries,
                headers=default_headers,
                preflight=preflight,
                max_response_size=max_response_size,
            )
        )


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
# Preparing a call


@functools.cache
def user_agent() -> str:
    import platform  # here, not at the top: `import klarna_payments` stays cheap

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"klarna-payments-python/{VERSION} python/{python} httpx/{httpx.__version__} ({platform.system()})"


def path_segment(name: str, value: object) -> str:
    """`value` percent-encoded as exactly one URL path segment; empty or blank is a ValueError.

    An empty segment would address a different resource (``.../authorizations/`` instead of
    ``.../authorizations/{token}``); ``/``, ``?``, ``#`` and dot segments must not change the path.
    """
    if not isinstance(value, str) or not value.strip():
        shown = repr(value) if len(repr(value)) <= 60 else f"a {type(value).__name__} of {len(value)} characters"  # type: ignore[arg-type]
        raise ValueError(f"Expected a non-empty str for `{name}` but received {shown}")
    encoded = quote(value, safe="")
    if len(encoded) > MAX_PATH_SEGMENT:
        raise ValueError(f"`{name}` is {len(value)} characters long; at most {MAX_PATH_SEGMENT} fit in the URL")
    return encoded.replace(".", "%2E") if encoded in {".", ".."} else encoded


def idempotency_key_value(key: str | uuid.UUID | None) -> str:
    """The key a call sends: the caller's (a UUID, as text or `uuid.UUID`), else a fresh UUID4."""
    if key is None:
        return str(uuid.uuid4())
    try:
        return str(key if isinstance(key, uuid.UUID) else uuid.UUID(key))
    except (ValueError, TypeError, AttributeError):
        raise ValueError(f"idempotency_key must be a UUID, not {key!r}") from None


# The namespace of `idempotency_key`: uuid5(NAMESPACE_URL, "https://pypi.org/project/klarna-payments/").
IDEMPOTENCY_NAMESPACE: Final = uuid.UUID("128afb86-9e9f-5cdf-8669-5347ac9090b5")


def idempotency_key(*parts: str) -> str:
    """A deterministic idempotency key: a UUIDv5 of your own identifiers.

    ``idempotency_key("shop-se", order_number)`` is the same on every call, in every process, so
    it can be stored with the order *before* the call and still be known after a crash, a
    redeploy or a double submit: repeating the call with it is what settles an unknown outcome.
    Use identifiers that name one intended effect (the shop and the order number; for a customer
    token, the subscription), never a timestamp.

    Raises:
        ValueError: No parts, or a part that is not a non-empty str.
    """
    if not parts:
        raise ValueError("idempotency_key() needs at least one identifier")
    for index, part in enumerate(parts):
        if not isinstance(part, str) or not part:
            raise ValueError(f"idempotency_key(): part {index} must be a non-empty str, not {type(part).__name__}")
    # Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
    name = "".join(f"{len(part)}:{part}" for part in parts)
    return str(uuid.uuid5(IDEMPOTENCY_NAMESPACE, name))


NO_BODY: Final = object()


class HeaderValues(dict[str, str]):
    """A request's headers. Its repr names the headers and hides their values (one of them is the
    credential): it is a local variable of the frames an error tracker captures."""

    def __repr__(self) -> str:
        return f"HeaderValues({', '.join(self)}; values hidden)"


@dataclass
class Prepared:
    """One logical call, ready to send: every attempt sends exactly this."""

    method: str
    url: str
    headers: HeaderValues = field(repr=False)
    content: bytes | None = field(repr=False)
    timeout: httpx.Timeout | None
    retries: int
    idempotency_key: str | None
    caller_key: bool  # the caller gave the key: this call may repeat an earlier one
    max_response_size: int


def prepare(
    client: BaseClient,
    operation: Operation,
    path_values: tuple[object, ...],
    body: object = NO_BODY,
    *,
    idempotency_key: str | uuid.UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> Prepared:
    """Everything a call needs, checked: nothing has been sent when this raises."""
    config = client._config
    path = operation.path.format(
        **{name: path_segment(name, value) for name, value in zip(operation.path_parameters, path_values, strict=True)}
    )
    headers = HeaderValues({"User-Agent": user_agent(), "Accept-Encoding": ACCEPT_ENCODING, **config.headers})
    if extra_headers:
        headers.update(checked_headers(extra_headers, "extra_headers"))
    headers[config.authorization_header] = config.authorization
    content = None
    if body is not NO_BODY:
        check_rules = config.preflight if isinstance(preflight, NotGiven) else checked_flag(preflight, "preflight")
        extra = NO_EXTRA_BODY if extra_body is None else extra_body
        content = request_body(operation, body, check_rules=check_rules, extra_body=extra)
        headers["Content-Type"] = "application/json"
    elif extra_body is not None:
        raise ValueError(f"{operation.name} sends no body: extra_body cannot be sent")
    key = None
    if operation.sends_idempotency_key:
        key = headers[IDEMPOTENCY_KEY_HEADER] = idempotency_key_value(idempotency_key)
    elif idempotency_key is not None:
        raise ValueError(f"{operation.name} takes no idempotency_key")
    return Prepared(
        method=operation.method,
        url=config.base_url + path,
        headers=headers,
        content=content,
        timeout=config.timeout if isinstance(timeout, NotGiven) else checked_timeout(timeout),
        retries=config.max_retries if isinstance(max_retries, NotGiven) else checked_retries(max_retries),
        idempotency_key=key,
        caller_key=idempotency_key is not None,
        max_response_size=config.max_response_size,
    )


# --------------------------------------------------------------------------------------------
# Retry policy and outcome certainty (pure functions; the loops below apply them)


def maybe_executed(response: httpx.Response | None, error: BaseException | None) -> bool:
    """Whether Klarna may have executed the attempt (see the module docstring)."""
    if response is not None:
        status = response.status_code
        if status == 503:
            return "retry-after" not in response.headers  # a service that asks for a wait turned it away
        return status >= 500 and status not in NOT_EXECUTED_STATUSES
    return not isinstance(error, NOT_SENT_ERRORS)


def should_retry(response: httpx.Response | None, error: BaseException | None) -> bool:
    """Connection errors and timeouts, 408, 429 and 5xx gateway errors are retried.

    Never 400/401/403/404/409 (at Klarna a 409 means the data does not match the session), nor
    a request httpx refused to send.
    """
    if response is not None:
        return response.status_code in RETRYABLE_STATUSES
    return isinstance(error, httpx.TransportError) and not isinstance(error, NOT_RETRIED_ERRORS)


def retry_after_seconds(headers: httpx.Headers, now: float) -> float | None:
    """The wait the server asked for (retry-after-ms, Retry-After, X-Ratelimit-Reset); None when
    it asked for none or for nothing usable."""
    import email.utils

    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0), ("x-ratelimit-reset", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value) * scale
        except ValueError:
            try:
                parsed = email.utils.parsedate_tz(value) if scale == 1.0 else None
                seconds = float(email.utils.mktime_tz(parsed)) - now if parsed else float("nan")
            except (ValueError, OverflowError, TypeError):
                seconds = float("nan")
        # Only a usable value counts: a negative, NaN or infinite one must not hide the next header.
        if 0 <= seconds < float("inf"):
            return seconds
    return None


def retry_delay(retries_taken: int, response: httpx.Response | None, *, now: float, jitter: float) -> float:
    """Seconds to wait before the next attempt.

    A server-requested wait within (0, MAX_RETRY_AFTER] is honoured exactly; a longer one is
    never slept (the capped backoff is used instead). Otherwise 0.5 s doubled per retry, at most
    8 s, minus `jitter` (0 to 1) times a quarter, so that clients do not retry in lockstep.
    """
    if response is not None:
        requested = retry_after_seconds(response.headers, now)
        if requested is not None and 0 < requested <= MAX_RETRY_AFTER:
            return requested
    backoff = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    return backoff * (1 - 0.25 * jitter)


def _detached(error: BaseException, headers: Mapping[str, str]) -> BaseException:
    """A copy of `error` to keep as a cause: its message without any request header value, and
    no traceback nor chain (httpx's and httpcore's frames hold the raw request, credential
    included, and trackers capture their locals)."""
    text = str(error)
    for value in headers.values():
        if len(value) >= 4:
            text = text.replace(value, "[redacted]").replace(repr(value.encode())[2:-1], "[redacted]")
    try:
        copy = type(error)(text)
    except TypeError:  # pragma: no cover - every httpx error takes a message
        copy = RuntimeError(text)
    copy.__suppress_context__ = True
    return copy


def connection_error(operation: Operation, error: BaseException, prepared: Prepared) -> APIConnectionError:
    """The APIConnectionError / APITimeoutError for an attempt that got no response."""
    cause = _detached(error, prepared.headers)
    reason = " ".join(str(cause).split())[:200] or "no details"
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if kind is APITimeoutError else "got no response"
    result = kind(
        f"{operation.name}: {what} ({type(error).__name__}: {reason})",
        request=_request_of(error),
        idempotency_key=prepared.idempotency_key,
    )
    result.__cause__ = cause
    return result


@dataclass
class Sent:
    """What a call ended with: its last response, and whether that is the call's success."""

    response: httpx.Response
    outcome: Literal["success", "settled", "failure"]  # settled: a DELETE whose 404 confirms the work
    idempotency_key: str | None
    retries_taken: int


def _says(response: httpx.Response, words: str) -> bool:
    """Whether Klarna's error body for `response` has a message containing `words`."""
    return any(words in message.lower() for message in error_from_response(response).error_messages)


@dataclass(repr=False)
class CallState:
    """What the attempts of one call have shown so far."""

    operation: Operation
    prepared: Prepared
    clock: Clock
    attempts: list[Attempt] = field(default_factory=list)
    maybe_executed: bool = False

    def __repr__(self) -> str:
        return f"CallState({self.operation.name}, attempts={self.attempts}, maybe_executed={self.maybe_executed})"

    def after_attempt(
        self, number: int, elapsed: float, response: httpx.Response | None, error: BaseException | None
    ) -> float | Sent:
        """The wait before the next attempt, or the call's end: a `Sent`, or a raised error."""
        operation, prepared = self.operation, self.prepared
        self.attempts.append(Attempt(response.status_code if response is not None else None, _name(error)))
        executed_before, self.maybe_executed = (
            self.maybe_executed,
            self.maybe_executed or maybe_executed(response, error),
        )
        status = response.status_code if response is not None else None
        if response is not None:
            if 200 <= response.status_code < 300:
                _logs.attempt(logging.DEBUG, operation, number, elapsed, response, None, "")
                return Sent(response, "success", prepared.idempotency_key, number - 1)
            if (
                status == 404
                and executed_before
                and operation.is_idempotent
                and _says(response, "invalid authorization")
            ):
                _logs.attempt(
                    logging.INFO, operation, number, elapsed, response, None, "done: an earlier attempt did the work"
                )
                return Sent(response, "settled", prepared.idempotency_key, number - 1)
        if number <= prepared.retries and should_retry(response, error):
            wait = retry_delay(number - 1, response, now=self.clock.now(), jitter=_jitter())
            _logs.attempt(logging.INFO, operation, number, elapsed, response, error, f"retrying in {wait:.2f}s")
            return wait
        _logs.attempt(logging.WARNING, operation, number, elapsed, response, error, "giving up")
        last_error: KlarnaError = (
            error_from_response(response) if response is not None else connection_error(operation, error, prepared)  # type: ignore[arg-type]
        )
        # A DELETE's 404 is a definite answer (it cannot be cancelled any more), whatever came before.
        ambiguous = self.maybe_executed and operation.has_effect and not (operation.is_idempotent and status == 404)
        consumed = (
            status == 403 and operation.creates is not None and response is not None and _says(response, "consumed")
        )
        if ambiguous or (consumed and prepared.caller_key):
            raise OutcomeUnknownError(
                operation.name,
                creates=operation.creates,
                idempotency_key=prepared.idempotency_key,
                attempts=self.attempts,
                last_error=last_error,
                correlation_id=last_error.correlation_id,
                consumed=consumed,
            ) from last_error
        if response is None:
            raise last_error from last_error.__cause__
        return Sent(response, "failure", prepared.idempotency_key, number - 1)


def _request_of(error: BaseException) -> httpx.Request | None:
    """The request an httpx error names; httpx raises RuntimeError when it names none."""
    try:
        request = error.request if isinstance(error, httpx.RequestError) else None
    except RuntimeError:
        return None
    return request


def _name(error: BaseException | None) -> str | None:
    return type(error).__name__ if error is not None else None


def _jitter() -> float:
    import random

    return random.random()


# --------------------------------------------------------------------------------------------
# Sending: two short loops


def _request(http: httpx.Client | httpx.AsyncClient, prepared: Prepared) -> httpx.Request:
    return http.build_request(
        prepared.method, prepared.url, headers=prepared.headers, content=prepared.content, timeout=prepared.timeout
    )


def _closed_error(http: httpx.Client | httpx.AsyncClient, request: httpx.Request, caught: Exception) -> httpx.HTTPError:
    """The httpx error for `caught`, raised by an attempt whose client was closed under it
    (httpx raises a bare RuntimeError then); anything else is raised as it is."""
    if isinstance(caught, httpx.HTTPError):
        return caught
    if not http.is_closed:
        raise caught
    return ClosedInFlight("the client was closed while the request was in flight", request=request)


def _not_sent(request: httpx.Request) -> ClientClosed:
    return ClientClosed("the client was closed before this attempt was sent", request=request)


def send(client: BaseClient, operation: Operation, prepared: Prepared) -> Sent:
    """Perform the attempts of one call, waiting between them; see `CallState.after_attempt`."""
    pool = client._pool
    http = pool.sync_client()
    request = _request(http, prepared)
    state = CallState(operation, prepared, pool.clock)
    deadline = deadline_for(prepared.timeout)
    for number in range(1, prepared.retries + 2):
        started = pool.clock.monotonic()
        response: httpx.Response | None = None
        error: httpx.HTTPError | None = None
        if http.is_closed:
            error = _not_sent(request)
        else:
            try:
                attempt_deadline = None if deadline is None else started + deadline
                response = read_response(http, request, attempt_deadline, prepared.max_response_size)
            except Exception as caught:
                error = _closed_error(http, request, caught)
        step = state.after_attempt(number, pool.clock.monotonic() - started, response, error)
        if isinstance(step, Sent):
            return step
        if not http.is_closed:
            pool.clock.sleep(step)
    raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover


async def asend(client: BaseClient, operation: Operation, prepared: Prepared) -> Sent:
    """The async twin of `send`."""
    pool = client._pool
    http = pool.async_client()
    request = _request(http, prepared)
    state = CallState(operation, prepared, pool.clock)
    deadline = deadline_for(prepared.timeout)
    for number in range(1, prepared.retries + 2):
        started = pool.clock.monotonic()
        response: httpx.Response | None = None
        error: httpx.HTTPError | None = None
        if http.is_closed:
            error = _not_sent(request)
        else:
            try:
                attempt_deadline = None if deadline is None else started + deadline
                response = await aread_response(http, request, attempt_deadline, prepared.max_response_size)
            except Exception as caught:
                error = _closed_error(http, request, caught)
        step = state.after_attempt(number, pool.clock.monotonic() - started, response, error)
        if isinstance(step, Sent):
            return step
        if not http.is_closed:
            await pool.clock.asleep(step)
    raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover


# --------------------------------------------------------------------------------------------
# Finishing a call


def parse(operation: Operation, sent: Sent) -> Any:
    """The call's result: the success model (None for a body-less success), or the typed error."""
    response = sent.response
    if sent.outcome == "failure":
        raise error_from_response(response)
    if sent.outcome != "success":
        return None
    if response.extensions.get(TRUNCATED):
        raise ResponseValidationError(
            operation.name,
            f"the body is larger than max_response_size ({len(response.content)} bytes); reading stopped there",
            response=response,
            creates=operation.creates,
        )
    model = operation.responses.get(response.status_code, _SUCCESS_MODEL[operation.name])
    if model is None:
        return None
    try:
        return decode(model, response.content)
    except DecodeProblem as problem:
        raise ResponseValidationError(
            operation.name, str(problem), response=response, field=problem.field, creates=operation.creates
        ) from None


T = TypeVar("T")


class RawResponse(Generic[T]):
    """A call's HTTP response, for its headers and metadata; `parse()` gives the model.

    Attributes:
        http_response: The `httpx.Response`.
        status_code, headers, content: As received.
        correlation_id: The ``Klarna-Correlation-Id`` header, if any.
        idempotency_key: The ``Klarna-Idempotency-Key`` the request carried, if any.
        retries_taken: How many attempts failed before this one.
    """

    def __init__(self, operation: Operation, sent: Sent) -> None:
        self.http_response = sent.response
        self.status_code = sent.response.status_code
        self.headers = sent.response.headers
        self.content = sent.response.content
        self.correlation_id: str | None = sent.response.headers.get(CORRELATION_ID_HEADER)
        self.idempotency_key = sent.idempotency_key
        self.retries_taken = sent.retries_taken
        self._parsed: T = parse(operation, sent)

    def parse(self) -> T:
        """The model the plain method returns (None for `cancel_authorization`)."""
        return self._parsed

    def __getstate__(self) -> dict[str, Any]:
        # The live response holds the request, and the request its Authorization header.
        return {**self.__dict__, "http_response": None}

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] correlation_id={self.correlation_id!r}>"


_raw: contextvars.ContextVar[bool] = contextvars.ContextVar("klarna_payments_raw", default=False)


def finish(operation: Operation, sent: Sent) -> Any:
    """What a resource method returns: the parsed result, or a RawResponse under `with_raw_response`."""
    if _raw.get():
        return RawResponse(operation, sent)
    return parse(operation, sent)


def detailed(operation: Operation, sent: Sent) -> Response[Any]:
    """What `*_detailed` returns: the response, with the body parsed where it can be."""
    response = sent.response
    model = None
    if sent.outcome == "success":
        model = operation.responses.get(response.status_code, _SUCCESS_MODEL[operation.name])
    elif sent.outcome == "failure":
        model = operation.responses.get(response.status_code)
    parsed = None
    if model is not None:
        try:
            parsed = decode(model, response.content)
        except DecodeProblem:
            parsed = None
    try:
        status: HTTPStatus | int = HTTPStatus(response.status_code)
    except ValueError:
        status = response.status_code
    return Response(
        status_code=status,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        idempotency_key=sent.idempotency_key,
    )


P = ParamSpec("P")
R = TypeVar("R")


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """`method` returning its `RawResponse` instead of its model; same arguments, same errors."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _raw.set(True)
        try:
            return method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _raw.reset(token)

    return wrapped


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The async twin of `to_raw_response_wrapper`."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _raw.set(True)
        try:
            return await method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _raw.reset(token)

    return wrapped


# --------------------------------------------------------------------------------------------
# Entry points of the generated code


def call(client: BaseClient, name: str, path_values: tuple[object, ...], body: object = NO_BODY, **options: Any) -> Any:
    operation = OPERATIONS[name]
    return finish(operation, send(client, operation, prepare(client, operation, path_values, body, **options)))


async def acall(
    client: BaseClient, name: str, path_values: tuple[object, ...], body: object = NO_BODY, **options: Any
) -> Any:
    operation = OPERATIONS[name]
    return finish(operation, await asend(client, operation, prepare(client, operation, path_values, body, **options)))


def call_detailed(
    client: BaseClient, name: str, path_values: tuple[object, ...], body: object = NO_BODY, **options: Any
) -> Response[Any]:
    operation = OPERATIONS[name]
    return detailed(operation, send(client, operation, prepare(client, operation, path_values, body, **options)))


async def acall_detailed(
    client: BaseClient, name: str, path_values: tuple[object, ...], body: object = NO_BODY, **options: Any
) -> Response[Any]:
    operation = OPERATIONS[name]
    return detailed(operation, await asend(client, operation, prepare(client, operation, path_values, body, **options)))
