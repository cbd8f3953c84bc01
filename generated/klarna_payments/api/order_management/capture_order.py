"""Capture all or part of an order (the functional layer of `capture_order`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from uuid import UUID

    from ..._client import AuthenticatedClient
    from ...models.capture_order_result import CaptureOrderResult
    from ...models.capture_request import CaptureRequest
    from ...models.error_v2 import ErrorV2
    from ...params import CaptureRequestParam
    from ...types import Response


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: CaptureRequestParam | CaptureRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[CaptureOrderResult | ErrorV2]:
    """Capture all or part of an order

    Charges the customer for what has been shipped. `captured_amount` (minor units) may be
    at most the order's `remaining_authorized_amount`; capture before the order's
    `expires_at`, and never while its `fraud_status` is `PENDING` (wait for Klarna's
    notification). Capture when the goods ship, and again for each later shipment: every
    capture gets its own id and is its own invoice to the customer. Send the `order_lines`
    this capture covers and, for physical goods, the carrier's tracking data in
    `shipping_info`; the shipping address is the order's.

    Klarna answers 201 without a body: the new capture's id is in `Capture-Id` and its URL
    in `Location`. A 403 `CAPTURE_NOT_ALLOWED` means the order is cancelled or expired, or
    the amount is more than is left to capture: nothing was captured, so do not ship on it.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: What to capture. A ``CaptureRequestParam`` dict or a ``CaptureRequest`` model; checked
            before anything is sent.
        idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
            fresh one by default, the same on every retry. Pass the key of a call whose outcome
            is unknown to repeat it safely.
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
        _spec.CAPTURE_ORDER,
        (order_id,),
        body,
        idempotency_key=idempotency_key,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: CaptureRequestParam | CaptureRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> CaptureOrderResult:
    """Capture all or part of an order

    Charges the customer for what has been shipped. `captured_amount` (minor units) may be
    at most the order's `remaining_authorized_amount`; capture before the order's
    `expires_at`, and never while its `fraud_status` is `PENDING` (wait for Klarna's
    notification). Capture when the goods ship, and again for each later shipment: every
    capture gets its own id and is its own invoice to the customer. Send the `order_lines`
    this capture covers and, for physical goods, the carrier's tracking data in
    `shipping_info`; the shipping address is the order's.

    Klarna answers 201 without a body: the new capture's id is in `Capture-Id` and its URL
    in `Location`. A 403 `CAPTURE_NOT_ALLOWED` means the order is cancelled or expired, or
    the amount is more than is left to capture: nothing was captured, so do not ship on it.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: What to capture. A ``CaptureRequestParam`` dict or a ``CaptureRequest`` model; checked
            before anything is sent.
        idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
            fresh one by default, the same on every retry. Pass the key of a call whose outcome
            is unknown to repeat it safely.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        CaptureOrderResult: what Klarna returned.

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
        "CaptureOrderResult",
        _base_client.call(
            client,
            _spec.CAPTURE_ORDER,
            (order_id,),
            body,
            idempotency_key=idempotency_key,
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
    body: CaptureRequestParam | CaptureRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[CaptureOrderResult | ErrorV2]:
    """Capture all or part of an order

    Charges the customer for what has been shipped. `captured_amount` (minor units) may be
    at most the order's `remaining_authorized_amount`; capture before the order's
    `expires_at`, and never while its `fraud_status` is `PENDING` (wait for Klarna's
    notification). Capture when the goods ship, and again for each later shipment: every
    capture gets its own id and is its own invoice to the customer. Send the `order_lines`
    this capture covers and, for physical goods, the carrier's tracking data in
    `shipping_info`; the shipping address is the order's.

    Klarna answers 201 without a body: the new capture's id is in `Capture-Id` and its URL
    in `Location`. A 403 `CAPTURE_NOT_ALLOWED` means the order is cancelled or expired, or
    the amount is more than is left to capture: nothing was captured, so do not ship on it.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: What to capture. A ``CaptureRequestParam`` dict or a ``CaptureRequest`` model; checked
            before anything is sent.
        idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
            fresh one by default, the same on every retry. Pass the key of a call whose outcome
            is unknown to repeat it safely.
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
        _spec.CAPTURE_ORDER,
        (order_id,),
        body,
        idempotency_key=idempotency_key,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: CaptureRequestParam | CaptureRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> CaptureOrderResult:
    """Capture all or part of an order

    Charges the customer for what has been shipped. `captured_amount` (minor units) may be
    at most the order's `remaining_authorized_amount`; capture before the order's
    `expires_at`, and never while its `fraud_status` is `PENDING` (wait for Klarna's
    notification). Capture when the goods ship, and again for each later shipment: every
    capture gets its own id and is its own invoice to the customer. Send the `order_lines`
    this capture covers and, for physical goods, the carrier's tracking data in
    `shipping_info`; the shipping address is the order's.

    Klarna answers 201 without a body: the new capture's id is in `Capture-Id` and its URL
    in `Location`. A 403 `CAPTURE_NOT_ALLOWED` means the order is cancelled or expired, or
    the amount is more than is left to capture: nothing was captured, so do not ship on it.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: What to capture. A ``CaptureRequestParam`` dict or a ``CaptureRequest`` model; checked
            before anything is sent.
        idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
            fresh one by default, the same on every retry. Pass the key of a call whose outcome
            is unknown to repeat it safely.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        CaptureOrderResult: what Klarna returned.

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
        "CaptureOrderResult",
        await _base_client.acall(
            client,
            _spec.CAPTURE_ORDER,
            (order_id,),
            body,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
