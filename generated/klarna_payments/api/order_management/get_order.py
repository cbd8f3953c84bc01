"""Read an order (the functional layer of `get_order`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...models.order_management_order import OrderManagementOrder
    from ...types import Response


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    klarna_integrator: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | OrderManagementOrder]:
    """Read an order

    The order as Klarna holds it now: its `status`, its amounts (the authorized
    `order_amount`, `captured_amount`, `refunded_amount`, and `remaining_authorized_amount`,
    what can still be captured), its lines and addresses, its captures and refunds, and
    `expires_at`, the deadline for capturing.

    Read it when a decision needs the current state, for example before shipping an order
    whose `fraud_status` was `PENDING`, or to check a Klarna Checkout push before acting on
    it. Klarna advises not to call getOrder to confirm an operation: the operation's own
    success is the proof.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        klarna_integrator: Declared by Klarna for this operation without an explanation of its use or values;
            leave it out unless Klarna asks you to send it.  Optional: not sent when None.
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
        _spec.GET_ORDER,
        (order_id,),
        header_parameters={
            "Klarna-Integrator": klarna_integrator,
        },
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    klarna_integrator: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> OrderManagementOrder:
    """Read an order

    The order as Klarna holds it now: its `status`, its amounts (the authorized
    `order_amount`, `captured_amount`, `refunded_amount`, and `remaining_authorized_amount`,
    what can still be captured), its lines and addresses, its captures and refunds, and
    `expires_at`, the deadline for capturing.

    Read it when a decision needs the current state, for example before shipping an order
    whose `fraud_status` was `PENDING`, or to check a Klarna Checkout push before acting on
    it. Klarna advises not to call getOrder to confirm an operation: the operation's own
    success is the proof.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        klarna_integrator: Declared by Klarna for this operation without an explanation of its use or values;
            leave it out unless Klarna asks you to send it.  Optional: not sent when None.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        OrderManagementOrder: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "OrderManagementOrder",
        _base_client.call(
            client,
            _spec.GET_ORDER,
            (order_id,),
            header_parameters={
                "Klarna-Integrator": klarna_integrator,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    klarna_integrator: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | OrderManagementOrder]:
    """Read an order

    The order as Klarna holds it now: its `status`, its amounts (the authorized
    `order_amount`, `captured_amount`, `refunded_amount`, and `remaining_authorized_amount`,
    what can still be captured), its lines and addresses, its captures and refunds, and
    `expires_at`, the deadline for capturing.

    Read it when a decision needs the current state, for example before shipping an order
    whose `fraud_status` was `PENDING`, or to check a Klarna Checkout push before acting on
    it. Klarna advises not to call getOrder to confirm an operation: the operation's own
    success is the proof.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        klarna_integrator: Declared by Klarna for this operation without an explanation of its use or values;
            leave it out unless Klarna asks you to send it.  Optional: not sent when None.
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
        _spec.GET_ORDER,
        (order_id,),
        header_parameters={
            "Klarna-Integrator": klarna_integrator,
        },
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    klarna_integrator: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> OrderManagementOrder:
    """Read an order

    The order as Klarna holds it now: its `status`, its amounts (the authorized
    `order_amount`, `captured_amount`, `refunded_amount`, and `remaining_authorized_amount`,
    what can still be captured), its lines and addresses, its captures and refunds, and
    `expires_at`, the deadline for capturing.

    Read it when a decision needs the current state, for example before shipping an order
    whose `fraud_status` was `PENDING`, or to check a Klarna Checkout push before acting on
    it. Klarna advises not to call getOrder to confirm an operation: the operation's own
    success is the proof.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        klarna_integrator: Declared by Klarna for this operation without an explanation of its use or values;
            leave it out unless Klarna asks you to send it.  Optional: not sent when None.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        OrderManagementOrder: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "OrderManagementOrder",
        await _base_client.acall(
            client,
            _spec.GET_ORDER,
            (order_id,),
            header_parameters={
                "Klarna-Integrator": klarna_integrator,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
