"""Errors raised by the Klarna Payments SDK.

::

    KlarnaError
    ├── APIConnectionError            no response arrived, and Klarna did not execute the request
    │   └── APITimeoutError           the attempt ran out of time
    ├── APIStatusError                Klarna (or a proxy) answered with an error status
    │   ├── BadRequestError           400; .fields names the paths Klarna rejected
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   │   └── AuthorizationNotCancellableError  the cancel refused: the authorization was used
    │   ├── ConflictError             409; .fields names the paths that differ from the session
    │   ├── RateLimitError            429
    │   ├── InternalServerError       >= 500
    │   └── UnexpectedStatusError     any other status the operation does not document
    ├── OutcomeUnknownError           a call Klarna may have executed, without a success
    └── ResponseValidationError       a success whose body lacks a usable required field

    OrderRuleError(ValueError)        preflight found Klarna order-rule errors; nothing was sent

Every error carries what Klarna support asks for: the status, Klarna's ``error_code`` and
``error_messages``, the ``correlation_id`` and, for POSTs, the ``idempotency_key`` that was
sent (``KlarnaError`` declares both; None when unknown). Messages are one line (an
``OrderRuleError``: one line per problem); text from the server is escaped in them, so it
cannot forge log lines or colour a terminal, and no message, repr or log line holds a
credential or a request header's value. Every error survives ``pickle`` (for
Celery, RQ and process pools): live httpx objects (``response``, ``request``) become None.

Each class's docstring says what it means and what your code should do (the table in the
README's "Errors" section); each error's ``hint`` says it in one stable line, with the README
section to read, for a log line to carry (``log.error("%s (%s)", error, error.hint)``).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from ._error_body import fields_named_in, read_error_body, reason_code
from ._spec import CORRELATION_ID_HEADER, IDEMPOTENCY_KEY_HEADER
from ._text import MESSAGES_LIMIT, SNIPPET_LIMIT, details, printable, redirect_target

if TYPE_CHECKING:
    from .preflight import Problem

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "Attempt",
    "AuthenticationError",
    "AuthorizationNotCancellableError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "KlarnaError",
    "NotFoundError",
    "OrderRuleError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnexpectedStatusError",
    "error_from_response",
]


class _Picklable:
    """Pickles an error by its message and attributes, whatever its constructor takes.

    Exceptions pickle as `cls(*args)` by default, which fails for constructors with keyword
    arguments. Live httpx objects (a response holds a connection) are dropped.
    """

    args: tuple[Any, ...]

    def __reduce__(self) -> tuple[Any, ...]:
        state = {name: None if isinstance(value, _LIVE) else value for name, value in vars(self).items()}
        return _rebuild, (type(self), self.args), state


_LIVE = (httpx.Request, httpx.Response)


def _rebuild(cls: type[BaseException], args: tuple[Any, ...]) -> BaseException:
    error = cls.__new__(cls)
    BaseException.__init__(error, *args)
    return error


class KlarnaError(_Picklable, Exception):
    """Base class of every error the SDK raises for a call.

    What to do: catch the subclass you can act on (the README's "Errors" table says what each
    calls for); log the rest with ``str(error)``, which is one line, safe to log, and carries the
    correlation id Klarna support asks for.

    Attributes:
        correlation_id: Identifies the request at Klarna (quote it to Klarna support); None when
            no response arrived or it carried none.
        idempotency_key: The ``Klarna-Idempotency-Key`` the request carried; None for calls that
            send none (and before the key was made).
        hint: What to do, in one stable line ending in the README section that says more.
    """

    correlation_id: str | None = None
    idempotency_key: str | None = None
    hint: str = "see what each error calls for (README.md#errors)"


class APIConnectionError(KlarnaError):
    """No response arrived: DNS failure, refused or reset connection, TLS or protocol error.

    For a call with an effect (``create_order``, ``purchase_token``, ``cancel_authorization``) it
    also means Klarna did not execute the request (otherwise the error is
    ``OutcomeUnknownError``). ``correlation_id`` is None: no response carried one.

    What to do: try again later: the SDK has retried already (``max_retries``), and nothing
    happened at Klarna. Persisting, check the network path to Klarna (DNS, proxy, firewall).
    """

    hint = "Klarna did not execute it and it was retried already: try again later (README.md#errors)"

    def __init__(
        self, message: str | None = None, *, request: httpx.Request | None = None, idempotency_key: str | None = None
    ) -> None:
        super().__init__(message or "Connection error.")
        self.request = request
        self.idempotency_key = idempotency_key


class APITimeoutError(APIConnectionError):
    """The attempt did not complete within its timeout (connect, read, write, pool or deadline).

    What to do: as for any ``APIConnectionError``, try again later: Klarna did not execute it
    (a timeout that may have reached Klarna is ``OutcomeUnknownError``). Many of them: look at
    ``timeout=`` and the network before raising it.
    """

    hint = "Klarna did not execute it and it was retried already: try again later (README.md#timeouts)"


class APIStatusError(KlarnaError):
    """An error status from Klarna, or from a proxy or gateway in front of it.

    Attributes:
        status_code: The HTTP status.
        error_code: Klarna's machine-readable code (e.g. ``NOT_FOUND``); None when the body is not
            Klarna's error shape (an HTML page from a proxy, say).
        error_messages: Klarna's human-readable details, possibly empty.
        correlation_id: Identifies the request at Klarna: from the body, else from the
            ``Klarna-Correlation-Id`` header.
        headers: The response headers.
        content: The raw response body, always kept, whatever its shape.
        body: The body decoded as JSON, or None when it is not JSON.
        idempotency_key: The ``Klarna-Idempotency-Key`` the request carried, if any.
        response: The ``httpx.Response`` (None after unpickling).
        request: The ``httpx.Request`` that was sent (None after unpickling).

    What to do: read ``error_code`` and ``error_messages``; the subclass for the status says more.
    """

    hint = "read error_code and error_messages (README.md#errors)"

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers: httpx.Headers = httpx.Headers(headers or {})
        self.idempotency_key = idempotency_key
        self.response = response
        self.request: httpx.Request | None = response.request if response is not None else None
        said = read_error_body(content, self.headers)
        self.body: Any = said.body
        self.error_code: str | None = said.error_code
        self.error_messages: list[str] = said.error_messages
        self.correlation_id: str | None = said.correlation_id
        super().__init__(self._summary())

    def _summary(self) -> str:
        summary = f"{self.status_code} {printable(self.error_code or reason_code(self.status_code), SNIPPET_LIMIT)}"
        if 300 <= self.status_code < 400:
            summary += (
                f": a redirect{redirect_target(self.headers.get('location'))}, not followed (the SDK follows none)"
            )
        elif self.error_messages:
            summary += ": " + printable("; ".join(self.error_messages), MESSAGES_LIMIT)
        elif self.error_code is None and self.content:
            # Only the start is decoded: an error page can be megabytes (it stays whole in .content).
            start = self.content[: SNIPPET_LIMIT * 4].decode("utf-8", errors="replace")
            summary += ": " + printable(" ".join(start.split()), SNIPPET_LIMIT)
        return summary + details(correlation_id=self.correlation_id, idempotency_key=self.idempotency_key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class BadRequestError(APIStatusError):
    """400: a field broke a constraint, or the amounts do not add up.

    What to do: a value Klarna refuses that preflight did not catch: log ``fields`` (the paths
    Klarna names) and fix the body. Repeating the same body cannot succeed.
    """

    hint = "a value Klarna refuses: log .fields and fix the body (README.md#errors)"

    @property
    def fields(self) -> tuple[str, ...]:
        """The paths Klarna names in its messages (``order_lines[2].total_tax_amount``); may be empty."""
        return fields_named_in(self.error_messages)


class AuthenticationError(APIStatusError):
    """401: the credentials are missing or wrong.

    What to do: check the credentials, and that they are for this region and environment
    (playground credentials do not work in production, nor one region's in another's).
    """

    hint = "check the credentials and their region and environment (README.md#configuration)"


class PermissionDeniedError(APIStatusError):
    """403: Klarna refuses this in the current state; `error_code` says why, and repeating the
    same request cannot succeed.

    Payments: `INVALID_OPERATION` (the authorization token was already consumed, or its intent
    does not allow this), `MERCHANT_INACTIVE`, `REJECTED`. Order Management:
    `CAPTURE_NOT_ALLOWED` (more than the remaining authorization, expired or cancelled: do not
    ship), `REFUND_NOT_ALLOWED` (more than captured), `CANCEL_NOT_ALLOWED` (it has captures:
    release the rest instead), `NOT_ALLOWED` (the order's state forbids the change). Customer
    tokens: `TOKEN_CANCELLED`, `TOKEN_SUSPENDED`, `TOKEN_FORBIDDEN` (ask for a new payment
    method), `PAYMENT_METHOD_FAILED` (the charge was declined; a later one may pass).

    Seen after an attempt that may have executed, a 403 proves nothing: the call raises
    `OutcomeUnknownError` instead (a lost capture's repeat can meet `CAPTURE_NOT_ALLOWED`).

    What to do: read `error_code` and `error_messages` and never repeat the call as it is. A
    used authorization token is `INVALID_OPERATION` "Authorization token already consumed": the
    order exists, place no other one.
    """

    hint = "Klarna refuses it in this state: read error_code; never repeat it as it is (README.md#errors)"


class NotFoundError(APIStatusError):
    """404: Klarna has no such thing: an authorization (expired after 60 minutes, replaced, or
    its session completed), a session, an order (`NO_SUCH_ORDER`), a capture
    (`NO_SUCH_CAPTURE`), a refund (`NOT_FOUND`) or a customer token (`TOKEN_NOT_FOUND`,
    `NOT_FOUND`).

    What to do: for an authorization, start a new one (the shopper authorizes again);
    otherwise check the id you stored. Repeating cannot help. (A token already used is a 403,
    `PermissionDeniedError`.)
    """

    hint = "the token expired or was replaced, or the id is wrong: start a new authorization (README.md#errors)"


class AuthorizationNotCancellableError(NotFoundError):
    """404 "Authorization cannot be deleted" to ``cancel_authorization``: Klarna will not cancel
    this authorization. Most often an order or customer token was created from it; Klarna gives
    the same answer for a token it no longer knows (expired). The other 404, "Invalid
    authorization token", is a plain ``NotFoundError``: nothing is left to cancel.

    What to do: do not treat it as cancelled. Find the order by your reference and, if the
    purchase is void, cancel it (``order_management.cancel_order``) or refund what was captured.
    """

    hint = "the authorization was used: cancel or refund its order through Order Management (README.md#errors)"


class ConflictError(APIStatusError):
    """409: the request conflicts with what Klarna holds: an order that does not match the
    authorized purchase (Payments), a recurring order that does not match its customer token, an
    Order Management change that meets the order's current state (`CONFLICT`). `fields` names
    what differs where Klarna says.

    What to do: retrying the same body cannot help. For an order, update the session to the
    cart as it is and have the shopper authorize again; otherwise read the state, then decide.
    """

    hint = "the body differs from what was authorized: update the session, authorize again (README.md#errors)"

    @property
    def fields(self) -> tuple[str, ...]:
        """The paths Klarna lists as not matching the session (``billing_address.postal_code``); may be empty."""
        return fields_named_in(self.error_messages)


class RateLimitError(APIStatusError):
    """429: the merchant's rate limit is used up for now.

    What to do: the SDK has retried already (honouring ``Retry-After``) and Klarna did not
    execute the call: slow down (fewer parallel calls) and try again later.
    """

    hint = "retried already and not executed: slow down and try again later (README.md#retries-and-idempotency)"


class InternalServerError(APIStatusError):
    """500 or above: Klarna or a gateway failed to handle the request.

    What to do: try again later: the SDK has retried already, and Klarna did not execute the
    call (a 5xx after an attempt that may have executed is ``OutcomeUnknownError``).
    """

    hint = "Klarna failed without executing it, retried already: try again later (README.md#errors)"


class UnexpectedStatusError(APIStatusError):
    """Any other status: one Klarna documents without a class of its own (413
    `REQUEST_TOO_LARGE`: the body is over 1 MB; 422 `UNPROCESSABLE_ENTITY` or `INVALID_ADDRESS`:
    a value Klarna refuses, as a 400 would be; fix the body, `error_code` says which), or one the
    operation does not document (418, a 3xx).

    A 3xx is never followed: Klarna does not redirect, so a redirect comes from something in
    between (a wrong ``base_url``, an egress proxy or portal), and following it would send the
    body and the idempotency key to another host. Its message names the origin it points to. A
    ``303 See Other`` says the request was handled and the result is elsewhere: after one, a
    call with an effect raises ``OutcomeUnknownError``; any other 3xx means the request was not
    executed.

    What to do: for a 413 or 422, fix the body (`error_code` says what); for another status,
    log it with its `correlation_id` and ask Klarna support.
    """

    hint = "413 or 422: fix the body (error_code says what); otherwise log it for support (README.md#errors)"


@dataclass(frozen=True)
class Attempt:
    """What one attempt of a call got: a status, or the type name of the exception instead."""

    status_code: int | None
    error: str | None

    def __str__(self) -> str:
        return str(self.status_code) if self.status_code is not None else str(self.error)


_UNKNOWN = "(README.md#when-the-outcome-is-unknown)"  # where the hints of an unknown outcome point


class OutcomeUnknownError(KlarnaError):
    """A call that may have been executed by Klarna, without a success to show for it.

    An attempt may have been executed when it timed out while reading or writing, lost its
    connection after sending (the client was closed under it included), or got 500, 502, 504,
    another 5xx, or a 503 without ``Retry-After``. Whatever came after it (a ``403`` "already
    consumed", a ``404``, a timeout) cannot show that nothing happened. A repeat with your own
    ``idempotency_key`` that meets ``403`` "already consumed" is one too (``consumed`` is True):
    an order or customer token exists for the authorization, perhaps from your earlier call.

    Settle it before acting again: repeat the call with the same ``idempotency_key``. Where
    Klarna honours the key (Order Management for 24 hours, customer-token orders), the repeat
    answers with the first result, so a lost capture or refund is repeated without moving money
    twice; derive the key from your own ids (``idempotency_key("shop", order_number,
    "capture", shipment_id)``) so that a restarted worker repeats it too. An
    ``OutcomeUnknownError`` with ``consumed`` means the order or customer token exists: find it
    in the Merchant Portal by your reference. Without a key (``cancel_authorization``, a status
    change), repeat the call: doing it twice has the effect of once. A call without a key whose
    repeat would act again (creating a hosted payment page, sending its link) is never repeated
    by the SDK; its message says to read the state back first. Those calls move no money:
    creating a second page is harmless, a second link message a nuisance.

    What to do: settle it before anything else, as said above; ``hint`` says which case this is.

    Attributes:
        operation: The operation, e.g. ``create_order``.
        idempotency_key: The ``Klarna-Idempotency-Key`` every attempt carried (None for a DELETE).
        attempts: One ``Attempt`` per attempt, in order (``status_code`` or ``error``).
        last_error: The error the last attempt alone would have raised (also ``__cause__``).
        correlation_id: The last response's correlation id, if any response arrived.
        consumed: Klarna answered that the authorization was already consumed.
    """

    hint = f"Klarna may have executed it: settle it by repeating it {_UNKNOWN}"

    def __init__(
        self,
        operation: str,
        *,
        creates: str | None,
        idempotency_key: str | None,
        attempts: Sequence[Attempt],
        last_error: KlarnaError,
        correlation_id: str | None = None,
        consumed: bool = False,
        repeatable: bool = True,
    ) -> None:
        self.operation = operation
        self.idempotency_key = idempotency_key
        self.attempts = tuple(attempts)
        self.last_error = last_error
        self.correlation_id = correlation_id
        self.consumed = consumed
        history = ", ".join(str(attempt) for attempt in self.attempts)
        code = getattr(last_error, "error_code", None)
        last = type(last_error).__name__ + (f" {printable(code, SNIPPET_LIMIT)}" if code else "")
        seen = f"(attempts: {history}; last: {last})"
        if consumed:
            self.hint = f"the order or customer token exists: find it by your reference {_UNKNOWN}"
            message = (
                f"{operation}: outcome unknown: the authorization was already consumed: an order or customer token "
                f"exists for it, perhaps from an earlier call with this idempotency_key {seen}. Do not create "
                "another: find it in the Merchant Portal by your reference"
            )
        elif creates:
            self.hint = f"repeat it with the same idempotency_key before anything else {_UNKNOWN}"
            message = (
                f"{operation}: outcome unknown: {creates} may exist at Klarna, as an attempt may have been executed "
                f"{seen}. Settle it before acting again: repeat the call with the same idempotency_key"
            )
        elif repeatable:
            message = (
                f"{operation}: outcome unknown: Klarna may have executed it, as an attempt may have been executed "
                f"{seen}. Settle it by repeating the call"
                + (" with the same idempotency_key" if idempotency_key else ": once has the effect of twice")
            )
        else:
            self.hint = f"read the state back before repeating: a repeat acts again {_UNKNOWN}"
            message = (
                f"{operation}: outcome unknown: Klarna may have executed it, as an attempt may have been executed "
                f"{seen}. A repeat would act a second time: find out what happened (read it back) before repeating"
            )
        super().__init__(message + details(correlation_id=correlation_id, idempotency_key=idempotency_key))


class ResponseValidationError(KlarnaError):
    """A success status whose body is not a JSON object, or lacks a usable required field.

    Klarna executed the call (for ``create_order``: the order exists); only its answer could not
    be read. The raw body is in ``content``.

    What to do: do not repeat the call (it happened). Keep ``content`` and ``correlation_id``,
    and find the result in the Merchant Portal (an order by your reference).

    Attributes:
        operation: The operation, e.g. ``create_order``.
        field: The offending required field, when one can be named.
        status_code, headers, content: The response as received.
        correlation_id: From the ``Klarna-Correlation-Id`` header.
        idempotency_key: The ``Klarna-Idempotency-Key`` the request carried, if any.
        response, request: The live httpx objects (None after unpickling).
    """

    hint = "Klarna executed it but its answer is unreadable: find it in the Merchant Portal (README.md#errors)"

    def __init__(
        self,
        operation: str,
        reason: str,
        *,
        response: httpx.Response,
        field: str | None = None,
        creates: str | None = None,
    ) -> None:
        self.operation = operation
        self.field = field
        self.response: httpx.Response | None = response
        self.request: httpx.Request | None = response.request
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = response.content
        self.correlation_id: str | None = response.headers.get(CORRELATION_ID_HEADER)
        self.idempotency_key: str | None = response.request.headers.get(IDEMPOTENCY_KEY_HEADER)
        executed = f"Klarna executed the call ({creates} was created)" if creates else "Klarna executed the call"
        message = f"{operation}: {executed}, but its {response.status_code} response is unusable: {reason}"
        super().__init__(message + details(correlation_id=self.correlation_id, idempotency_key=self.idempotency_key))


class OrderRuleError(_Picklable, ValueError):
    """The body breaks Klarna's order rules (see ``klarna_payments.preflight``); nothing was sent.

    ``problems`` holds every error-severity ``Problem``; ``str()`` has one problem per line.

    What to do: fix the code that builds the cart: each problem names its field (Klarna's
    path), the value expected and the one sent. Klarna would refuse the body with a 400.

    Attributes:
        operation: The operation, e.g. ``create_order``.
        problems: Every broken rule, in body order.
        hint: What to do, in one stable line.
    """

    hint: str = "fix the cart: each problem names its field; nothing was sent (README.md#building-an-order)"

    def __init__(self, operation: str, problems: Iterable[Problem]) -> None:
        self.operation = operation
        self.problems = list(problems)
        lines = "".join(f"\n  {problem.message}" for problem in self.problems)
        super().__init__(f"{operation}: the body breaks Klarna's order rules; nothing was sent:{lines}")


_ERROR_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    """The error class raised for a status that is not one of the operation's successes."""
    if status_code >= 500:
        return InternalServerError
    return _ERROR_CLASSES.get(status_code, UnexpectedStatusError)


def error_from_response(response: httpx.Response, cls: type[APIStatusError] | None = None) -> APIStatusError:
    """The typed error for a response that is not one of the operation's successes (of `cls`
    when given, else the status's class)."""
    return (cls or error_class_for(response.status_code))(
        response.status_code,
        response.content,
        headers=response.headers,
        idempotency_key=response.request.headers.get(IDEMPOTENCY_KEY_HEADER),
        response=response,
    )


def __getattr__(name: str) -> Any:
    # `UnexpectedStatus`: the 0.1 name of UnexpectedStatusError, kept (deprecated) until 1.0.
    if name == "UnexpectedStatus":
        warnings.warn(
            "UnexpectedStatus is deprecated: use UnexpectedStatusError (the alias goes in 1.0)",
            DeprecationWarning,
            stacklevel=2,
        )
        return UnexpectedStatusError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
