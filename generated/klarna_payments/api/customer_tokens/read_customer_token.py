"""Read a customer token (the functional layer of `read_customer_token`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from ..._client import AuthenticatedClient
    from ...models.customer_token import CustomerToken
    from ...models.error_v2 import ErrorV2
    from ...types import Response


def sync_detailed(
    customer_token: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[CustomerToken | ErrorV2]:
    """Read a customer token

    What Klarna holds for a customer token: whether it can still be charged (`status`) and
    which payment method it charges, with the masked details of a card or a bank account.
    Read it before the next charge of a subscription whose last charge was refused, or to
    find out whether a cancellation has taken effect.

    Args:
        customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
            from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
            credentials can charge the shopper, so the SDK never quotes it in an error message or
            a log line. Klarna does not document its format, so only emptiness is ruled out: an
            empty path segment would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        The response whatever its status, its body parsed where the document describes it.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return _base_client.call_detailed(
        client,
        _spec.READ_CUSTOMER_TOKEN,
        (customer_token,),
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


def sync(
    customer_token: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> CustomerToken:
    """Read a customer token

    What Klarna holds for a customer token: whether it can still be charged (`status`) and
    which payment method it charges, with the masked details of a card or a bank account.
    Read it before the next charge of a subscription whose last charge was refused, or to
    find out whether a cancellation has taken effect.

    Args:
        customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
            from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
            credentials can charge the shopper, so the SDK never quotes it in an error message or
            a log line. Klarna does not document its format, so only emptiness is ruled out: an
            empty path segment would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        CustomerToken: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "CustomerToken",
        _base_client.call(
            client,
            _spec.READ_CUSTOMER_TOKEN,
            (customer_token,),
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
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[CustomerToken | ErrorV2]:
    """Read a customer token

    What Klarna holds for a customer token: whether it can still be charged (`status`) and
    which payment method it charges, with the masked details of a card or a bank account.
    Read it before the next charge of a subscription whose last charge was refused, or to
    find out whether a cancellation has taken effect.

    Args:
        customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
            from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
            credentials can charge the shopper, so the SDK never quotes it in an error message or
            a log line. Klarna does not document its format, so only emptiness is ruled out: an
            empty path segment would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        The response whatever its status, its body parsed where the document describes it.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return await _base_client.acall_detailed(
        client,
        _spec.READ_CUSTOMER_TOKEN,
        (customer_token,),
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


async def asyncio(
    customer_token: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> CustomerToken:
    """Read a customer token

    What Klarna holds for a customer token: whether it can still be charged (`status`) and
    which payment method it charges, with the masked details of a card or a bank account.
    Read it before the next charge of a subscription whose last charge was refused, or to
    find out whether a cancellation has taken effect.

    Args:
        customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
            from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
            credentials can charge the shopper, so the SDK never quotes it in an error message or
            a log line. Klarna does not document its format, so only emptiness is ruled out: an
            empty path segment would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        CustomerToken: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "CustomerToken",
        await _base_client.acall(
            client,
            _spec.READ_CUSTOMER_TOKEN,
            (customer_token,),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
