"""Operations tagged `settlements`.

``Settlements`` and ``AsyncSettlements`` are what ``KlarnaPayments.settlements``
and ``AsyncKlarnaPayments.settlements`` return; the modules of this package are the
functional layer (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, cast

from ... import _base_client, _iterators, _spec
from ..._base_client import BaseClient, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    import datetime
    import os
    from pathlib import Path

    from ...models.settlement_payout import SettlementPayout
    from ...models.settlement_payout_collection import SettlementPayoutCollection
    from ...models.settlement_payout_summary import SettlementPayoutSummary
    from ...models.settlement_transaction_collection import SettlementTransactionCollection


class Settlements(_iterators.SettlementsIterators):
    """Operations tagged `settlements`; get it as ``KlarnaPayments(...).settlements``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SettlementsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, correlation id, ``parse()``)."""
        return SettlementsWithRawResponse(self)

    def get_payouts(
        self,
        *,
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
                self._client,
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

    def get_payout_summary(
        self,
        *,
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
                self._client,
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

    def get_payout(
        self,
        payment_reference: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SettlementPayout:
        """Read one payout

        One payout, found by the `payment_reference` on the merchant's bank statement: when it
        was paid, in which currency, how Klarna settles with the merchant
        (`merchant_settlement_type`)
        and its totals. Its transactions are listed by getTransactions with the same
        `payment_reference`.

        Args:
            payment_reference: The payout's reference: the one Klarna puts on the transfer, as the merchant's bank
                statement shows it, and `payment_reference` in getPayouts.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            SettlementPayout: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "SettlementPayout",
            _base_client.call(
                self._client,
                _spec.GET_PAYOUT,
                (payment_reference,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def get_transactions(
        self,
        *,
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
                self._client,
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

    def get_payout_report_with_transactions(
        self,
        *,
        payment_reference: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> bytes:
        """One payout with its transactions, as CSV

        A CSV file of one payout and every transaction it pays, one row each, for a
        spreadsheet or an accounting import: the same facts getPayout and getTransactions give
        as JSON. The SDK returns the file's bytes;
        `get_payout_report_with_transactions_to_file(path, ...)`
        writes them to a file without holding them in memory.

        Args:
            payment_reference: The payout to report on: its reference as the merchant's bank statement shows it, and
                `payment_reference` in getPayouts.
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
                self._client,
                _spec.GET_PAYOUT_REPORT_WITH_TRANSACTIONS,
                (),
                query={
                    "payment_reference": payment_reference,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def get_payout_report_with_transactions_to_file(
        self,
        path: str | os.PathLike[str],
        *,
        payment_reference: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Path:
        """``get_payout_report_with_transactions``, its body written to the file at ``path`` as it arrives.

        The body is never held whole in memory. The file is replaced only once the whole body has
        arrived (through a temporary file beside it); when the call fails, it is left as it was.
        The arguments are ``get_payout_report_with_transactions``'s, with ``path`` after the path parameters; the body
        is bounded by the client's ``max_download_size``.

        Returns:
            Path: ``path``, now holding the body.
        """
        return _base_client.download(
            self._client,
            _spec.GET_PAYOUT_REPORT_WITH_TRANSACTIONS,
            (),
            path,
            query={
                "payment_reference": payment_reference,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        )

    def get_payout_report(
        self,
        *,
        payment_reference: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> bytes:
        """One payout's settlement statement, as PDF

        The PDF statement of one payout, for the merchant's records or its accountant. The SDK
        returns the file's bytes; `get_payout_report_to_file(path, ...)` writes them to a file
        without holding them in memory.

        Args:
            payment_reference: The payout to report on: its reference as the merchant's bank statement shows it, and
                `payment_reference` in getPayouts.
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
                self._client,
                _spec.GET_PAYOUT_REPORT,
                (),
                query={
                    "payment_reference": payment_reference,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def get_payout_report_to_file(
        self,
        path: str | os.PathLike[str],
        *,
        payment_reference: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Path:
        """``get_payout_report``, its body written to the file at ``path`` as it arrives.

        The body is never held whole in memory. The file is replaced only once the whole body has
        arrived (through a temporary file beside it); when the call fails, it is left as it was.
        The arguments are ``get_payout_report``'s, with ``path`` after the path parameters; the body
        is bounded by the client's ``max_download_size``.

        Returns:
            Path: ``path``, now holding the body.
        """
        return _base_client.download(
            self._client,
            _spec.GET_PAYOUT_REPORT,
            (),
            path,
            query={
                "payment_reference": payment_reference,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        )

    def get_payouts_summary_report_with_transactions(
        self,
        *,
        start_date: datetime.datetime,
        end_date: datetime.datetime,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> bytes:
        """Every payout of a period with its transactions, as CSV

        A CSV file of every payout whose payout date falls between `start_date` and
        `end_date` (both required), with the transactions each pays: a month's settlements for
        an accounting import in one file. The SDK returns the file's bytes;
        `get_payouts_summary_report_with_transactions_to_file(path, ...)` writes them to a file
        without holding them in memory.

        Args:
            start_date: The start of the period, by payout date. Give a full date-time with its offset, e.g.
                `2026-01-01T00:00:00Z`: a date alone means midnight, so a period whose start and end
                are the same date selects nothing.
            end_date: The end of the period, by payout date. Give a full date-time with its offset, e.g.
                `2026-01-31T23:59:59Z`, to include the whole of the last day.
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
                self._client,
                _spec.GET_PAYOUTS_SUMMARY_REPORT_WITH_TRANSACTIONS,
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

    def get_payouts_summary_report_with_transactions_to_file(
        self,
        path: str | os.PathLike[str],
        *,
        start_date: datetime.datetime,
        end_date: datetime.datetime,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Path:
        """``get_payouts_summary_report_with_transactions``, its body written to the file at ``path`` as it arrives.

        The body is never held whole in memory. The file is replaced only once the whole body has
        arrived (through a temporary file beside it); when the call fails, it is left as it was.
        The arguments are ``get_payouts_summary_report_with_transactions``'s, with ``path`` after the path parameters; the body
        is bounded by the client's ``max_download_size``.

        Returns:
            Path: ``path``, now holding the body.
        """
        return _base_client.download(
            self._client,
            _spec.GET_PAYOUTS_SUMMARY_REPORT_WITH_TRANSACTIONS,
            (),
            path,
            query={
                "start_date": start_date,
                "end_date": end_date,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        )

    def get_payouts_summary_report(
        self,
        *,
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
                self._client,
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

    def get_payouts_summary_report_to_file(
        self,
        path: str | os.PathLike[str],
        *,
        start_date: datetime.datetime,
        end_date: datetime.datetime,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Path:
        """``get_payouts_summary_report``, its body written to the file at ``path`` as it arrives.

        The body is never held whole in memory. The file is replaced only once the whole body has
        arrived (through a temporary file beside it); when the call fails, it is left as it was.
        The arguments are ``get_payouts_summary_report``'s, with ``path`` after the path parameters; the body
        is bounded by the client's ``max_download_size``.

        Returns:
            Path: ``path``, now holding the body.
        """
        return _base_client.download(
            self._client,
            _spec.GET_PAYOUTS_SUMMARY_REPORT,
            (),
            path,
            query={
                "start_date": start_date,
                "end_date": end_date,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        )


class AsyncSettlements(_iterators.AsyncSettlementsIterators):
    """Operations tagged `settlements`; get it as ``AsyncKlarnaPayments(...).settlements``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSettlementsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, correlation id, ``parse()``)."""
        return AsyncSettlementsWithRawResponse(self)

    async def get_payouts(
        self,
        *,
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
                self._client,
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

    async def get_payout_summary(
        self,
        *,
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
                self._client,
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

    async def get_payout(
        self,
        payment_reference: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SettlementPayout:
        """Read one payout

        One payout, found by the `payment_reference` on the merchant's bank statement: when it
        was paid, in which currency, how Klarna settles with the merchant
        (`merchant_settlement_type`)
        and its totals. Its transactions are listed by getTransactions with the same
        `payment_reference`.

        Args:
            payment_reference: The payout's reference: the one Klarna puts on the transfer, as the merchant's bank
                statement shows it, and `payment_reference` in getPayouts.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            SettlementPayout: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "SettlementPayout",
            await _base_client.acall(
                self._client,
                _spec.GET_PAYOUT,
                (payment_reference,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def get_transactions(
        self,
        *,
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
                self._client,
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

    async def get_payout_report_with_transactions(
        self,
        *,
        payment_reference: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> bytes:
        """One payout with its transactions, as CSV

        A CSV file of one payout and every transaction it pays, one row each, for a
        spreadsheet or an accounting import: the same facts getPayout and getTransactions give
        as JSON. The SDK returns the file's bytes;
        `get_payout_report_with_transactions_to_file(path, ...)`
        writes them to a file without holding them in memory.

        Args:
            payment_reference: The payout to report on: its reference as the merchant's bank statement shows it, and
                `payment_reference` in getPayouts.
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
                self._client,
                _spec.GET_PAYOUT_REPORT_WITH_TRANSACTIONS,
                (),
                query={
                    "payment_reference": payment_reference,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def get_payout_report_with_transactions_to_file(
        self,
        path: str | os.PathLike[str],
        *,
        payment_reference: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Path:
        """``get_payout_report_with_transactions``, its body written to the file at ``path`` as it arrives.

        The body is never held whole in memory. The file is replaced only once the whole body has
        arrived (through a temporary file beside it); when the call fails, it is left as it was.
        The arguments are ``get_payout_report_with_transactions``'s, with ``path`` after the path parameters; the body
        is bounded by the client's ``max_download_size``.

        Returns:
            Path: ``path``, now holding the body.
        """
        return await _base_client.adownload(
            self._client,
            _spec.GET_PAYOUT_REPORT_WITH_TRANSACTIONS,
            (),
            path,
            query={
                "payment_reference": payment_reference,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        )

    async def get_payout_report(
        self,
        *,
        payment_reference: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> bytes:
        """One payout's settlement statement, as PDF

        The PDF statement of one payout, for the merchant's records or its accountant. The SDK
        returns the file's bytes; `get_payout_report_to_file(path, ...)` writes them to a file
        without holding them in memory.

        Args:
            payment_reference: The payout to report on: its reference as the merchant's bank statement shows it, and
                `payment_reference` in getPayouts.
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
                self._client,
                _spec.GET_PAYOUT_REPORT,
                (),
                query={
                    "payment_reference": payment_reference,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def get_payout_report_to_file(
        self,
        path: str | os.PathLike[str],
        *,
        payment_reference: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Path:
        """``get_payout_report``, its body written to the file at ``path`` as it arrives.

        The body is never held whole in memory. The file is replaced only once the whole body has
        arrived (through a temporary file beside it); when the call fails, it is left as it was.
        The arguments are ``get_payout_report``'s, with ``path`` after the path parameters; the body
        is bounded by the client's ``max_download_size``.

        Returns:
            Path: ``path``, now holding the body.
        """
        return await _base_client.adownload(
            self._client,
            _spec.GET_PAYOUT_REPORT,
            (),
            path,
            query={
                "payment_reference": payment_reference,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        )

    async def get_payouts_summary_report_with_transactions(
        self,
        *,
        start_date: datetime.datetime,
        end_date: datetime.datetime,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> bytes:
        """Every payout of a period with its transactions, as CSV

        A CSV file of every payout whose payout date falls between `start_date` and
        `end_date` (both required), with the transactions each pays: a month's settlements for
        an accounting import in one file. The SDK returns the file's bytes;
        `get_payouts_summary_report_with_transactions_to_file(path, ...)` writes them to a file
        without holding them in memory.

        Args:
            start_date: The start of the period, by payout date. Give a full date-time with its offset, e.g.
                `2026-01-01T00:00:00Z`: a date alone means midnight, so a period whose start and end
                are the same date selects nothing.
            end_date: The end of the period, by payout date. Give a full date-time with its offset, e.g.
                `2026-01-31T23:59:59Z`, to include the whole of the last day.
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
                self._client,
                _spec.GET_PAYOUTS_SUMMARY_REPORT_WITH_TRANSACTIONS,
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

    async def get_payouts_summary_report_with_transactions_to_file(
        self,
        path: str | os.PathLike[str],
        *,
        start_date: datetime.datetime,
        end_date: datetime.datetime,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Path:
        """``get_payouts_summary_report_with_transactions``, its body written to the file at ``path`` as it arrives.

        The body is never held whole in memory. The file is replaced only once the whole body has
        arrived (through a temporary file beside it); when the call fails, it is left as it was.
        The arguments are ``get_payouts_summary_report_with_transactions``'s, with ``path`` after the path parameters; the body
        is bounded by the client's ``max_download_size``.

        Returns:
            Path: ``path``, now holding the body.
        """
        return await _base_client.adownload(
            self._client,
            _spec.GET_PAYOUTS_SUMMARY_REPORT_WITH_TRANSACTIONS,
            (),
            path,
            query={
                "start_date": start_date,
                "end_date": end_date,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        )

    async def get_payouts_summary_report(
        self,
        *,
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
                self._client,
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

    async def get_payouts_summary_report_to_file(
        self,
        path: str | os.PathLike[str],
        *,
        start_date: datetime.datetime,
        end_date: datetime.datetime,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Path:
        """``get_payouts_summary_report``, its body written to the file at ``path`` as it arrives.

        The body is never held whole in memory. The file is replaced only once the whole body has
        arrived (through a temporary file beside it); when the call fails, it is left as it was.
        The arguments are ``get_payouts_summary_report``'s, with ``path`` after the path parameters; the body
        is bounded by the client's ``max_download_size``.

        Returns:
            Path: ``path``, now holding the body.
        """
        return await _base_client.adownload(
            self._client,
            _spec.GET_PAYOUTS_SUMMARY_REPORT,
            (),
            path,
            query={
                "start_date": start_date,
                "end_date": end_date,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        )


class SettlementsWithRawResponse:
    """``Settlements``'s methods, each returning the ``RawResponse`` of its call; they raise what they raise."""

    def __init__(self, resource: Settlements) -> None:
        self.get_payouts = to_raw_response_wrapper(resource.get_payouts)
        self.get_payout_summary = to_raw_response_wrapper(resource.get_payout_summary)
        self.get_payout = to_raw_response_wrapper(resource.get_payout)
        self.get_transactions = to_raw_response_wrapper(resource.get_transactions)
        self.get_payout_report_with_transactions = to_raw_response_wrapper(resource.get_payout_report_with_transactions)
        self.get_payout_report = to_raw_response_wrapper(resource.get_payout_report)
        self.get_payouts_summary_report_with_transactions = to_raw_response_wrapper(
            resource.get_payouts_summary_report_with_transactions
        )
        self.get_payouts_summary_report = to_raw_response_wrapper(resource.get_payouts_summary_report)


class AsyncSettlementsWithRawResponse:
    """``AsyncSettlements``'s methods, each returning the ``RawResponse`` of its call; they raise what they raise."""

    def __init__(self, resource: AsyncSettlements) -> None:
        self.get_payouts = async_to_raw_response_wrapper(resource.get_payouts)
        self.get_payout_summary = async_to_raw_response_wrapper(resource.get_payout_summary)
        self.get_payout = async_to_raw_response_wrapper(resource.get_payout)
        self.get_transactions = async_to_raw_response_wrapper(resource.get_transactions)
        self.get_payout_report_with_transactions = async_to_raw_response_wrapper(
            resource.get_payout_report_with_transactions
        )
        self.get_payout_report = async_to_raw_response_wrapper(resource.get_payout_report)
        self.get_payouts_summary_report_with_transactions = async_to_raw_response_wrapper(
            resource.get_payouts_summary_report_with_transactions
        )
        self.get_payouts_summary_report = async_to_raw_response_wrapper(resource.get_payouts_summary_report)


__all__ = ["AsyncSettlements", "AsyncSettlementsWithRawResponse", "Settlements", "SettlementsWithRawResponse"]
