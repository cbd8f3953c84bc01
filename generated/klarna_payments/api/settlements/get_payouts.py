"""List payouts (the functional layer of `get_payouts`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    import datetime

    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...models.settlement_payout_collection import SettlementPayoutCollection
    from ...types import Response


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    currency_code: str | None = None,
    size: int | None = None,
    offset: int | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | SettlementPayoutCollection]:
    """List payouts

    The payouts Klarna made to the merchant, one page at a time: narrow them by payout date
    (`start_date`, `end_date`) and currency. Each payout is one
    transfer to the merchant's bank account, identified by the `payment_reference` that the
    bank statement shows, with its totals broken down by kind of money movement.

    A page holds at most `size` payouts (20 when not sent, 500 at most) from `offset` on;
    `pagination` says how many this page holds and how many there are in all. The SDK's
    `iter_payouts(**query)` walks every page for you. Take a payout's `payment_reference`
    to getTransactions (or to a report) to see which orders, captures and refunds it pays.

    Args:
        start_date: Only payouts paid out at or after this instant (the filter is on the payout date).
            Give a full date-time with its offset, e.g. `2026-01-01T00:00:00Z`: a date alone means
            midnight, so a period whose start and end are the same date selects nothing.
            Optional: not sent when None.
        end_date: Only payouts paid out at or before this instant (the filter is on the payout date).
            Give a full date-time with its offset, e.g. `2026-01-31T23:59:59Z`, to include the
            whole of the last day.  Optional: not sent when None.
        currency_code: Only payouts in this settlement currency (ISO 4217, e.g. `EUR`). Optional: not sent
            when None.
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
        _spec.GET_PAYOUTS,
        (),
        query={
            "start_date": start_date,
            "end_date": end_date,
            "currency_code": currency_code,
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
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    currency_code: str | None = None,
    size: int | None = None,
    offset: int | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> SettlementPayoutCollection:
    """List payouts

    The payouts Klarna made to the merchant, one page at a time: narrow them by payout date
    (`start_date`, `end_date`) and currency. Each payout is one
    transfer to the merchant's bank account, identified by the `payment_reference` that the
    bank statement shows, with its totals broken down by kind of money movement.

    A page holds at most `size` payouts (20 when not sent, 500 at most) from `offset` on;
    `pagination` says how many this page holds and how many there are in all. The SDK's
    `iter_payouts(**query)` walks every page for you. Take a payout's `payment_reference`
    to getTransactions (or to a report) to see which orders, captures and refunds it pays.

    Args:
        start_date: Only payouts paid out at or after this instant (the filter is on the payout date).
            Give a full date-time with its offset, e.g. `2026-01-01T00:00:00Z`: a date alone means
            midnight, so a period whose start and end are the same date selects nothing.
            Optional: not sent when None.
        end_date: Only payouts paid out at or before this instant (the filter is on the payout date).
            Give a full date-time with its offset, e.g. `2026-01-31T23:59:59Z`, to include the
            whole of the last day.  Optional: not sent when None.
        currency_code: Only payouts in this settlement currency (ISO 4217, e.g. `EUR`). Optional: not sent
            when None.
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
        SettlementPayoutCollection: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "SettlementPayoutCollection",
        _base_client.call(
            client,
            _spec.GET_PAYOUTS,
            (),
            query={
                "start_date": start_date,
                "end_date": end_date,
                "currency_code": currency_code,
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
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    currency_code: str | None = None,
    size: int | None = None,
    offset: int | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | SettlementPayoutCollection]:
    """List payouts

    The payouts Klarna made to the merchant, one page at a time: narrow them by payout date
    (`start_date`, `end_date`) and currency. Each payout is one
    transfer to the merchant's bank account, identified by the `payment_reference` that the
    bank statement shows, with its totals broken down by kind of money movement.

    A page holds at most `size` payouts (20 when not sent, 500 at most) from `offset` on;
    `pagination` says how many this page holds and how many there are in all. The SDK's
    `iter_payouts(**query)` walks every page for you. Take a payout's `payment_reference`
    to getTransactions (or to a report) to see which orders, captures and refunds it pays.

    Args:
        start_date: Only payouts paid out at or after this instant (the filter is on the payout date).
            Give a full date-time with its offset, e.g. `2026-01-01T00:00:00Z`: a date alone means
            midnight, so a period whose start and end are the same date selects nothing.
            Optional: not sent when None.
        end_date: Only payouts paid out at or before this instant (the filter is on the payout date).
            Give a full date-time with its offset, e.g. `2026-01-31T23:59:59Z`, to include the
            whole of the last day.  Optional: not sent when None.
        currency_code: Only payouts in this settlement currency (ISO 4217, e.g. `EUR`). Optional: not sent
            when None.
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
        _spec.GET_PAYOUTS,
        (),
        query={
            "start_date": start_date,
            "end_date": end_date,
            "currency_code": currency_code,
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
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    currency_code: str | None = None,
    size: int | None = None,
    offset: int | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> SettlementPayoutCollection:
    """List payouts

    The payouts Klarna made to the merchant, one page at a time: narrow them by payout date
    (`start_date`, `end_date`) and currency. Each payout is one
    transfer to the merchant's bank account, identified by the `payment_reference` that the
    bank statement shows, with its totals broken down by kind of money movement.

    A page holds at most `size` payouts (20 when not sent, 500 at most) from `offset` on;
    `pagination` says how many this page holds and how many there are in all. The SDK's
    `iter_payouts(**query)` walks every page for you. Take a payout's `payment_reference`
    to getTransactions (or to a report) to see which orders, captures and refunds it pays.

    Args:
        start_date: Only payouts paid out at or after this instant (the filter is on the payout date).
            Give a full date-time with its offset, e.g. `2026-01-01T00:00:00Z`: a date alone means
            midnight, so a period whose start and end are the same date selects nothing.
            Optional: not sent when None.
        end_date: Only payouts paid out at or before this instant (the filter is on the payout date).
            Give a full date-time with its offset, e.g. `2026-01-31T23:59:59Z`, to include the
            whole of the last day.  Optional: not sent when None.
        currency_code: Only payouts in this settlement currency (ISO 4217, e.g. `EUR`). Optional: not sent
            when None.
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
        SettlementPayoutCollection: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "SettlementPayoutCollection",
        await _base_client.acall(
            client,
            _spec.GET_PAYOUTS,
            (),
            query={
                "start_date": start_date,
                "end_date": end_date,
                "currency_code": currency_code,
                "size": size,
                "offset": offset,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
