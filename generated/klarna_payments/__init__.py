"""Klarna Payments for Python: create orders and customer tokens, cancel authorizations.

Start with ``KlarnaPayments`` (or ``AsyncKlarnaPayments``); every error is a ``KlarnaError``
(``klarna_payments.errors``). Request bodies are plain dicts typed by ``klarna_payments.params``,
built with ``klarna_payments.lines`` and checked by ``klarna_payments.preflight``.
"""

__version__ = "0.1.0"

from ._prepare import idempotency_key
from ._response import RawResponse
from .client import AsyncKlarnaPayments, AuthenticatedClient, KlarnaPayments
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
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
    UnexpectedStatus,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncKlarnaPayments",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "KlarnaError",
    "KlarnaPayments",
    "NotFoundError",
    "OrderRuleError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseValidationError",
    "UnexpectedStatus",
    "__version__",
    "idempotency_key",
]
