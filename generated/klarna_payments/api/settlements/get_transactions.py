"""List settlement transactions (the functional layer of `get_transactions`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...models.settlement_transaction_collection import SettlementTransactionCollection
    from ...types import Response


def sync_detailed(
    *,
    client: AuthenticatedClient,
    payment_reference: str | None = None,
    order_id: str | None = None,
    size: int | None = None,
    offset: int | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | SettlementTransactionCollection]:
    """List settlement transactions

    The money movements Klarna books against the merchant (sales, returns, fees,
    commission, holdbacks, corrections...), one page at a time. Filter by
    `payment_reference` for what one payout paid, or by `order_id` for everything that
    happened to one order, paid out yet or not.

    This is where settlements meet Order Management: every transaction carries the
    `order_id` of its order (the recommended join key), a sale its `capture_id` and a
    return its `refund_id`, and the `reference` the merchant gave the capture or refund
    comes back as `merchant_capture_reference` or `merchant_refund_reference`.

    A page holds at most `size` transactions (20 when not sent, 500 at most) from `offset`
    on; `iter_transactions(**query)` walks every page.

    Args:
        payment_reference: Only the transactions one payout paid: its reference as the merchant's bank statement
            shows it, and `payment_reference` in getPayouts.  Optional: not sent when None.
        order_id: Only the transactions of this order: the `order_id` that placing the order returned
            (the one Order Management addresses it by).  Optional: not sent when None.
        size: How many items one page holds, at most 500. When it is not sent, Klarna uses `20`.
            Optional: not sent when None.
        offset: How many items to skip before this page starts (0 for the first page). The next page
            starts at this page's `offset` plus its `pagination.count`. When it is not sent,
            Klarna uses `0`. Optional: not sent when None.
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
        _spec.GET_TRANSACTIONS,
        (),
        query={
            "payment_reference": payment_reference,
            "order_id": order_id,
            "size": size,
            "offset": offset,
        },
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


def sync(
    *,
    client: AuthenticatedClient,
    payment_reference: str | None = None,
    order_id: str | None = None,
    size: int | None = None,
    offset: int | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> SettlementTransactionCollection:
    """List settlement transactions

    The money movements Klarna books against the merchant (sales, returns, fees,
    commission, holdbacks, corrections...), one page at a time. Filter by
    `payment_reference` for what one payout paid, or by `order_id` for everything that
    happened to one order, paid out yet or not.

    This is where settlements meet Order Management: every transaction carries the
    `order_id` of its order (the recommended join key), a sale its `capture_id` and a
    return its `refund_id`, and the `reference` the merchant gave the capture or refund
    comes back as `merchant_capture_reference` or `merchant_refund_reference`.

    A page holds at most `size` transactions (20 when not sent, 500 at most) from `offset`
    on; `iter_transactions(**query)` walks every page.

    Args:
        payment_reference: Only the transactions one payout paid: its reference as the merchant's bank statement
            shows it, and `payment_reference` in getPayouts.  Optional: not sent when None.
        order_id: Only the transactions of this order: the `order_id` that placing the order returned
            (the one Order Management addresses it by).  Optional: not sent when None.
        size: How many items one page holds, at most 500. When it is not sent, Klarna uses `20`.
            Optional: not sent when None.
        offset: How many items to skip before this page starts (0 for the first page). The next page
            starts at this page's `offset` plus its `pagination.count`. When it is not sent,
            Klarna uses `0`. Optional: not sent when None.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        SettlementTransactionCollection: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "SettlementTransactionCollection",
        _base_client.call(
            client,
            _spec.GET_TRANSACTIONS,
            (),
            query={
                "payment_reference": payment_reference,
                "order_id": order_id,
                "size": size,
                "offset": offset,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    payment_reference: str | None = None,
    order_id: str | None = None,
    size: int | None = None,
    offset: int | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | SettlementTransactionCollection]:
    """List settlement transactions

    The money movements Klarna books against the merchant (sales, returns, fees,
    commission, holdbacks, corrections...), one page at a time. Filter by
    `payment_reference` for what one payout paid, or by `order_id` for everything that
    happened to one order, paid out yet or not.

    This is where settlements meet Order Management: every transaction carries the
    `order_id` of its order (the recommended join key), a sale its `capture_id` and a
    return its `refund_id`, and the `reference` the merchant gave the capture or refund
    comes back as `merchant_capture_reference` or `merchant_refund_reference`.

    A page holds at most `size` transactions (20 when not sent, 500 at most) from `offset`
    on; `iter_transactions(**query)` walks every page.

    Args:
        payment_reference: Only the transactions one payout paid: its reference as the merchant's bank statement
            shows it, and `payment_reference` in getPayouts.  Optional: not sent when None.
        order_id: Only the transactions of this order: the `order_id` that placing the order returned
            (the one Order Management addresses it by).  Optional: not sent when None.
        size: How many items one page holds, at most 500. When it is not sent, Klarna uses `20`.
            Optional: not sent when None.
        offset: How many items to skip before this page starts (0 for the first page). The next page
            starts at this page's `offset` plus its `pagination.count`. When it is not sent,
            Klarna uses `0`. Optional: not sent when None.
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
        _spec.GET_TRANSACTIONS,
        (),
        query={
            "payment_reference": payment_reference,
            "order_id": order_id,
            "size": size,
            "offset": offset,
        },
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    payment_reference: str | None = None,
    order_id: str | None = None,
    size: int | None = None,
    offset: int | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> SettlementTransactionCollection:
    """List settlement transactions

    The money movements Klarna books against the merchant (sales, returns, fees,
    commission, holdbacks, corrections...), one page at a time. Filter by
    `payment_reference` for what one payout paid, or by `order_id` for everything that
    happened to one order, paid out yet or not.

    This is where settlements meet Order Management: every transaction carries the
    `order_id` of its order (the recommended join key), a sale its `capture_id` and a
    return its `refund_id`, and the `reference` the merchant gave the capture or refund
    comes back as `merchant_capture_reference` or `merchant_refund_reference`.

    A page holds at most `size` transactions (20 when not sent, 500 at most) from `offset`
    on; `iter_transactions(**query)` walks every page.

    Args:
        payment_reference: Only the transactions one payout paid: its reference as the merchant's bank statement
            shows it, and `payment_reference` in getPayouts.  Optional: not sent when None.
        order_id: Only the transactions of this order: the `order_id` that placing the order returned
            (the one Order Management addresses it by).  Optional: not sent when None.
        size: How many items one page holds, at most 500. When it is not sent, Klarna uses `20`.
            Optional: not sent when None.
        offset: How many items to skip before this page starts (0 for the first page). The next page
            starts at this page's `offset` plus its `pagination.count`. When it is not sent,
            Klarna uses `0`. Optional: not sent when None.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        SettlementTransactionCollection: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "SettlementTransactionCollection",
        await _base_client.acall(
            client,
            _spec.GET_TRANSACTIONS,
            (),
            query={
                "payment_reference": payment_reference,
                "order_id": order_id,
                "size": size,
                "offset": offset,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
