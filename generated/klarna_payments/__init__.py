"""A client library for accessing Klarna Payments API (authorization operations)"""

__version__ = "0.1.0"

from .client import AsyncKlarnaPayments, AuthenticatedClient, Client, KlarnaPayments
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
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnexpectedStatus,
)

__all__ = (
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncKlarnaPayments",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "KlarnaError",
    "KlarnaPayments",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnexpectedStatus",
    "__version__",
)
