"""A summary of a period's payouts, as PDF (the functional layer of `get_payouts_summary_report`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    import datetime

    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...types import Response


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | bytes]:
    """A summary of a period's payouts, as PDF

    A PDF summary of every payout whose payout date falls between `start_date` and
    `end_date` (both required), for the merchant's records. The SDK returns the file's
    bytes; `get_payouts_summary_report_to_file(path, ...)` writes them to a file without
    holding them in memory.

    Args:
        start_date: The start of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-01T00:00:00Z`: a date alone means midnight, so a period whose start and end
            are the same date selects nothing.
        end_date: The end of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-31T23:59:59Z`, to include the whole of the last day.
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
        _spec.GET_PAYOUTS_SUMMARY_REPORT,
        (),
        query={
            "start_date": start_date,
            "end_date": end_date,
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
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> bytes:
    """A summary of a period's payouts, as PDF

    A PDF summary of every payout whose payout date falls between `start_date` and
    `end_date` (both required), for the merchant's records. The SDK returns the file's
    bytes; `get_payouts_summary_report_to_file(path, ...)` writes them to a file without
    holding them in memory.

    Args:
        start_date: The start of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-01T00:00:00Z`: a date alone means midnight, so a period whose start and end
            are the same date selects nothing.
        end_date: The end of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-31T23:59:59Z`, to include the whole of the last day.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        bytes: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "bytes",
        _base_client.call(
            client,
            _spec.GET_PAYOUTS_SUMMARY_REPORT,
            (),
            query={
                "start_date": start_date,
                "end_date": end_date,
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
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | bytes]:
    """A summary of a period's payouts, as PDF

    A PDF summary of every payout whose payout date falls between `start_date` and
    `end_date` (both required), for the merchant's records. The SDK returns the file's
    bytes; `get_payouts_summary_report_to_file(path, ...)` writes them to a file without
    holding them in memory.

    Args:
        start_date: The start of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-01T00:00:00Z`: a date alone means midnight, so a period whose start and end
            are the same date selects nothing.
        end_date: The end of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-31T23:59:59Z`, to include the whole of the last day.
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
        _spec.GET_PAYOUTS_SUMMARY_REPORT,
        (),
        query={
            "start_date": start_date,
            "end_date": end_date,
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
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> bytes:
    """A summary of a period's payouts, as PDF

    A PDF summary of every payout whose payout date falls between `start_date` and
    `end_date` (both required), for the merchant's records. The SDK returns the file's
    bytes; `get_payouts_summary_report_to_file(path, ...)` writes them to a file without
    holding them in memory.

    Args:
        start_date: The start of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-01T00:00:00Z`: a date alone means midnight, so a period whose start and end
            are the same date selects nothing.
        end_date: The end of the period, by payout date. Give a full date-time with its offset, e.g.
            `2026-01-31T23:59:59Z`, to include the whole of the last day.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        bytes: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "bytes",
        await _base_client.acall(
            client,
            _spec.GET_PAYOUTS_SUMMARY_REPORT,
            (),
            query={
                "start_date": start_date,
                "end_date": end_date,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
