"""Errors raised by the Klarna Payments SDK.

::

    KlarnaError
    ├── APIConnectionError            no response arrived (DNS, refused, reset)
    │   └── APITimeoutError           the request took longer than its timeout
    ├── APIStatusError                Klarna (or a proxy) answered with an error status
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── RateLimitError            429
    │   ├── InternalServerError       >= 500
    │   └── UnexpectedStatus          any other status the operation does not document
    └── ResponseValidationError       a success response whose body does not match the document

Every error carries what Klarna support asks for: the status, Klarna's ``error_code`` and
``error_messages``, the ``correlation_id`` and, for POSTs, the ``idempotency_key`` that was
sent (retrying later with the same key is safe). No error ever includes credentials.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "KlarnaError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnexpectedStatus",
    "error_from_response",
]

CORRELATION_ID_HEADER = "Klarna-Correlation-Id"
IDEMPOTENCY_KEY_HEADER = "Klarna-Idempotency-Key"
# How much of a body an error message quotes; the whole body stays in `.content`.
SNIPPET_LIMIT = 120
MESSAGES_LIMIT = 500


class KlarnaError(Exception):
    """Base class of every error the SDK raises."""


class APIConnectionError(KlarnaError):
    """No response arrived: DNS failure, refused or reset connection, TLS error."""

    def __init__(
        self, message: str | None = None, *, request: httpx.Request | None = None, idempotency_key: str | None = None
    ) -> None:
        super().__init__(message or "Connection error.")
        self.request = request
        self.idempotency_key = idempotency_key


class APITimeoutError(APIConnectionError):
    """The request did not complete within its timeout (connect, read, write or pool)."""


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
        idempotency_key: The ``Klarna-Idempotency-Key`` the request carried, if any.
    """

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers: httpx.Headers = httpx.Headers(headers or {})
        self.idempotency_key = idempotency_key
        self.body: Any = _decode_json(content)
        fields = self.body if isinstance(self.body, dict) else {}
        error_code = fields.get("error_code")
        self.error_code: str | None = error_code if isinstance(error_code, str) else None
        messages = fields.get("error_messages")
        self.error_messages: list[str] = [str(message) for message in messages] if isinstance(messages, list) else []
        correlation_id = fields.get("correlation_id")
        self.correlation_id: str | None = (
            correlation_id if isinstance(correlation_id, str) else self.headers.get(CORRELATION_ID_HEADER)
        )
        super().__init__(self._summary())

    def _summary(self) -> str:
        # Every part is one line: the message goes into logs, and a server's text must not be
        # able to forge log lines there.
        summary = f"{self.status_code} {_one_line(self.error_code or _reason(self.status_code), SNIPPET_LIMIT)}"
        if self.error_messages:
            summary += ": " + _one_line("; ".join(self.error_messages), MESSAGES_LIMIT)
        elif self.error_code is None and self.content:
            # Only the start is decoded: an error page can be megabytes (it stays whole in .content).
            start = self.content[: SNIPPET_LIMIT * 4].decode("utf-8", errors="replace")
            summary += ": " + _one_line(start, SNIPPET_LIMIT)
        details = [f"correlation_id={_one_line(self.correlation_id, SNIPPET_LIMIT)}"] if self.correlation_id else []
        if self.idempotency_key:
            details.append(f"idempotency_key={self.idempotency_key}")
        return f"{summary} ({', '.join(details)})" if details else summary

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class BadRequestError(APIStatusError):
    """400: a field broke a constraint, or the amounts do not add up."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this (token already consumed, merchant inactive, ...)."""


class NotFoundError(APIStatusError):
    """404: no such authorization (expired, replaced, or its session completed)."""


class ConflictError(APIStatusError):
    """409: the request does not match the authorized purchase. Retrying the same body cannot help."""


class RateLimitError(APIStatusError):
    """429: the merchant's rate limit is used up for now."""


class InternalServerError(APIStatusError):
    """500 or above: Klarna or a gateway failed to handle the request."""


class UnexpectedStatus(APIStatusError):
    """A status the operation does not document (e.g. 418, or a 3xx)."""


class ResponseValidationError(KlarnaError):
    """A success status whose body does not match the document (not JSON, or a field missing).

    Attributes:
        operation: The operationId, e.g. ``createOrder``.
        field: The offending field, when one can be named.
        status_code, headers, content: The response as received; ``content`` is the raw body.
    """

    def __init__(
        self,
        operation: str,
        reason: str,
        *,
        response: httpx.Response,
        field: str | None = None,
    ) -> None:
        self.operation = operation
        self.field = field
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = response.content
        self.correlation_id: str | None = response.headers.get(CORRELATION_ID_HEADER)
        self.idempotency_key: str | None = response.request.headers.get(IDEMPOTENCY_KEY_HEADER)
        super().__init__(f"{operation}: {response.status_code} response does not match the document: {reason}")


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
    return _ERROR_CLASSES.get(status_code, UnexpectedStatus)


def error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the typed error for a response that is not one of the operation's successes."""
    return error_class_for(response.status_code)(
        response.status_code,
        response.content,
        headers=response.headers,
        idempotency_key=response.request.headers.get(IDEMPOTENCY_KEY_HEADER),
    )


def _decode_json(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None


def _reason(status_code: int) -> str:
    phrase = httpx.codes.get_reason_phrase(status_code) or "Unknown Status"
    return phrase.upper().replace(" ", "_").replace("-", "_")


def _one_line(text: str, limit: int) -> str:
    """`text` on one line (whitespace collapsed), cut to `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
