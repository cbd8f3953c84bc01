"""The authorization callback: Klarna telling your server that a shopper authorized.

Klarna asks every merchant to implement it: put a URL in the session's
``merchant_urls.authorization``, and after a successful authorization Klarna POSTs
``{"authorization_token": "...", "session_id": "..."}`` to it, so the order can be placed even
when the browser never hands the token back (a bank app switch, a closed tab). Klarna's guide
asks for two things, and this module makes both easy:

- **Authenticate the caller.** No credentials come with the callback; a one-time secret in the
  URL proves it is Klarna's (`authorization_callback_url` makes the URL and the secret to store
  with the session; `verify_callback_secret` compares them in constant time).
- **Handle it idempotently.** The token may arrive from the browser, from the callback, or both
  (and a re-authorizing shopper sends a new one): place the order once, with a deterministic
  ``idempotency_key(...)`` and a per-session guard in your own storage.

::

    url, secret = callbacks.authorization_callback_url("https://shop.example/klarna/authorized")
    store(session_id, secret)                     # next to the cart; the secret is single-use
    ...                                           # create the session with merchant_urls.authorization=url

    # the callback handler
    callbacks.verify_callback_secret(request.query["secret"], stored_secret)
    callback = callbacks.parse_authorization_callback(request.body)
    place_order_once(callback.session_id, callback.authorization_token)

Nothing secret (the token, the secret) appears in an error message or a repr.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._config import is_loopback

__all__ = [
    "SECRET_PARAMETER",
    "AuthorizationCallback",
    "CallbackError",
    "authorization_callback_url",
    "parse_authorization_callback",
    "verify_callback_secret",
]

SECRET_PARAMETER: Final = "secret"  # the query parameter of the URL that carries the secret
SECRET_BYTES: Final = 32  # 43 URL-safe characters
MAX_BODY: Final = 64 * 1024  # a callback body is two short strings


class CallbackError(ValueError):
    """An authorization callback, or the secret it came with, is not what it must be.

    The message says what is wrong, never the values: answer the request with 400 (a body that
    is not a callback) or 403 (a secret that does not match), and do not place an order.
    """


@dataclass(frozen=True)
class AuthorizationCallback:
    """What Klarna POSTs to ``merchant_urls.authorization``.

    Attributes:
        authorization_token: Places the order (`create_order`) within 60 minutes. A secret:
            hidden in the repr.
        session_id: The payment session the shopper authorized.
        additional_properties: Fields Klarna sends that this SDK does not know yet.
    """

    authorization_token: str = field(repr=False)
    session_id: str
    additional_properties: Mapping[str, Any] = field(default_factory=dict, repr=False)


def authorization_callback_url(base_url: str) -> tuple[str, str]:
    """The URL to put in ``merchant_urls.authorization``, with a fresh one-time secret, and the secret.

    Store the secret with the session (it is the one thing that shows a callback is Klarna's)
    and check it with `verify_callback_secret` when the callback arrives.

    Args:
        base_url: Your callback endpoint: absolute ``https://`` (``http://`` only for a
            loopback host, in tests), without a ``secret`` query parameter of its own.

    Raises:
        CallbackError: `base_url` is not such a URL.
    """
    if not isinstance(base_url, str) or not base_url.strip():
        raise CallbackError("the callback URL must be a non-empty str")
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise CallbackError("the callback URL must be an absolute https:// URL")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise CallbackError("the callback URL must use https:// (Klarna calls only https; http is for 127.0.0.1)")
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(name == SECRET_PARAMETER for name, _ in query):
        raise CallbackError(f"the callback URL already has a {SECRET_PARAMETER!r} query parameter")
    secret = secrets.token_urlsafe(SECRET_BYTES)
    url = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode([*query, (SECRET_PARAMETER, secret)]), ""))
    return url, secret


def verify_callback_secret(received: object, expected: object) -> None:
    """Check the secret a callback arrived with against the one stored for its session.

    Constant time (`hmac.compare_digest`), so the comparison leaks nothing of the secret.

    Raises:
        CallbackError: Either is missing, empty or not a str, or they differ.
    """
    if not isinstance(expected, str) or not expected:
        raise CallbackError("no secret is stored for this session: the callback cannot be authenticated")
    if not isinstance(received, str) or not received:
        raise CallbackError("the callback came without its secret")
    if not hmac.compare_digest(received.encode(), expected.encode()):
        raise CallbackError("the callback's secret does not match the session's")


def parse_authorization_callback(body: bytes | str | Mapping[str, Any]) -> AuthorizationCallback:
    """The callback's `authorization_token` and `session_id`, from its JSON body (or a parsed one).

    Raises:
        CallbackError: The body is not a JSON object with both as non-empty strings.
    """
    data: Any = body
    if isinstance(body, bytes | bytearray | str):
        if len(body) > MAX_BODY:
            raise CallbackError(f"the callback body is larger than {MAX_BODY} bytes")
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            raise CallbackError("the callback body is not JSON") from None
    if not isinstance(data, Mapping):
        raise CallbackError(f"the callback body must be a JSON object, not {type(data).__name__}")
    missing = [
        name
        for name in ("authorization_token", "session_id")
        if not isinstance(data.get(name), str) or not data[name].strip()
    ]
    if missing:
        raise CallbackError(f"the callback body lacks a non-empty string {' and '.join(missing)}")
    extra = {key: value for key, value in data.items() if key not in ("authorization_token", "session_id")}
    return AuthorizationCallback(data["authorization_token"], data["session_id"], extra)
