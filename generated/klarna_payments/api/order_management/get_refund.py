"""Read one refund (the functional layer of `get_refund`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...models.refund import Refund
    from ...types import Response


def sync_detailed(
    order_id: str,
    refund_id: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | Refund]:
    """Read one refund

    One refund of the order: its amount, lines, references and when it was made.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        refund_id: The refund's id: the `Refund-Id` header of refundOrder's answer, or `refund_id` in the
            order's `refunds`.
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
        _spec.GET_REFUND,
        (
            order_id,
            refund_id,
        ),
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


def sync(
    order_id: str,
    refund_id: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Refund:
    """Read one refund

    One refund of the order: its amount, lines, references and when it was made.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        refund_id: The refund's id: the `Refund-Id` header of refundOrder's answer, or `refund_id` in the
            order's `refunds`.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        Refund: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "Refund",
        _base_client.call(
            client,
            _spec.GET_REFUND,
            (
                order_id,
                refund_id,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )


async def asyncio_detailed(
    order_id: str,
    refund_id: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | Refund]:
    """Read one refund

    One refund of the order: its amount, lines, references and when it was made.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        refund_id: The refund's id: the `Refund-Id` header of refundOrder's answer, or `refund_id` in the
            order's `refunds`.
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
        _spec.GET_REFUND,
        (
            order_id,
            refund_id,
        ),
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


async def asyncio(
    order_id: str,
    refund_id: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Refund:
    """Read one refund

    One refund of the order: its amount, lines, references and when it was made.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        refund_id: The refund's id: the `Refund-Id` header of refundOrder's answer, or `refund_id` in the
            order's `refunds`.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        Refund: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "Refund",
        await _base_client.acall(
            client,
            _spec.GET_REFUND,
            (
                order_id,
                refund_id,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
