"""`AuthenticatedClient`: the client of the functional layer (`klarna_payments.api.*`).

openapi-python-client's convention, kept for people who know it, as a thin adapter over the
same configuration and connections as `KlarnaPayments`: the same checks of the destination
and the credential (`_config.checked_destination`, `checked_api_key`, `checked_tls`), retries,
idempotency keys, timeouts, errors and logging. Redirects are never followed (`_http.py`), so
`follow_redirects=True` is refused rather than ignored. One client serves both `sync*` and `asyncio*` functions. Its
`with_*` methods return independent copies: a copy's headers never reach the original's
requests.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Self

import httpx

from ._base_client import AsyncLifetime, SyncLifetime
from ._config import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    ClientConfig,
    NotGiven,
    TimeoutTypes,
    checked_api_key,
    checked_destination,
    checked_flag,
    checked_headers,
    checked_retries,
    checked_size,
    checked_timeout,
    checked_tls,
    client_verifies_tls,
    key_environment_of,
    verifies_tls,
)
from ._http import HttpPool

__all__ = ["AuthenticatedClient"]


def _checked_token(token: object) -> str:
    if not isinstance(token, str) or not token.strip() or token != token.strip() or not token.isprintable():
        raise ValueError("token must be a non-empty str of printable characters without surrounding whitespace")
    return token


class AuthenticatedClient(SyncLifetime, AsyncLifetime):
    """A client for the functional layer: `create_order.sync(token, client=client, body=...)`.

    Args:
        base_url: Where requests go, e.g. ``https://api.playground.klarna.com``.
        token: The credential: ``base64(username:password)``, or an API key, sent after `prefix`.
        prefix: Written before the token (default ``"Basic"``, as Klarna expects).
        auth_header_name: The header carrying the credential (default ``Authorization``).
        cookies: Cookies sent with every request.
        headers: Headers sent with every request.
        timeout: Seconds or an ``httpx.Timeout`` per attempt (default 30 s, 5 s to connect).
        verify_ssl: As httpx's ``verify``: True, False, or an ``ssl.SSLContext``. Off with
            production credentials (a ``klarna_live_`` key, Klarna's production host) is refused
            unless ``allow_unverified_tls=True``.
        follow_redirects: Only False: the SDK never follows a redirect (a 3xx is an error), so
            that no other host receives a request's body or idempotency key.
        httpx_args: Further arguments for the ``httpx.Client`` / ``httpx.AsyncClient`` made for it.
        max_retries: Retries of a failed attempt, 0 to 10 (default 2).
        preflight: Check Klarna's order rules before sending (default True).
        max_response_size: The most bytes of one response body read, decoded (default 1 MiB).
        allow_unverified_tls: Accept TLS without certificate checks with production credentials
            (logs one WARNING).
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        prefix: str = "Basic",
        auth_header_name: str = "Authorization",
        cookies: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        verify_ssl: bool | str | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        preflight: bool = True,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        allow_unverified_tls: bool = False,
    ) -> None:
        token = _checked_token(token)
        key_environment = None
        if prefix == "Basic":  # an API key or base64(username:password), as Klarna takes them
            key_environment = key_environment_of(checked_api_key(token, "token", "pass base64(username:password)"))
        url, _, url_environment = checked_destination(base_url, "base_url", key_environment)
        if follow_redirects is not False or (httpx_args or {}).get("follow_redirects", False) is not False:
            raise ValueError(
                "follow_redirects must be False: the SDK never follows a redirect (a 3xx is an error), so that "
                "no other host receives a request's body or idempotency key"
            )
        config = ClientConfig(
            base_url=url,
            authorization=f"{prefix} {token}" if prefix else token,
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else checked_timeout(timeout),
            max_retries=checked_retries(max_retries),
            headers=MappingProxyType({**checked_headers(headers or {}, "headers"), **_cookie_header(cookies or {})}),
            preflight=checked_flag(preflight, "preflight"),
            max_response_size=checked_size(max_response_size),
            region=None,
            environment=None,
            authorization_header=auth_header_name,
            production="production" in (key_environment, url_environment),
            allow_unverified_tls=allow_unverified_tls,
        )
        verify = (httpx_args or {}).get("verify", verify_ssl)  # httpx_args win, as the pool applies them
        checked_tls(
            verifies_tls(verify),
            "httpx_args['verify']" if "verify" in (httpx_args or {}) else "verify_ssl",
            production=config.production,
            allow_unverified_tls=allow_unverified_tls,
            owner=type(self).__name__,
        )
        httpx_args = {key: value for key, value in (httpx_args or {}).items() if key != "follow_redirects"}
        self._setup(config, HttpPool(owner=type(self).__name__, verify=verify_ssl, httpx_args=httpx_args))

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """A copy that also sends `headers`; this client's requests are unchanged."""
        return self._copy(self._config.evolve(headers=headers))

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """A copy that also sends `cookies`; this client's requests are unchanged."""
        current = _parse_cookies(self._config.headers.get("Cookie", ""))
        merged = MappingProxyType({**self._config.headers, **_cookie_header({**current, **cookies})})
        return self._copy(self._config.replace(headers=merged))

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy with another timeout; this client's requests are unchanged."""
        return self._copy(self._config.evolve(timeout=timeout))

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` synchronous calls go through (made on first use)."""
        return self._pool.sync_client()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` asynchronous calls go through, for the running event loop."""
        return self._pool.async_client()

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Send this client's synchronous calls through your own ``httpx.Client``."""
        return self._use(client)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Send this client's asynchronous calls through your own ``httpx.AsyncClient``."""
        return self._use(async_client)

    def _use(self, client: httpx.Client | httpx.AsyncClient) -> Self:
        config = self._config
        checked_tls(
            client_verifies_tls(client),
            "the httpx client",
            production=config.production,
            allow_unverified_tls=config.allow_unverified_tls,
            owner=type(self).__name__,
        )
        self._setup(config, HttpPool(owner=type(self).__name__, user_client=client))
        return self

    async def aclose(self) -> None:
        """Close the asynchronous connections of the running event loop."""
        await self._close_async_pool()


def _cookie_header(cookies: Mapping[str, str]) -> dict[str, str]:
    if not cookies:
        return {}
    checked = checked_headers({name: value for name, value in cookies.items()}, "cookies")
    return {"Cookie": "; ".join(f"{name}={value}" for name, value in checked.items())}


def _parse_cookies(header: str) -> dict[str, str]:
    pairs = (part.strip().partition("=") for part in header.split(";") if part.strip())
    return {name: value for name, _, value in pairs}
