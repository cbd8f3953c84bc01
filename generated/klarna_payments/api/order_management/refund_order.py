"""Refund all or part of an order (the functional layer of `refund_order`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from uuid import UUID

    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...models.refund_order_result import RefundOrderResult
    from ...models.refund_request import RefundRequest
    from ...params import RefundRequestParam
    from ...types import Response


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: RefundRequestParam | RefundRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> Response[ErrorV2 | RefundOrderResult]:
    """Refund all or part of an order

    Pays money back to the customer. Only a captured order (fully or in part) can be
    refunded, and `refunded_amount` may be at most what was captured: an order's refunds
    together never exceed its captures, and a refund that asks for more may fail as a
    whole. Send the `order_lines` being refunded.

    To keep a return fee, add a line of type `return_fee`. That needs the order to have
    been captured in full in one capture, the lines to add up exactly to
    `refunded_amount`, and the market to be AT, DE, DK, FI, FR, NL, NO or SE.

    Klarna answers 201 without a body: the new refund's id is in `Refund-Id` and its URL in
    `Location`. A 403 `REFUND_NOT_ALLOWED` means nothing was refunded.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: What to refund. A ``RefundRequestParam`` dict or a ``RefundRequest`` model; checked
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
        preflight: Whether to check Klarna's rules for this body before sending
            (``klarna_payments.preflight``), instead of the client's setting.

    Returns:
        The response whatever its status, its body parsed where the document describes it.

    Raises:
        ValueError: An argument or the body is invalid (``OrderRuleError`` for Klarna's order
            rules); nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return _base_client.call_detailed(
        client,
        _spec.REFUND_ORDER,
        (order_id,),
        body,
        idempotency_key=idempotency_key,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
        preflight=preflight,
    )


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: RefundRequestParam | RefundRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> RefundOrderResult:
    """Refund all or part of an order

    Pays money back to the customer. Only a captured order (fully or in part) can be
    refunded, and `refunded_amount` may be at most what was captured: an order's refunds
    together never exceed its captures, and a refund that asks for more may fail as a
    whole. Send the `order_lines` being refunded.

    To keep a return fee, add a line of type `return_fee`. That needs the order to have
    been captured in full in one capture, the lines to add up exactly to
    `refunded_amount`, and the market to be AT, DE, DK, FI, FR, NL, NO or SE.

    Klarna answers 201 without a body: the new refund's id is in `Refund-Id` and its URL in
    `Location`. A 403 `REFUND_NOT_ALLOWED` means nothing was refunded.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: What to refund. A ``RefundRequestParam`` dict or a ``RefundRequest`` model; checked
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
        preflight: Whether to check Klarna's rules for this body before sending
            (``klarna_payments.preflight``), instead of the client's setting.

    Returns:
        RefundOrderResult: what Klarna returned.

    Raises:
        ValueError: An argument or the body is invalid (``OrderRuleError`` for Klarna's order
            rules); nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "RefundOrderResult",
        _base_client.call(
            client,
            _spec.REFUND_ORDER,
            (order_id,),
            body,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
            preflight=preflight,
        ),
    )


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: RefundRequestParam | RefundRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> Response[ErrorV2 | RefundOrderResult]:
    """Refund all or part of an order

    Pays money back to the customer. Only a captured order (fully or in part) can be
    refunded, and `refunded_amount` may be at most what was captured: an order's refunds
    together never exceed its captures, and a refund that asks for more may fail as a
    whole. Send the `order_lines` being refunded.

    To keep a return fee, add a line of type `return_fee`. That needs the order to have
    been captured in full in one capture, the lines to add up exactly to
    `refunded_amount`, and the market to be AT, DE, DK, FI, FR, NL, NO or SE.

    Klarna answers 201 without a body: the new refund's id is in `Refund-Id` and its URL in
    `Location`. A 403 `REFUND_NOT_ALLOWED` means nothing was refunded.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: What to refund. A ``RefundRequestParam`` dict or a ``RefundRequest`` model; checked
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
        preflight: Whether to check Klarna's rules for this body before sending
            (``klarna_payments.preflight``), instead of the client's setting.

    Returns:
        The response whatever its status, its body parsed where the document describes it.

    Raises:
        ValueError: An argument or the body is invalid (``OrderRuleError`` for Klarna's order
            rules); nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return await _base_client.acall_detailed(
        client,
        _spec.REFUND_ORDER,
        (order_id,),
        body,
        idempotency_key=idempotency_key,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
        preflight=preflight,
    )


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: RefundRequestParam | RefundRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> RefundOrderResult:
    """Refund all or part of an order

    Pays money back to the customer. Only a captured order (fully or in part) can be
    refunded, and `refunded_amount` may be at most what was captured: an order's refunds
    together never exceed its captures, and a refund that asks for more may fail as a
    whole. Send the `order_lines` being refunded.

    To keep a return fee, add a line of type `return_fee`. That needs the order to have
    been captured in full in one capture, the lines to add up exactly to
    `refunded_amount`, and the market to be AT, DE, DK, FI, FR, NL, NO or SE.

    Klarna answers 201 without a body: the new refund's id is in `Refund-Id` and its URL in
    `Location`. A 403 `REFUND_NOT_ALLOWED` means nothing was refunded.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: What to refund. A ``RefundRequestParam`` dict or a ``RefundRequest`` model; checked
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
        preflight: Whether to check Klarna's rules for this body before sending
            (``klarna_payments.preflight``), instead of the client's setting.

    Returns:
        RefundOrderResult: what Klarna returned.

    Raises:
        ValueError: An argument or the body is invalid (``OrderRuleError`` for Klarna's order
            rules); nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "RefundOrderResult",
        await _base_client.acall(
            client,
            _spec.REFUND_ORDER,
            (order_id,),
            body,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
            preflight=preflight,
        ),
    )
