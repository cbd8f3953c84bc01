"""Klarna's calls to your server: the authorization callback, the fraud-decision notification
of a pending order, and the Hosted Payment Page's status callback.

The authorization callback tells your server that a shopper authorized.

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

The fraud-decision notification: an order created with ``fraud_status`` ``PENDING`` (US and
UK merchants who have it enabled) is reviewed by Klarna, and the decision is POSTed to the
order's ``merchant_urls.notification``. Klarna signs it with nothing, so a forged one must do
no harm: put a secret in the URL (`authorization_callback_url` makes one), answer 2xx at once,
drop a repeat of the same (``order_id``, ``event_type``), and read the order back
(``order_management.get_order(order_id).fraud_status``) before shipping or cancelling::

    callbacks.verify_callback_secret(request.query["secret"], stored_secret)
    notification = callbacks.parse_fraud_notification(request.body)
    if first_time(notification.order_id, notification.event_type):   # your own storage
        queue.put(notification.order_id)                               # read the order, then act

The Hosted Payment Page POSTs ``{"event_id", "session"}`` to ``merchant_urls.status_update``
whenever a session's status changes; it waits 3 seconds for a 2xx and tries up to 4 times.
`parse_hpp_status_callback` gives the session as ``read_hpp_session`` returns it. Drop repeats
by ``event_id``, and read the session back (``hpp.read_hpp_session``) before placing an order.

Nothing secret (the token, the secret) appears in an error message or a repr, and no error
message quotes the body.

The secret rides in the callback URL's query, so the web server's access log writes it down
with every callback (uvicorn: ``POST /klarna/authorized?order=10024&secret=... 200``).
`RedactSecretsFilter` keeps it out: add it to the access logger (``uvicorn.access``,
``gunicorn.access``, Django's ``django.server``) or to a handler, and every query parameter
named like a secret or a token reads ``[redacted]``. `redact_url` does the same to one URL or
line of text, for your own log lines::

    for name in ("uvicorn.access", "gunicorn.access", "django.server"):
        logging.getLogger(name).addFilter(callbacks.RedactSecretsFilter())
"""

from __future__ import annotations

import copy
import hmac
import json
import logging
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal
from urllib.parse import parse_qsl, unquote_plus, urlencode, urlsplit, urlunsplit

from ._config import is_loopback

if TYPE_CHECKING:
    from .models import HppSession

__all__ = [
    "FRAUD_EVENT_TYPES",
    "SECRET_PARAMETER",
    "AuthorizationCallback",
    "CallbackError",
    "FraudEventType",
    "FraudNotification",
    "HppStatusCallback",
    "RedactSecretsFilter",
    "authorization_callback_url",
    "parse_authorization_callback",
    "parse_fraud_notification",
    "parse_hpp_status_callback",
    "redact_url",
    "verify_callback_secret",
]

SECRET_PARAMETER: Final = "secret"  # the query parameter of the URL that carries the secret
SECRET_BYTES: Final = 32  # 43 URL-safe characters
MAX_BODY: Final = 64 * 1024  # a callback body is a few short strings

FraudEventType = Literal["FRAUD_RISK_ACCEPTED", "FRAUD_RISK_REJECTED", "FRAUD_RISK_STOPPED"]
FRAUD_EVENT_TYPES: Final[tuple[FraudEventType, ...]] = (
    "FRAUD_RISK_ACCEPTED",
    "FRAUD_RISK_REJECTED",
    "FRAUD_RISK_STOPPED",
)


class CallbackError(ValueError):
    """A callback or notification, or the secret it came with, is not what it must be.

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


@dataclass(frozen=True)
class FraudNotification:
    """What Klarna POSTs to ``merchant_urls.notification`` when it has decided a pending order.

    Attributes:
        order_id: The order decided. Read it back (``get_order``) before acting: the
            notification is not signed.
        event_type: ``FRAUD_RISK_ACCEPTED`` (ship it), ``FRAUD_RISK_REJECTED`` (do not ship;
            the order is cancelled) or ``FRAUD_RISK_STOPPED`` (do not ship, cancel: also sent for
            an order found fraudulent after it was accepted). Another value Klarna adds is kept
            as it came.
        additional_properties: The rest of the body, such as the time of the decision (Klarna
            documents one but not its name or format).
    """

    order_id: str
    event_type: FraudEventType | str
    additional_properties: Mapping[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class HppStatusCallback:
    """What the Hosted Payment Page POSTs to ``merchant_urls.status_update``.

    Attributes:
        event_id: Names this status change: a repeat of the callback carries the same one.
        session: The session as ``read_hpp_session`` returns it (``status``, and once
            ``COMPLETED`` the ``authorization_token``, hidden in the repr). Not signed: read
            it back before acting.
        additional_properties: Fields Klarna sends that this SDK does not know yet.
    """

    event_id: str
    session: HppSession
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
    # "surrogatepass": a received value that is not valid Unicode (a lone surrogate from a
    # percent-decoded URL) is compared like any other, and differs, instead of raising.
    if not hmac.compare_digest(received.encode(errors="surrogatepass"), expected.encode(errors="surrogatepass")):
        raise CallbackError("the callback's secret does not match the session's")


def parse_authorization_callback(body: bytes | str | Mapping[str, Any]) -> AuthorizationCallback:
    """The callback's `authorization_token` and `session_id`, from its JSON body (or a parsed one).

    Raises:
        CallbackError: The body is not a JSON object with both as non-empty strings.
    """
    data = _json_object(body, "callback")
    _require_strings(data, ("authorization_token", "session_id"), "callback")
    extra = {key: value for key, value in data.items() if key not in ("authorization_token", "session_id")}
    return AuthorizationCallback(data["authorization_token"], data["session_id"], extra)


def parse_fraud_notification(body: bytes | str | Mapping[str, Any]) -> FraudNotification:
    """The notification's `order_id` and `event_type`, from its JSON body (or a parsed one).

    Raises:
        CallbackError: The body is not a JSON object with both as non-empty strings.
    """
    data = _json_object(body, "notification")
    _require_strings(data, ("order_id", "event_type"), "notification")
    extra = {key: value for key, value in data.items() if key not in ("order_id", "event_type")}
    return FraudNotification(data["order_id"], data["event_type"], extra)


def _json_object(body: bytes | str | Mapping[str, Any], what: str) -> Mapping[str, Any]:
    """`body` as a JSON object; `what` names it in the error, which never quotes it."""
    data: Any = body
    if isinstance(body, bytes | bytearray | str):
        if len(body) > MAX_BODY:
            raise CallbackError(f"the {what} body is larger than {MAX_BODY} bytes")
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            raise CallbackError(f"the {what} body is not JSON") from None
    if not isinstance(data, Mapping):
        raise CallbackError(f"the {what} body must be a JSON object, not {type(data).__name__}")
    return data


def _require_strings(data: Mapping[str, Any], names: tuple[str, ...], what: str) -> None:
    missing = [name for name in names if not isinstance(data.get(name), str) or not data[name].strip()]
    if missing:
        raise CallbackError(f"the {what} body lacks a non-empty string {' and '.join(missing)}")


def parse_hpp_status_callback(body: bytes | str | Mapping[str, Any]) -> HppStatusCallback:
    """The callback's `event_id` and its session, from its JSON body (or a parsed one).

    Raises:
        CallbackError: The body is not a JSON object with a non-empty string `event_id` and a
            `session` object that decodes as ``read_hpp_session``'s answer.
    """
    from . import _decoding, _spec  # the models load on the first callback, not at import

    data = _json_object(body, "status callback")
    _require_strings(data, ("event_id",), "status callback")
    # The session of a status callback is the read operation's answer (Klarna: "the same object").
    model = _spec.READ_HPP_SESSION.model_classes().responses[200]
    try:
        session = _decoding.decode_data(model, data.get("session"))
    except _decoding.DecodeProblem as problem:
        raise CallbackError(f"the status callback's session cannot be read: {problem}") from None
    extra = {key: value for key, value in data.items() if key not in ("event_id", "session")}
    return HppStatusCallback(data["event_id"], session, extra)


# Keeping the secret out of access logs

REDACTED: Final = "[redacted]"
# A query parameter whose name holds one of these (any case) is a secret: the callback's own,
# and the tokens, passwords and keys other integrations put in URLs.
_SECRET_NAME = re.compile(
    rf"{SECRET_PARAMETER}|token|passw(?:or)?d|api[_-]?key|signature|credential|authorization", re.IGNORECASE
)
# One `name=value` of a query (or a bare query string such as gunicorn's %(q)s): the value ends at
# the next separator, whitespace or quote (a request line goes on with " HTTP/1.1"), or at a "?"
# (a URL in a value, `?next=https://shop/?secret=...`, has its own query looked at).
_PARAMETER = re.compile(r"(?P<lead>^|[?&;#])(?P<name>[^=&;?#\s\"']+)=(?P<value>[^&;?#\s\"']+)")


def _redacted_parameter(match: re.Match[str]) -> str:
    name = match["name"]
    if _SECRET_NAME.search(unquote_plus(name)) is None:
        return match[0]
    return f"{match['lead']}{name}={REDACTED}"


def redact_url(text: str) -> str:
    """`text` with the value of every query parameter named like a secret or a token replaced by
    ``[redacted]``: the ``secret`` of `authorization_callback_url`, ``token``,
    ``authorization_token``, ``password``, ``api_key``, ``signature``, ... (names compared
    case-insensitively, percent-decoded).

    `text` is a URL, a path with its query, a bare query string or a line of log text holding
    them (``POST /klarna/authorized?order=1&secret=... HTTP/1.1``); the rest is kept as it is.
    """
    if "=" not in text:  # the common access-log line: nothing to look at
        return text
    return _PARAMETER.sub(_redacted_parameter, text)


def _redacted(value: object) -> object:
    return redact_url(value) if isinstance(value, str) else value


class RedactSecretsFilter(logging.Filter):
    """A `logging.Filter` that passes every record with the secrets of its URLs redacted
    (`redact_url`), keeping the shape of its arguments so the server's own formatter still works.

    uvicorn's ``uvicorn.access`` records carry ``(client_addr, method, full_path, http_version,
    status_code)``, gunicorn's ``gunicorn.access`` a dict of its log atoms (``r``, ``q``, ``U``,
    headers such as ``{referer}i``), Django's ``django.server`` ``(request_line, status, size)``:
    each string among them is redacted, in a copy (the tuple or dict a caller passed is left
    alone), and so is a message that arrives already formatted. Add it to the logger that writes
    the access line or to the handler that prints it; in ``dictConfig``:
    ``{"filters": {"redact": {"()": "klarna_payments.callbacks.RedactSecretsFilter"}}}``.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_url(record.msg)
        args = record.args
        if isinstance(args, tuple):
            record.args = tuple(_redacted(value) for value in args)
        elif isinstance(args, Mapping):
            # A dict subclass (gunicorn's atoms answer "-" for a missing key) is copied with its class.
            redacted: Any = copy.copy(args) if isinstance(args, dict) else dict(args)
            for key, value in args.items():
                if isinstance(value, str):
                    redacted[key] = redact_url(value)
            record.args = redacted
        return True
