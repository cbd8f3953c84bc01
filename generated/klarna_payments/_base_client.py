"""The SDK runtime every generated operation goes through.

Copied verbatim from ``templates/runtime/_base_client.py`` by ``make generate``. It holds the
decisions (pure functions: path encoding, body checks, retry policy, configuration) and the two
short I/O loops, ``send`` and ``asend``, that the generated operations call instead of talking to
httpx directly. Tables derived from ``openapi.yaml`` (base URLs, required fields, idempotent
operations) live in the generated ``_spec`` module.
"""

from __future__ import annotations

import base64
import email.utils
import functools
import json
import logging
import os
import random
import sys
import time
import uuid
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeVar
from urllib.parse import quote

import httpx

from . import _spec
from .errors import (
    IDEMPOTENCY_KEY_HEADER,
    APIConnectionError,
    APITimeoutError,
    ResponseValidationError,
    error_from_response,
)
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "NOT_GIVEN", "NotGiven"]

logger = logging.getLogger("klarna_payments")


def _configure_logging_from_env() -> None:
    """KLARNA_LOG=info|debug attaches a stderr handler to the SDK's logger (once)."""
    level = os.environ.get("KLARNA_LOG", "").strip().upper()
    if level not in {"INFO", "DEBUG"} or any(getattr(h, "_klarna", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler._klarna = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)


DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2
INITIAL_RETRY_DELAY: Final = 0.5  # seconds; doubled per retry
MAX_RETRY_DELAY: Final = 8.0  # cap of the exponential backoff
MAX_RETRY_AFTER: Final = 30.0  # longest server-requested wait we honour; longer ones are not slept
RETRYABLE_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})


class NotGiven:
    """Marks an argument the caller did not pass (``None`` can be a meaningful value: no timeout)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
TimeoutTypes = float | httpx.Timeout | None


# --------------------------------------------------------------------------------------------
# Request inputs


def path_segment(name: str, value: object) -> str:
    """Percent-encode `value` as exactly one URL path segment; reject empty or blank values.

    An empty segment would address a different resource (``.../authorizations/`` instead of
    ``.../authorizations/{token}``); ``/``, ``?``, ``#`` and dot segments must not change the path.
    """
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    encoded = quote(value, safe="")
    return encoded.replace(".", "%2E") if encoded in {".", ".."} else encoded


def json_body(model_class: type[Any], body: Any, *, operation: str) -> bytes:
    """The request body as JSON: a model via ``to_dict()``, or a plain dict sent as it is.

    A dict is checked first: every missing required field is named with its path
    (``order_lines[3].name``), and nested models must be objects (lists of objects), so a
    malformed body is a ValueError before any request. It is not converted to a model and back:
    the dict already is the wire format, and a 1000-line order would spend more time in that
    round trip than in the HTTP call. Values the JSON encoder does not know are a ValueError too
    (a model nested in a dict is encoded with its ``to_dict()``).
    """
    if isinstance(body, model_class):
        data = body.to_dict()
    elif isinstance(body, Mapping):
        if not _is_complete(model_class.__name__, body):
            problems = body_problems(model_class.__name__, body)
            raise ValueError(f"{operation}: invalid body: {'; '.join(problems)}")
        data = body
    else:
        raise TypeError(f"{operation}: body must be a {model_class.__name__} or a dict, not {type(body).__name__}")
    try:
        return _encode_json(data).encode()
    except (TypeError, ValueError) as error:
        raise ValueError(f"{operation}: body is not JSON-serializable: {error}") from None


def _model_to_json(value: object) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# httpx's own JSON settings (compact, UTF-8), plus NaN/Infinity refused: they are not JSON.
_encode_json = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_model_to_json
).encode
_REQUIRED_SETS: Final = {model: frozenset(fields) for model, fields in _spec.REQUIRED_FIELDS.items()}
_NOTHING: Final[frozenset[str]] = frozenset()


def _is_complete(model_name: str, data: Mapping[str, Any]) -> bool:
    """Fast check, no messages: required fields present and nested models shaped as objects.

    It runs on every dict body, so the common case stays in C: set operations on the keys, and
    list items that are plain dicts without nested models of their own need no further call.
    """
    if not data.keys() >= _REQUIRED_SETS.get(model_name, _NOTHING):
        return False
    nested = _spec.NESTED_MODELS.get(model_name, {})
    if nested.keys().isdisjoint(data.keys()):
        return True
    for name, (is_list, child_model) in nested.items():
        value = data.get(name)
        if value is None:
            continue
        if not is_list:
            if not _is_complete_object(child_model, value):
                return False
            continue
        if not isinstance(value, list | tuple):
            return False
        required = _REQUIRED_SETS.get(child_model, _NOTHING)
        grandchildren = _spec.NESTED_MODELS.get(child_model, {}).keys()
        for item in value:
            plain_and_complete = type(item) is dict and item.keys() >= required and grandchildren.isdisjoint(item)
            if not plain_and_complete and not _is_complete_object(child_model, item):
                return False
    return True


def _is_complete_object(model_name: str, value: object) -> bool:
    # A model instance (encoded with its to_dict) was complete when it was constructed.
    if isinstance(value, Mapping):
        return _is_complete(model_name, value)
    return type(value).__name__ == model_name and hasattr(value, "to_dict")


def body_problems(model_name: str, data: Mapping[str, Any], path: str = "") -> list[str]:
    """Every problem `_is_complete` detects, each named with its path."""
    required = _spec.REQUIRED_FIELDS.get(model_name, ())
    problems = [f"missing required field {path}{name}" for name in required if name not in data]
    for name, (is_list, child_model) in _spec.NESTED_MODELS.get(model_name, {}).items():
        value = data.get(name)
        if value is None:
            continue
        if is_list and not isinstance(value, list | tuple):
            problems.append(f"{path}{name} must be a list, not {type(value).__name__}")
        elif is_list:
            for index, item in enumerate(value):
                problems += _object_problems(child_model, item, f"{path}{name}[{index}]")
        else:
            problems += _object_problems(child_model, value, f"{path}{name}")
    return problems


def _object_problems(model_name: str, value: object, path: str) -> list[str]:
    if isinstance(value, Mapping):
        return body_problems(model_name, value, f"{path}.")
    if _is_complete_object(model_name, value):
        return []
    return [f"{path} must be an object, not {type(value).__name__}"]


def idempotency_key_param(key: str | uuid.UUID | None) -> uuid.UUID | Unset:
    """A caller's idempotency key as the UUID the document declares; None lets `send` make one."""
    if key is None:
        return UNSET
    try:
        return key if isinstance(key, uuid.UUID) else uuid.UUID(key)
    except ValueError:
        raise ValueError(f"idempotency_key must be a UUID, not {key!r}") from None


# --------------------------------------------------------------------------------------------
# Responses


def http_status(status_code: int) -> HTTPStatus | int:
    """An HTTPStatus where one exists; the plain number for statuses outside IANA's list (e.g. 499)."""
    try:
        return HTTPStatus(status_code)
    except ValueError:
        return status_code


def is_success(status_code: int, success_ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= status_code <= high for low, high in success_ranges)


def raise_for_status(response: httpx.Response, success_ranges: tuple[tuple[int, int], ...]) -> None:
    """Raise the typed error for any status that is not one of the operation's successes."""
    if not is_success(response.status_code, success_ranges):
        raise error_from_response(response)


class decoding:  # lower case: used like a function, `with decoding(operation, response):`
    """Turn a body that does not match the document into ResponseValidationError (never KeyError).

    A class rather than a @contextmanager generator: it wraps every decoded response, and a
    class costs a fraction of what a generator-based context manager does.
    """

    def __init__(self, operation: str, response: httpx.Response) -> None:
        self.operation, self.response = operation, response

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: object) -> Literal[False]:
        if isinstance(error, KeyError):
            field = str(error.args[0]) if error.args else None
            reason = f"required field {field!r} is missing"
        elif isinstance(error, ValueError):  # includes json.JSONDecodeError
            field, reason = None, f"body is not valid JSON ({error})"
        elif isinstance(error, TypeError | AttributeError):
            field, reason = None, f"body has the wrong shape ({error})"
        else:
            return False  # no error, or one that is not about the body: let it through
        raise ResponseValidationError(self.operation, reason, response=self.response, field=field) from error


# --------------------------------------------------------------------------------------------
# Retry policy (pure functions; the loops below only apply them)


def should_retry(response: httpx.Response | None) -> bool:
    """Connection errors and timeouts (no response), 408, 429 and 5xx gateway errors are retried.

    Never 400/401/403/404/409: at Klarna a 409 means the data does not match the session.
    """
    return response is None or response.status_code in RETRYABLE_STATUSES


def retry_after_seconds(headers: httpx.Headers, now: float) -> float | None:
    """The wait the server asked for, from retry-after-ms, Retry-After or X-Ratelimit-Reset."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    for name in ("retry-after", "x-ratelimit-reset"):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return float(value)
        except ValueError:
            pass
        parsed = email.utils.parsedate_tz(value)
        if parsed is not None:
            return float(email.utils.mktime_tz(parsed)) - now
    return None


def retry_delay(retries_taken: int, response: httpx.Response | None, *, now: float) -> float:
    """Seconds to wait before the next attempt.

    A server-requested wait within (0, MAX_RETRY_AFTER] is honoured exactly; a longer one is
    never slept (we fall back to our own capped backoff). Otherwise: 0.5 s doubled per retry, at
    most 8 s, minus up to 25 % jitter so many clients do not retry in lockstep.
    """
    if response is not None:
        requested = retry_after_seconds(response.headers, now)
        if requested is not None and 0 < requested <= MAX_RETRY_AFTER:
            return requested
    backoff: float = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    return backoff * (1 - 0.25 * random.random())


# --------------------------------------------------------------------------------------------
# Sending


@functools.cache
def user_agent() -> str:
    import platform  # here, not at the top: `import klarna_payments` stays cheap

    from . import __version__

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"klarna-payments-python/{__version__} python/{python} httpx/{httpx.__version__} ({platform.system()})"


_IDEMPOTENCY_KEY_NAME: Final = IDEMPOTENCY_KEY_HEADER.lower()


def _idempotency_key(headers: dict[str, str]) -> str | None:
    return next((value for name, value in headers.items() if name.lower() == _IDEMPOTENCY_KEY_NAME), None)


def _prepare(
    client: Client | AuthenticatedClient,
    request_kwargs: dict[str, Any],
    operation: str,
    timeout: TimeoutTypes | NotGiven,
    max_retries: int | NotGiven,
) -> tuple[dict[str, Any], int]:
    """The request of one logical call, and how often it may be retried.

    Absolute URL, default headers, auth, timeout and (for POSTs) an idempotency key are settled
    once, so every attempt sends the same request. Headers stay a plain dict (httpx builds its
    Headers once, when it builds the request); names are compared case-insensitively where a
    caller may have set them.
    """
    headers: dict[str, str] = {**client._headers}
    token_header = getattr(client, "auth_header_name", None)
    if token_header is not None:  # AuthenticatedClient: its token, even on a user-supplied httpx client
        prefix = getattr(client, "prefix", "")
        headers[token_header] = f"{prefix} {client.token}" if prefix else client.token  # type: ignore[union-attr]
    for name, value in request_kwargs.get("headers", {}).items():
        headers[name] = str(value)
    names = {name.lower() for name in headers}
    if "user-agent" not in names:
        headers["User-Agent"] = user_agent()
    if operation in _spec.IDEMPOTENT_OPERATIONS and _IDEMPOTENCY_KEY_NAME not in names:
        headers[IDEMPOTENCY_KEY_HEADER] = str(uuid.uuid4())
    request = {
        **request_kwargs,
        "url": client._base_url.rstrip("/") + request_kwargs["url"],
        "headers": headers,
        "timeout": client._timeout if isinstance(timeout, NotGiven) else timeout,
    }
    retries = _checked_retries(client._max_retries if isinstance(max_retries, NotGiven) else max_retries)
    return request, retries


def _checked_retries(retries: int) -> int:
    if retries < 0:
        raise ValueError(f"max_retries must be >= 0, not {retries}")
    return retries


def _connection_error(error: httpx.TransportError, idempotency_key: str | None) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        message = f"Request timed out ({type(error).__name__})."
        return APITimeoutError(message, request=error.request, idempotency_key=idempotency_key)
    return APIConnectionError(f"Connection error: {error!r}", request=error.request, idempotency_key=idempotency_key)


class Clock:
    """Sleeping and the time of day, injectable so retry tests do not wait."""

    monotonic: Callable[[], float] = staticmethod(time.monotonic)
    now: Callable[[], float] = staticmethod(time.time)
    sleep: Callable[[float], None] = staticmethod(time.sleep)

    @staticmethod
    async def asleep(seconds: float) -> None:
        import asyncio  # here, not at the top: sync users never pay for importing asyncio

        await asyncio.sleep(seconds)


def _after_attempt(
    request: dict[str, Any],
    attempt: int,
    retries: int,
    started: float,
    response: httpx.Response | None,
    error: httpx.TransportError | None,
) -> float | None:
    """Log the attempt; return the wait before the next one, or None when this attempt is final.

    A final attempt that got no response raises its APIConnectionError / APITimeoutError.
    """
    _log_attempt(request, attempt, Clock.monotonic() - started, response, error)
    if attempt <= retries and should_retry(response):
        return retry_delay(attempt - 1, response, now=Clock.now())
    if error is not None:
        raise _connection_error(error, _idempotency_key(request["headers"])) from error
    return None


def _log_attempt(
    request: dict[str, Any],
    attempt: int,
    elapsed: float,
    response: httpx.Response | None,
    error: httpx.TransportError | None,
) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    logger.info(
        "%s %s -> %s attempt=%d elapsed_ms=%.0f correlation_id=%s",
        request["method"].upper(),
        httpx.URL(request["url"]).path,
        response.status_code if response is not None else type(error).__name__,
        attempt,
        elapsed * 1000,
        response.headers.get("Klarna-Correlation-Id", "-") if response is not None else "-",
    )


def send(
    client: Client | AuthenticatedClient,
    request_kwargs: dict[str, Any],
    *,
    operation: str,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> httpx.Response:
    """Send one logical call, retrying what is safe to retry; raise only when no response came."""
    request, retries = _prepare(client, request_kwargs, operation, timeout, max_retries)
    http = client.get_httpx_client()
    for attempt in range(1, retries + 2):
        started = Clock.monotonic()
        response, error = None, None
        try:
            response = http.request(**request)
            response.read()
        except httpx.TransportError as transport_error:
            error = transport_error
        delay = _after_attempt(request, attempt, retries, started, response, error)
        if delay is None:
            assert response is not None  # with no response, _after_attempt raised instead
            return response
        if response is not None:
            response.close()
        Clock.sleep(delay)
    raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover


async def asend(
    client: Client | AuthenticatedClient,
    request_kwargs: dict[str, Any],
    *,
    operation: str,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> httpx.Response:
    """The async twin of `send`."""
    request, retries = _prepare(client, request_kwargs, operation, timeout, max_retries)
    http = client.get_async_httpx_client()
    for attempt in range(1, retries + 2):
        started = Clock.monotonic()
        response, error = None, None
        try:
            response = await http.request(**request)
            await response.aread()
        except httpx.TransportError as transport_error:
            error = transport_error
        delay = _after_attempt(request, attempt, retries, started, response, error)
        if delay is None:
            assert response is not None  # with no response, _after_attempt raised instead
            return response
        if response is not None:
            await response.aclose()
        await Clock.asleep(delay)
    raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover


# --------------------------------------------------------------------------------------------
# Configuration of KlarnaPayments / AsyncKlarnaPayments

ENVIRONMENT_BY_KEY_PREFIX: Final = {"klarna_test_": "playground", "klarna_live_": "production"}


def _choice(name: str, value: str | None, env_var: str, valid: tuple[str, ...], default: str | None) -> str | None:
    chosen = value if value is not None else os.environ.get(env_var) or default
    if chosen is not None and chosen not in valid:
        raise ValueError(f"Invalid {name} {chosen!r}; expected one of: {', '.join(valid)}")
    return chosen


def resolve_credentials(username: str | None, password: str | None, api_key: str | None) -> tuple[str, str | None]:
    """The HTTP Basic token, and the environment an API key's prefix implies (if any).

    Credentials come from the arguments; only when none is passed, from KLARNA_* variables.
    An API key is sent as it is (``Basic <api key>``), a username and password as
    ``Basic base64(username:password)``.
    """
    if username is None and password is None and api_key is None:
        username = os.environ.get("KLARNA_USERNAME") or None
        password = os.environ.get("KLARNA_PASSWORD") or None
        api_key = os.environ.get("KLARNA_API_KEY") or None
    if api_key is not None:
        if username is not None or password is not None:
            raise ValueError("Pass either api_key or username and password, not both.")
        implied = next((env for prefix, env in ENVIRONMENT_BY_KEY_PREFIX.items() if api_key.startswith(prefix)), None)
        return api_key, implied
    if username and password:
        return base64.b64encode(f"{username}:{password}".encode()).decode("ascii"), None
    if username or password:
        raise ValueError("Both username and password are needed for HTTP Basic (one of them is missing).")
    raise ValueError(
        "No Klarna credentials: pass api_key= (or username= and password=), "
        "or set KLARNA_API_KEY (or KLARNA_USERNAME and KLARNA_PASSWORD)."
    )


def resolve_base_url(
    base_url: str | None, region: str | None, environment: str | None, implied_environment: str | None
) -> str:
    """base_url / KLARNA_BASE_URL, else the document's server for (region, environment)."""
    regions = tuple(sorted({r for r, _ in _spec.SERVERS}))
    environments = tuple(sorted({e for _, e in _spec.SERVERS}))
    chosen_region = _choice("region", region, "KLARNA_REGION", regions, "eu")
    chosen_environment = _choice("environment", environment, "KLARNA_ENVIRONMENT", environments, None)
    if implied_environment and chosen_environment and chosen_environment != implied_environment:
        raise ValueError(
            f"The api_key is a {implied_environment} key but environment={chosen_environment!r} was requested."
        )
    base_url = base_url or os.environ.get("KLARNA_BASE_URL") or None
    if base_url:
        return base_url
    assert chosen_region is not None
    return _spec.SERVERS[(chosen_region, chosen_environment or implied_environment or "playground")]


HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)


class BaseKlarnaPayments(Generic[HttpClientT]):
    """Configuration shared by KlarnaPayments and AsyncKlarnaPayments (their docstrings list the keywords)."""

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        region: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: HttpClientT | None = None,
    ) -> None:
        from .client import AuthenticatedClient

        _configure_logging_from_env()
        token, implied_environment = resolve_credentials(username, password, api_key)
        self.base_url = resolve_base_url(base_url, region, environment, implied_environment)
        self.max_retries = _checked_retries(max_retries)
        self.timeout: TimeoutTypes = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self._client = AuthenticatedClient(
            base_url=self.base_url,
            token=token,
            prefix="Basic",
            headers={"User-Agent": user_agent(), **(default_headers or {})},
            timeout=httpx.Timeout(self.timeout),
            max_retries=max_retries,
        )
        if isinstance(http_client, httpx.Client):
            self._client.set_httpx_client(http_client)
        elif isinstance(http_client, httpx.AsyncClient):
            self._client.set_async_httpx_client(http_client)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"
