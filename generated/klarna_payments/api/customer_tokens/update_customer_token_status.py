"""Cancel a customer token (the functional layer of `update_customer_token_status`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from ..._client import AuthenticatedClient
    from ...models.customer_token_status_update import CustomerTokenStatusUpdate
    from ...models.error_v2 import ErrorV2
    from ...params import CustomerTokenStatusUpdateParam
    from ...types import Response


def sync_detailed(
    customer_token: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTokenStatusUpdateParam | CustomerTokenStatusUpdate,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[Any | ErrorV2]:
    """Cancel a customer token

    Sets the token's status to `CANCELLED`, the only status a merchant can set: for
    example when the shopper ends the subscription. Cancelling is final; charging the
    shopper again later needs a new token (a new purchase with intent `tokenize`).

    Klarna accepts the change and carries it out afterwards (202, no body), so a read
    right after may still show `ACTIVE`. Cancelling twice cancels once, so the call sends
    no idempotency key and an answer lost on the way is retried. What Klarna answers when
    the token is already cancelled is not documented: after an unknown outcome, read the
    token to see whether it is `CANCELLED`.

    Args:
        customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
            from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
            credentials can charge the shopper, so the SDK never quotes it in an error message or
            a log line. Klarna does not document its format, so only emptiness is ruled out: an
            empty path segment would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        body: The status to set on a customer token. A ``CustomerTokenStatusUpdateParam`` dict or a
            ``CustomerTokenStatusUpdate`` model; checked before anything is sent.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        The response whatever its status, its body parsed where the document describes it.

    Raises:
        ValueError: An argument or the body is invalid; nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return _base_client.call_detailed(
        client,
        _spec.UPDATE_CUSTOMER_TOKEN_STATUS,
        (customer_token,),
        body,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


def sync(
    customer_token: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTokenStatusUpdateParam | CustomerTokenStatusUpdate,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> None:
    """Cancel a customer token

    Sets the token's status to `CANCELLED`, the only status a merchant can set: for
    example when the shopper ends the subscription. Cancelling is final; charging the
    shopper again later needs a new token (a new purchase with intent `tokenize`).

    Klarna accepts the change and carries it out afterwards (202, no body), so a read
    right after may still show `ACTIVE`. Cancelling twice cancels once, so the call sends
    no idempotency key and an answer lost on the way is retried. What Klarna answers when
    the token is already cancelled is not documented: after an unknown outcome, read the
    token to see whether it is `CANCELLED`.

    Args:
        customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
            from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
            credentials can charge the shopper, so the SDK never quotes it in an error message or
            a log line. Klarna does not document its format, so only emptiness is ruled out: an
            empty path segment would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        body: The status to set on a customer token. A ``CustomerTokenStatusUpdateParam`` dict or a
            ``CustomerTokenStatusUpdate`` model; checked before anything is sent.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        None, once Klarna has done it.

    Raises:
        ValueError: An argument or the body is invalid; nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "None",
        _base_client.call(
            client,
            _spec.UPDATE_CUSTOMER_TOKEN_STATUS,
            (customer_token,),
            body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )


async def asyncio_detailed(
    customer_token: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTokenStatusUpdateParam | CustomerTokenStatusUpdate,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[Any | ErrorV2]:
    """Cancel a customer token

    Sets the token's status to `CANCELLED`, the only status a merchant can set: for
    example when the shopper ends the subscription. Cancelling is final; charging the
    shopper again later needs a new token (a new purchase with intent `tokenize`).

    Klarna accepts the change and carries it out afterwards (202, no body), so a read
    right after may still show `ACTIVE`. Cancelling twice cancels once, so the call sends
    no idempotency key and an answer lost on the way is retried. What Klarna answers when
    the token is already cancelled is not documented: after an unknown outcome, read the
    token to see whether it is `CANCELLED`.

    Args:
        customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
            from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
            credentials can charge the shopper, so the SDK never quotes it in an error message or
            a log line. Klarna does not document its format, so only emptiness is ruled out: an
            empty path segment would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        body: The status to set on a customer token. A ``CustomerTokenStatusUpdateParam`` dict or a
            ``CustomerTokenStatusUpdate`` model; checked before anything is sent.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        The response whatever its status, its body parsed where the document describes it.

    Raises:
        ValueError: An argument or the body is invalid; nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return await _base_client.acall_detailed(
        client,
        _spec.UPDATE_CUSTOMER_TOKEN_STATUS,
        (customer_token,),
        body,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


async def asyncio(
    customer_token: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTokenStatusUpdateParam | CustomerTokenStatusUpdate,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> None:
    """Cancel a customer token

    Sets the token's status to `CANCELLED`, the only status a merchant can set: for
    example when the shopper ends the subscription. Cancelling is final; charging the
    shopper again later needs a new token (a new purchase with intent `tokenize`).

    Klarna accepts the change and carries it out afterwards (202, no body), so a read
    right after may still show `ACTIVE`. Cancelling twice cancels once, so the call sends
    no idempotency key and an answer lost on the way is retried. What Klarna answers when
    the token is already cancelled is not documented: after an unknown outcome, read the
    token to see whether it is `CANCELLED`.

    Args:
        customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
            from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
            credentials can charge the shopper, so the SDK never quotes it in an error message or
            a log line. Klarna does not document its format, so only emptiness is ruled out: an
            empty path segment would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        body: The status to set on a customer token. A ``CustomerTokenStatusUpdateParam`` dict or a
            ``CustomerTokenStatusUpdate`` model; checked before anything is sent.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        None, once Klarna has done it.

    Raises:
        ValueError: An argument or the body is invalid; nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "None",
        await _base_client.acall(
            client,
            _spec.UPDATE_CUSTOMER_TOKEN_STATUS,
            (customer_token,),
            body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
