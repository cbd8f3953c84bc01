"""Read one payout (the functional layer of `get_payout`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...models.settlement_payout import SettlementPayout
    from ...types import Response


def sync_detailed(
    payment_reference: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | SettlementPayout]:
    """Read one payout

    One payout, found by the `payment_reference` on the merchant's bank statement: when it
    was paid, in which currency, how Klarna settles with the merchant
    (`merchant_settlement_type`)
    and its totals. Its transactions are listed by getTransactions with the same
    `payment_reference`.

    Args:
        payment_reference: The payout's reference: the one Klarna puts on the transfer, as the merchant's bank
            statement shows it, and `payment_reference` in getPayouts.
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
        _spec.GET_PAYOUT,
        (payment_reference,),
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


def sync(
    payment_reference: str,
    *,
    client: AuthenticatedClient,
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
        client: The ``AuthenticatedClient`` to send with.
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
            client,
            _spec.GET_PAYOUT,
            (payment_reference,),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )


async def asyncio_detailed(
    payment_reference: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | SettlementPayout]:
    """Read one payout

    One payout, found by the `payment_reference` on the merchant's bank statement: when it
    was paid, in which currency, how Klarna settles with the merchant
    (`merchant_settlement_type`)
    and its totals. Its transactions are listed by getTransactions with the same
    `payment_reference`.

    Args:
        payment_reference: The payout's reference: the one Klarna puts on the transfer, as the merchant's bank
            statement shows it, and `payment_reference` in getPayouts.
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
        _spec.GET_PAYOUT,
        (payment_reference,),
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


async def asyncio(
    payment_reference: str,
    *,
    client: AuthenticatedClient,
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
        client: The ``AuthenticatedClient`` to send with.
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
            client,
            _spec.GET_PAYOUT,
            (payment_reference,),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
