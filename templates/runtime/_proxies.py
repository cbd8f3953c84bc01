"""Proxies from the environment: which one a request of the SDK's own connections goes through.

httpx reads `HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY` and `NO_PROXY` (lower case first, as
`urllib.request` does) when it builds a client; the SDK's own connections read them the same
way, once per pool, so that a proxied attempt goes through the SDK's deadline-aware transport
instead of a plain `httpx.Client` whose sockets a trickling proxy can hold for as long as it
likes. What `NO_PROXY` means follows curl, as httpx does: `*` turns every proxy off; a name
matches itself and its subdomains (`.example.com`: its subdomains only); an IP address or a
network (`10.0.0.0/8`) the addresses in it; an entry with a scheme (`http://host`) that scheme
and host alone.

A setting the SDK cannot use (no valid URL, a scheme httpx has no proxy for, SOCKS without the
`socksio` package) is a ValueError naming the variable, raised when the client is made; the
message never quotes the value, which may carry the proxy's password.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
from dataclasses import dataclass, field
from typing import Final

import httpx

__all__ = ["EnvironmentProxies", "environment_proxies"]

_SCHEMES: Final = ("http", "https", "all")
SOCKS_SCHEMES: Final = frozenset({"socks5", "socks5h"})


def _variables() -> dict[str, tuple[str, str]]:
    """scheme (http, https, all, no) -> (the variable that sets it, its value), as
    `urllib.request.getproxies_environment` picks them: lower case wins, an empty lower-case
    variable unsets, and under CGI (`REQUEST_METHOD`) `HTTP_PROXY` is ignored (httpoxy)."""
    found: dict[str, tuple[str, str]] = {}
    for name, value in os.environ.items():
        if value and name.lower().endswith("_proxy"):
            found[name.lower()[:-6]] = (name, value)
    if "REQUEST_METHOD" in os.environ:
        found.pop("http", None)
    for name, value in os.environ.items():
        if name.endswith("_proxy"):
            if value:
                found[name[:-6]] = (name, value)
            else:
                found.pop(name[:-6], None)
    return found


def _checked_proxy(variable: str, value: str) -> httpx.Proxy:
    """The proxy `value` names, or a ValueError naming `variable` (never quoting the value)."""
    url = value if "://" in value else f"http://{value}"  # httpx reads a bare host:port as http
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise ValueError(
            f"{variable} is not a valid proxy URL (its value is not shown: it may hold a password)"
        ) from None
    if parsed.scheme in SOCKS_SCHEMES and importlib.util.find_spec("socksio") is None:
        raise ValueError(
            f"{variable} names a SOCKS proxy, and SOCKS needs the socksio package: "
            "pip install 'httpx[socks]', or unset the variable"
        )
    if not parsed.host:
        raise ValueError(f"{variable} names no proxy host (expected http://host:port)")
    try:
        return httpx.Proxy(url=parsed)
    except ValueError:
        raise ValueError(
            f"{variable}: httpx has no proxy for the scheme {parsed.scheme!r} (http, https or socks5 are)"
        ) from None


@dataclass(frozen=True)
class EnvironmentProxies:
    """The proxies of the environment, by the scheme of the request they serve (`all` for any)."""

    proxies: dict[str, httpx.Proxy] = field(default_factory=dict)
    bypass: tuple[str, ...] = ()  # NO_PROXY's entries, lower case

    def __bool__(self) -> bool:
        return bool(self.proxies)

    def for_url(self, url: httpx.URL) -> httpx.Proxy | None:
        """The proxy a request to `url` goes through, or None for a direct connection."""
        if not self.proxies or any(_bypassed(entry, url) for entry in self.bypass):
            return None
        return self.proxies.get(url.scheme) or self.proxies.get("all")


def _bypassed(entry: str, url: httpx.URL) -> bool:
    host = url.host.lower()
    if "://" in entry:
        try:
            given = httpx.URL(entry)
        except (httpx.InvalidURL, ValueError):
            return False
        return given.scheme == url.scheme and given.host.lower() == host and given.port in (None, url.port)
    name = entry.split(":")[0] if entry.count(":") == 1 else entry.strip("[]")  # `host:port`, `[::1]`
    try:
        return ipaddress.ip_address(host) in ipaddress.ip_network(name, strict=False)
    except ValueError:
        pass
    if name.startswith("."):
        return host.endswith(name)
    return host == name or host.endswith("." + name)


def environment_proxies() -> EnvironmentProxies:
    """The proxies the environment sets, checked; empty when none applies (or `NO_PROXY=*`)."""
    variables = _variables()
    bypass = tuple(entry.strip().lower() for entry in variables.get("no", ("", ""))[1].split(",") if entry.strip())
    if "*" in bypass:
        return EnvironmentProxies()
    proxies: dict[str, httpx.Proxy] = {
        scheme: _checked_proxy(*variables[scheme]) for scheme in _SCHEMES if scheme in variables
    }
    return EnvironmentProxies(proxies, bypass)
