"""Change the order amount (the functional layer of `update_authorization`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from uuid import UUID

    from ..._client import AuthenticatedClient
    from ...models.authorization_update import AuthorizationUpdate
    from ...models.error_v2 import ErrorV2
    from ...params import AuthorizationUpdateParam
    from ...types import Response


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AuthorizationUpdateParam | AuthorizationUpdate,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> Response[Any | ErrorV2]:
    """Change the order amount

    Sets a new total for an order that is not fully captured, cancelled or expired:
    `order_amount` replaces the authorized amount and `order_lines` replace all of the
    order's lines. Send the lines every time: an update without them leaves the order
    without lines. The new amount may not be lower than what is already captured.

    Lowering the amount needs no new credit decision. Raising it is one, which Klarna may
    refuse (403 `NOT_ALLOWED`; the customer then has to place a new order for
    the difference), and is possible only for some payment methods: invoice, B2B invoice,
    account and direct debit (all markets but CH) and fixed amount (AT, DE, DK, FI, FR, NL,
    NO, SE). Klarna answers 204 without a body.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: The order's new total and lines. A ``AuthorizationUpdateParam`` dict or a
            ``AuthorizationUpdate`` model; checked before anything is sent.
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
        _spec.UPDATE_AUTHORIZATION,
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
    body: AuthorizationUpdateParam | AuthorizationUpdate,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> None:
    """Change the order amount

    Sets a new total for an order that is not fully captured, cancelled or expired:
    `order_amount` replaces the authorized amount and `order_lines` replace all of the
    order's lines. Send the lines every time: an update without them leaves the order
    without lines. The new amount may not be lower than what is already captured.

    Lowering the amount needs no new credit decision. Raising it is one, which Klarna may
    refuse (403 `NOT_ALLOWED`; the customer then has to place a new order for
    the difference), and is possible only for some payment methods: invoice, B2B invoice,
    account and direct debit (all markets but CH) and fixed amount (AT, DE, DK, FI, FR, NL,
    NO, SE). Klarna answers 204 without a body.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: The order's new total and lines. A ``AuthorizationUpdateParam`` dict or a
            ``AuthorizationUpdate`` model; checked before anything is sent.
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
        None, once Klarna has done it.

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
        "None",
        _base_client.call(
            client,
            _spec.UPDATE_AUTHORIZATION,
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
    body: AuthorizationUpdateParam | AuthorizationUpdate,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> Response[Any | ErrorV2]:
    """Change the order amount

    Sets a new total for an order that is not fully captured, cancelled or expired:
    `order_amount` replaces the authorized amount and `order_lines` replace all of the
    order's lines. Send the lines every time: an update without them leaves the order
    without lines. The new amount may not be lower than what is already captured.

    Lowering the amount needs no new credit decision. Raising it is one, which Klarna may
    refuse (403 `NOT_ALLOWED`; the customer then has to place a new order for
    the difference), and is possible only for some payment methods: invoice, B2B invoice,
    account and direct debit (all markets but CH) and fixed amount (AT, DE, DK, FI, FR, NL,
    NO, SE). Klarna answers 204 without a body.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: The order's new total and lines. A ``AuthorizationUpdateParam`` dict or a
            ``AuthorizationUpdate`` model; checked before anything is sent.
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
        _spec.UPDATE_AUTHORIZATION,
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
    body: AuthorizationUpdateParam | AuthorizationUpdate,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> None:
    """Change the order amount

    Sets a new total for an order that is not fully captured, cancelled or expired:
    `order_amount` replaces the authorized amount and `order_lines` replace all of the
    order's lines. Send the lines every time: an update without them leaves the order
    without lines. The new amount may not be lower than what is already captured.

    Lowering the amount needs no new credit decision. Raising it is one, which Klarna may
    refuse (403 `NOT_ALLOWED`; the customer then has to place a new order for
    the difference), and is possible only for some payment methods: invoice, B2B invoice,
    account and direct debit (all markets but CH) and fixed amount (AT, DE, DK, FI, FR, NL,
    NO, SE). Klarna answers 204 without a body.

    Args:
        order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
        client: The ``AuthenticatedClient`` to send with.
        body: The order's new total and lines. A ``AuthorizationUpdateParam`` dict or a
            ``AuthorizationUpdate`` model; checked before anything is sent.
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
        None, once Klarna has done it.

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
        "None",
        await _base_client.acall(
            client,
            _spec.UPDATE_AUTHORIZATION,
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
