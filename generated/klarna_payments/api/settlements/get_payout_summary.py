"""Sum up the payouts of a period, per currency (the functional layer of `get_payout_summary`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    import datetime

    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...models.settlement_payout_summary import SettlementPayoutSummary
    from ...types import Response


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    currency_code: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | list[SettlementPayoutSummary]]:
    """Sum up the payouts of a period, per currency

    The totals of every payout whose payout date falls between `start_date` and `end_date`
    (both required), one entry per settlement currency: what was sold, returned, charged in
    fees and commission, held back, released, and what was paid out in the end. Use it to
    check a month's bookkeeping against the bank account without walking every payout;
    `currency_code` narrows it to one currency.

    Args:
        start_date: The start of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-01T00:00:00Z`: a date alone means midnight, so a period whose start and end
            are the same date selects nothing.
        end_date: The end of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-31T23:59:59Z`, to include the whole of the last day.
        currency_code: Only payouts in this settlement currency (ISO 4217, e.g. `EUR`). Optional: not sent
            when None.
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
        _spec.GET_PAYOUT_SUMMARY,
        (),
        query={
            "start_date": start_date,
            "end_date": end_date,
            "currency_code": currency_code,
        },
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


def sync(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    currency_code: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> list[SettlementPayoutSummary]:
    """Sum up the payouts of a period, per currency

    The totals of every payout whose payout date falls between `start_date` and `end_date`
    (both required), one entry per settlement currency: what was sold, returned, charged in
    fees and commission, held back, released, and what was paid out in the end. Use it to
    check a month's bookkeeping against the bank account without walking every payout;
    `currency_code` narrows it to one currency.

    Args:
        start_date: The start of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-01T00:00:00Z`: a date alone means midnight, so a period whose start and end
            are the same date selects nothing.
        end_date: The end of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-31T23:59:59Z`, to include the whole of the last day.
        currency_code: Only payouts in this settlement currency (ISO 4217, e.g. `EUR`). Optional: not sent
            when None.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        list[SettlementPayoutSummary]: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "list[SettlementPayoutSummary]",
        _base_client.call(
            client,
            _spec.GET_PAYOUT_SUMMARY,
            (),
            query={
                "start_date": start_date,
                "end_date": end_date,
                "currency_code": currency_code,
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
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    currency_code: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | list[SettlementPayoutSummary]]:
    """Sum up the payouts of a period, per currency

    The totals of every payout whose payout date falls between `start_date` and `end_date`
    (both required), one entry per settlement currency: what was sold, returned, charged in
    fees and commission, held back, released, and what was paid out in the end. Use it to
    check a month's bookkeeping against the bank account without walking every payout;
    `currency_code` narrows it to one currency.

    Args:
        start_date: The start of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-01T00:00:00Z`: a date alone means midnight, so a period whose start and end
            are the same date selects nothing.
        end_date: The end of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-31T23:59:59Z`, to include the whole of the last day.
        currency_code: Only payouts in this settlement currency (ISO 4217, e.g. `EUR`). Optional: not sent
            when None.
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
        _spec.GET_PAYOUT_SUMMARY,
        (),
        query={
            "start_date": start_date,
            "end_date": end_date,
            "currency_code": currency_code,
        },
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    currency_code: str | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> list[SettlementPayoutSummary]:
    """Sum up the payouts of a period, per currency

    The totals of every payout whose payout date falls between `start_date` and `end_date`
    (both required), one entry per settlement currency: what was sold, returned, charged in
    fees and commission, held back, released, and what was paid out in the end. Use it to
    check a month's bookkeeping against the bank account without walking every payout;
    `currency_code` narrows it to one currency.

    Args:
        start_date: The start of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-01T00:00:00Z`: a date alone means midnight, so a period whose start and end
            are the same date selects nothing.
        end_date: The end of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-31T23:59:59Z`, to include the whole of the last day.
        currency_code: Only payouts in this settlement currency (ISO 4217, e.g. `EUR`). Optional: not sent
            when None.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        list[SettlementPayoutSummary]: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "list[SettlementPayoutSummary]",
        await _base_client.acall(
            client,
            _spec.GET_PAYOUT_SUMMARY,
            (),
            query={
                "start_date": start_date,
                "end_date": end_date,
                "currency_code": currency_code,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
