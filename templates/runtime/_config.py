"""A client's configuration: validated once, at construction, and never changed afterwards.

`ClientConfig` is the one owner of what a client sends with: base URL, the Authorization
header, timeout, retries, default headers, preflight. `with_options` makes a changed copy;
nothing else writes to it. Every check that can fail without the network fails here, before
any request, with a message that names the keyword or environment variable at fault and never
quotes a credential.
"""

from __future__ import annotations

import base64
import ipaddress
import logging
import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Final

import httpx

from ._spec import (
    DEFAULT_BASE_URL,
    DEFAULT_ENVIRONMENT,
    DEFAULT_REGION,
    ENVIRONMENTS,
    IDEMPOTENCY_KEY_HEADER,
    REGIONS,
    SERVERS,
)

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2
# Klarna's answers are a few KB; a body past this is cut off (a gzip bomb, an endless stream).
DEFAULT_MAX_RESPONSE_SIZE: Final = 1024 * 1024
# Reports (a month of settlements as CSV or PDF) run to megabytes: a limit of their own.
DEFAULT_MAX_DOWNLOAD_SIZE: Final = 256 * 1024 * 1024
MAX_RETRIES_LIMIT: Final = 10
ENVIRONMENT_BY_KEY_PREFIX: Final = {"klarna_test_": "playground", "klarna_live_": "production"}
# Set by the SDK alone: the credential, and one idempotency key per logical call.
RESERVED_HEADERS: Final = frozenset({"authorization", IDEMPOTENCY_KEY_HEADER.lower()})
# Set by httpx from the body and the URL: a second value breaks the request after it is sent.
FRAMING_HEADERS: Final = frozenset({"content-length", "transfer-encoding", "host"})
_ENVIRONMENT_BY_HOST: Final = {httpx.URL(url).host: environment for (_, environment), url in SERVERS.items()}


class NotGiven:
    """Marks an argument the caller did not pass (None can mean something: no timeout)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
TimeoutTypes = float | httpx.Timeout | None


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """What every request of a client is sent with. Immutable; `evolve` it to change it."""

    base_url: str
    authorization: str = field(repr=False)  # the Authorization header's value: a secret
    timeout: httpx.Timeout | None
    max_retries: int
    headers: Mapping[str, str]  # sent with every request, before per-call extra headers
    preflight: bool
    region: str | None  # the document's server, when base_url is one of them
    environment: str | None
    authorization_header: str = "Authorization"
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE  # decoded bytes of one response body
    max_download_size: int = DEFAULT_MAX_DOWNLOAD_SIZE  # the same, for a body returned as bytes (a report)
    production: bool = False  # production credentials or host: TLS must be verified (see checked_tls)
    allow_unverified_tls: bool = False  # the caller accepted unverified TLS with them

    def replace(self, **changes: Any) -> ClientConfig:
        """A copy with fields replaced by values already checked (credentials, base URL)."""
        return replace(self, **changes)

    def evolve(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        preflight: bool | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
        max_download_size: int | NotGiven = NOT_GIVEN,
    ) -> ClientConfig:
        """A copy with the given values changed (headers are added to the current ones)."""
        changes: dict[str, Any] = {}
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = checked_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            changes["max_retries"] = checked_retries(max_retries)
        if not isinstance(headers, NotGiven):
            changes["headers"] = MappingProxyType({**self.headers, **checked_headers(headers, "default_headers")})
        if not isinstance(preflight, NotGiven):
            changes["preflight"] = checked_flag(preflight, "preflight")
        if not isinstance(max_response_size, NotGiven):
            changes["max_response_size"] = checked_size(max_response_size)
        if not isinstance(max_download_size, NotGiven):
            changes["max_download_size"] = checked_size(max_download_size, "max_download_size")
        return replace(self, **changes)


def checked_timeout(timeout: object) -> httpx.Timeout | None:
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, int | float) and not isinstance(timeout, bool):
        if timeout < 0:
            raise ValueError(f"timeout must be >= 0 seconds, not {timeout}")
        return httpx.Timeout(float(timeout))
    raise TypeError(f"timeout must be seconds (a number), an httpx.Timeout or None, not {type(timeout).__name__}")


def checked_retries(max_retries: object) -> int:
    if type(max_retries) is not int or not 0 <= max_retries <= MAX_RETRIES_LIMIT:
        raise ValueError(f"max_retries must be an int from 0 to {MAX_RETRIES_LIMIT}, not {max_retries!r}")
    return max_retries


def checked_size(size: object, name: str = "max_response_size") -> int:
    if type(size) is not int or size < 1:
        raise ValueError(f"{name} must be a positive int (bytes), not {size!r}")
    return size


def checked_flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__}")
    return value


def checked_headers(headers: Mapping[str, str], name: str) -> dict[str, str]:
    """Headers as given, after refusing what the SDK sets itself and what HTTP cannot carry.

    Messages name the header, never its value (a header may hold a secret).
    """
    if not isinstance(headers, Mapping):
        raise TypeError(f"{name} must be a mapping of header names to values, not {type(headers).__name__}")
    checked = {}
    for key, value in headers.items():
        if not isinstance(key, str) or not key or not key.isascii() or not key.isprintable() or " " in key:
            raise ValueError(f"{name}: {key!r} is not a valid header name")
        if key.lower() in RESERVED_HEADERS:
            what = "idempotency_key=" if key.lower() != "authorization" else "the credentials keywords"
            raise ValueError(f"{name} must not set {key}: the SDK sets it (use {what})")
        if key.lower() in FRAMING_HEADERS:
            raise ValueError(f"{name} must not set {key}: httpx sets it from the URL and the body")
        if not isinstance(value, str) or not value.isprintable():
            raise ValueError(f"{name}: the value of {key} must be a str without control characters")
        checked[key] = value
    return checked


def _checked_credential(value: object, name: str) -> str:
    """A credential as given, or a ValueError naming `name` (never quoting the value)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} is empty")
    if value != value.strip():
        raise ValueError(f"{name} has leading or trailing whitespace (a newline from a file or secret store?)")
    if not (value.isascii() and value.isprintable()):
        raise ValueError(f"{name} holds characters other than printable ASCII")
    return value


_PAIR_INSTEAD: Final = "pass username= and password= (or set KLARNA_USERNAME and KLARNA_PASSWORD)"


def checked_api_key(value: object, name: str, pair_instead: str = _PAIR_INSTEAD) -> str:
    """An API key as given: a credential that is not the whole header (`Basic …`) nor a
    `username:password` pair, each a ValueError saying what to pass instead (`pair_instead`
    for a pair), never quoting the value."""
    key = _checked_credential(value, name)
    if key[:6].lower() == "basic ":
        raise ValueError(f"{name} holds a whole Authorization header: pass the key alone, without 'Basic ' before it")
    if ":" in key:
        raise ValueError(f"{name} holds a ':', which no API key has: for a username and password, {pair_instead}")
    return key


def key_environment_of(key: str) -> str | None:
    """The environment an API key's prefix names (`klarna_live_`: production), if any."""
    return next((env for prefix, env in ENVIRONMENT_BY_KEY_PREFIX.items() if key.startswith(prefix)), None)


def resolve_authorization(username: str | None, password: str | None, api_key: str | None) -> tuple[str, str | None]:
    """The Authorization header's value, and the environment an API key's prefix implies.

    Credentials come from the keywords; only when none is passed, from KLARNA_API_KEY or
    KLARNA_USERNAME + KLARNA_PASSWORD. An API key is sent as ``Basic <api key>``, a username
    and password as ``Basic base64(username:password)``.
    """
    names = {"username": "username", "password": "password", "api_key": "api_key"}
    if username is None and password is None and api_key is None:
        names = {"username": "KLARNA_USERNAME", "password": "KLARNA_PASSWORD", "api_key": "KLARNA_API_KEY"}
        username, password, api_key = (os.environ.get(variable) for variable in names.values())
    if api_key is not None:
        if username is not None or password is not None:
            raise ValueError(
                f"Pass either {names['api_key']} or {names['username']} and {names['password']}, not both."
            )
        api_key = checked_api_key(api_key, names["api_key"])
        return f"Basic {api_key}", key_environment_of(api_key)
    if username is not None and password is not None:
        username = _checked_credential(username, names["username"])
        password = _checked_credential(password, names["password"])
        if ":" in username:
            raise ValueError(f"{names['username']} must not contain ':' (HTTP Basic ends the username there)")
        return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode("ascii"), None
    if username is not None or password is not None:
        raise ValueError(
            f"Both {names['username']} and {names['password']} are needed for HTTP Basic (one of them is missing)."
        )
    raise ValueError(
        "No Klarna credentials: pass api_key= (or username= and password=), "
        "or set KLARNA_API_KEY (or KLARNA_USERNAME and KLARNA_PASSWORD)."
    )


def _choice(name: str, value: str | None, variable: str, valid: tuple[str, ...]) -> str | None:
    # A variable is read in any case (KLARNA_REGION=EU); the keyword is typed, so it is exact.
    chosen = value if value is not None else os.environ.get(variable, "").strip().lower() or None
    if chosen is not None and chosen not in valid:
        source = name if value is not None else variable
        if not valid:
            raise ValueError(f"{source} is not available: the API document names no {name}s; pass base_url= instead.")
        raise ValueError(f"Invalid {source} {chosen!r}; expected one of: {', '.join(valid)}")
    return chosen


def checked_base_url(base_url: str, source: str) -> httpx.URL:
    """An absolute http(s) URL without credentials, query or fragment, else ValueError."""
    if not isinstance(base_url, str):
        raise TypeError(f"{source} must be a str, not {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as error:
        raise ValueError(f"{source} is not a valid URL: {error}") from None
    if url.userinfo:
        raise ValueError(f"{source} must not hold credentials; pass username= and password= (or api_key=)")
    shown = str(url.copy_with(query=None, fragment=None))
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"{source} must be an absolute http:// or https:// URL, not {shown!r}")
    if url.query or url.fragment:
        raise ValueError(f"{source} must not have a query or fragment: {shown!r}")
    return url


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine (localhost, 127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_base_url(
    base_url: str | None, region: str | None, environment: str | None, key_environment: str | None
) -> tuple[str, str | None, str | None]:
    """(base URL, region, environment): base_url / KLARNA_BASE_URL, else the document's server
    for region and environment. Combinations that would send a key to the wrong environment, or
    production credentials in clear text, are a ValueError."""
    chosen_region = _choice("region", region, "KLARNA_REGION", REGIONS)
    chosen_environment = _choice("environment", environment, "KLARNA_ENVIRONMENT", ENVIRONMENTS)
    default_environment = key_environment if key_environment in ENVIRONMENTS else DEFAULT_ENVIRONMENT
    if key_environment and chosen_environment and chosen_environment != key_environment:
        raise ValueError(
            f"The api_key is a {key_environment} key but environment={chosen_environment!r} was requested."
        )
    source = "base_url" if base_url is not None else "KLARNA_BASE_URL"
    given = base_url if base_url is not None else os.environ.get("KLARNA_BASE_URL") or None
    if given is None:
        if not SERVERS:  # the document names no regions nor environments: its first server
            default = DEFAULT_BASE_URL
            if default is None:
                raise ValueError("The API document declares no servers: pass base_url= or set KLARNA_BASE_URL.")
            return default, None, None
        region_, environment_ = chosen_region or DEFAULT_REGION, chosen_environment or default_environment
        server = SERVERS.get((region_, environment_)) if region_ and environment_ else None
        if server is None:
            raise ValueError(f"The API document has no server for region {region_!r} in {environment_!r}.")
        return server, region_, environment_
    return checked_destination(given, source, key_environment, chosen_environment)


def checked_destination(
    base_url: str, source: str, key_environment: str | None, chosen_environment: str | None = None
) -> tuple[str, str | None, str | None]:
    """(base URL, region, environment) of a base URL given by the caller, for every client
    (`KlarnaPayments`, `AuthenticatedClient`): a ValueError when the key's environment (or the
    one asked for) is not the host's, or production credentials would travel in clear text."""
    url = checked_base_url(base_url, source)
    url_environment = _ENVIRONMENT_BY_HOST.get(url.host)
    for claimed, what in ((key_environment, "the api_key is a"), (chosen_environment, "environment is")):
        if claimed and url_environment and claimed != url_environment:
            raise ValueError(f"{source} is Klarna's {url_environment} host, but {what} {claimed}")
    production = "production" in (key_environment, chosen_environment, url_environment)
    if url.scheme == "http" and production and not is_loopback(url.host):
        raise ValueError(f"{source} is plain http:// to {url.host}: production credentials would travel in clear text")
    region_of_url = next((r for (r, e), known in SERVERS.items() if httpx.URL(known).host == url.host), None)
    return str(url).rstrip("/"), region_of_url, url_environment


# --------------------------------------------------------------------------------------------
# TLS verification


def verifies_tls(verify: object) -> bool:
    """Whether httpx's `verify` setting checks certificates (False, or a context that does not, do not)."""
    if isinstance(verify, ssl.SSLContext):
        return verify.verify_mode != ssl.CERT_NONE
    return verify is not False


def client_verifies_tls(client: object) -> bool:
    """Whether a user's httpx client checks certificates, as far as can be seen: httpx exposes
    no setting, so this looks at the SSL context of its transports' pools (httpx's own
    transports keep it there); a transport of another kind counts as verifying."""
    transports = [getattr(client, "_transport", None), *(getattr(client, "_mounts", None) or {}).values()]
    for transport in transports:
        context = getattr(getattr(transport, "_pool", None), "_ssl_context", None)
        if isinstance(context, ssl.SSLContext) and not verifies_tls(context):
            return False
    return True


def checked_tls(verified: bool, source: str, *, production: bool, allow_unverified_tls: bool, owner: str) -> None:
    """Refuse TLS without certificate checks for production credentials, unless the caller
    accepted the risk (`allow_unverified_tls=True`): then one WARNING."""
    checked_flag(allow_unverified_tls, "allow_unverified_tls")
    if verified or not production:
        return
    if not allow_unverified_tls:
        raise ValueError(
            f"{source} turns TLS certificate verification off, with production credentials: anyone on the path "
            "could read them and the payments. Verify certificates (a CA bundle: verify='/path/ca.pem'), or pass "
            "allow_unverified_tls=True to accept the risk"
        )
    logging.getLogger("klarna_payments").warning(
        "%s: TLS certificate verification is off (%s) with production credentials: allow_unverified_tls=True",
        owner,
        source,
    )
