"""Read a hosted payment page session (the functional layer of `read_hpp_session`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...models.hpp_session import HppSession
    from ...types import Response


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | HppSession]:
    """Read a hosted payment page session

    The session's `status` now, when it last changed (`updated_at`) and when it expires,
    and what the payment produced: for a Klarna Payments session the
    `authorization_token` once the shopper has authorized, and the `order_id` once an
    order exists. The status callback sends the same object.

    Read it to poll for the outcome, and before acting on a status callback, which Klarna
    does not authenticate. Wait for `COMPLETED`; with a Klarna Payments session, then place
    the order with `authorization_token` (Payments createOrder) unless the session was
    created with a `place_order_mode` that places it.

    Args:
        session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
            of the Klarna Payments session behind it.
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
        _spec.READ_HPP_SESSION,
        (session_id,),
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> HppSession:
    """Read a hosted payment page session

    The session's `status` now, when it last changed (`updated_at`) and when it expires,
    and what the payment produced: for a Klarna Payments session the
    `authorization_token` once the shopper has authorized, and the `order_id` once an
    order exists. The status callback sends the same object.

    Read it to poll for the outcome, and before acting on a status callback, which Klarna
    does not authenticate. Wait for `COMPLETED`; with a Klarna Payments session, then place
    the order with `authorization_token` (Payments createOrder) unless the session was
    created with a `place_order_mode` that places it.

    Args:
        session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
            of the Klarna Payments session behind it.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        HppSession: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "HppSession",
        _base_client.call(
            client,
            _spec.READ_HPP_SESSION,
            (session_id,),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | HppSession]:
    """Read a hosted payment page session

    The session's `status` now, when it last changed (`updated_at`) and when it expires,
    and what the payment produced: for a Klarna Payments session the
    `authorization_token` once the shopper has authorized, and the `order_id` once an
    order exists. The status callback sends the same object.

    Read it to poll for the outcome, and before acting on a status callback, which Klarna
    does not authenticate. Wait for `COMPLETED`; with a Klarna Payments session, then place
    the order with `authorization_token` (Payments createOrder) unless the session was
    created with a `place_order_mode` that places it.

    Args:
        session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
            of the Klarna Payments session behind it.
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
        _spec.READ_HPP_SESSION,
        (session_id,),
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> HppSession:
    """Read a hosted payment page session

    The session's `status` now, when it last changed (`updated_at`) and when it expires,
    and what the payment produced: for a Klarna Payments session the
    `authorization_token` once the shopper has authorized, and the `order_id` once an
    order exists. The status callback sends the same object.

    Read it to poll for the outcome, and before acting on a status callback, which Klarna
    does not authenticate. Wait for `COMPLETED`; with a Klarna Payments session, then place
    the order with `authorization_token` (Payments createOrder) unless the session was
    created with a `place_order_mode` that places it.

    Args:
        session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
            of the Klarna Payments session behind it.
        client: The ``AuthenticatedClient`` to send with.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Must be None: this operation sends no body.

    Returns:
        HppSession: what Klarna returned.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "HppSession",
        await _base_client.acall(
            client,
            _spec.READ_HPP_SESSION,
            (session_id,),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
