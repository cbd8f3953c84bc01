"""Add shipping information to the order (the functional layer of `append_order_shipping_info`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from uuid import UUID

    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...models.shipping_info_update import ShippingInfoUpdate
    from ...params import ShippingInfoUpdateParam
    from ...types import Response


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: ShippingInfoUpdateParam | ShippingInfoUpdate,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[Any | ErrorV2]:
    """Add shipping information to the order

    Adds tracking data (carrier, shipping method, tracking number and URL, and the return
    shipment's) to the order itself rather than to one capture. The entries are appended:
    what the order has stays. Klarna answers 204 without a body.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: Shipping information to append. A ``ShippingInfoUpdateParam`` dict or a
            ``ShippingInfoUpdate`` model; checked before anything is sent.
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
        _spec.APPEND_ORDER_SHIPPING_INFO,
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
    body: ShippingInfoUpdateParam | ShippingInfoUpdate,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> None:
    """Add shipping information to the order

    Adds tracking data (carrier, shipping method, tracking number and URL, and the return
    shipment's) to the order itself rather than to one capture. The entries are appended:
    what the order has stays. Klarna answers 204 without a body.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: Shipping information to append. A ``ShippingInfoUpdateParam`` dict or a
            ``ShippingInfoUpdate`` model; checked before anything is sent.
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
            _spec.APPEND_ORDER_SHIPPING_INFO,
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
    body: ShippingInfoUpdateParam | ShippingInfoUpdate,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[Any | ErrorV2]:
    """Add shipping information to the order

    Adds tracking data (carrier, shipping method, tracking number and URL, and the return
    shipment's) to the order itself rather than to one capture. The entries are appended:
    what the order has stays. Klarna answers 204 without a body.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: Shipping information to append. A ``ShippingInfoUpdateParam`` dict or a
            ``ShippingInfoUpdate`` model; checked before anything is sent.
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
        _spec.APPEND_ORDER_SHIPPING_INFO,
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
    body: ShippingInfoUpdateParam | ShippingInfoUpdate,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> None:
    """Add shipping information to the order

    Adds tracking data (carrier, shipping method, tracking number and URL, and the return
    shipment's) to the order itself rather than to one capture. The entries are appended:
    what the order has stays. Klarna answers 204 without a body.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: Shipping information to append. A ``ShippingInfoUpdateParam`` dict or a
            ``ShippingInfoUpdate`` model; checked before anything is sent.
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
            _spec.APPEND_ORDER_SHIPPING_INFO,
            (order_id,),
            body,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
