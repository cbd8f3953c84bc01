"""Klarna Payments for Python: payment sessions, orders, customer tokens, the authorization callback.

Start with ``KlarnaPayments`` (or ``AsyncKlarnaPayments``): ``klarna.sessions`` opens the
payment session a checkout starts with, ``klarna.orders`` places the order; every error is a
``KlarnaError`` (``klarna_payments.errors``). Request bodies are plain dicts typed by
``klarna_payments.params``, built with ``klarna_payments.lines`` and checked by
``klarna_payments.preflight``; ``klarna_payments.callbacks`` handles Klarna's authorization
callback, and ``klarna_payments.testing`` is a fake Klarna for your tests. The functional layer
(``klarna_payments.api`` with ``AuthenticatedClient``) is the low-level, generator-style way.
"""

__version__ = "0.1.0"

from . import errors
from ._config import NOT_GIVEN, NotGiven, TimeoutTypes
from ._prepare import idempotency_key
from ._response import RawResponse
from .client import AsyncKlarnaPayments, KlarnaPayments
from .client import AuthenticatedClient as AuthenticatedClient  # importable; the low-level layer, off __all__
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthorizationNotCancellableError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    KlarnaError,
    NotFoundError,
    OrderRuleError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnexpectedStatusError,
)

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncKlarnaPayments",
    "AuthenticationError",
    "AuthorizationNotCancellableError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "KlarnaError",
    "KlarnaPayments",
    "NotGiven",
    "NotFoundError",
    "OrderRuleError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseValidationError",
    "TimeoutTypes",
    "UnexpectedStatusError",
    "__version__",
    "idempotency_key",
]


def __getattr__(name: str) -> object:
    # The 0.1 name of UnexpectedStatusError, deprecated until 1.0 (errors.__getattr__ warns).
    if name == "UnexpectedStatus":
        return errors.UnexpectedStatus
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
