"""Disable a hosted payment page session (the functional layer of `disable_hpp_session`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...types import Response


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[Any | ErrorV2]:
    """Disable a hosted payment page session

    Ends the session for good: its status becomes `DISABLED`, and a shopper who opens the
    page afterwards sees an error. Disable a session you will not use, for example after
    the shopper pressed back (`back`: the page stays usable otherwise) or when the
    purchase is completed another way. It does not touch the payment session behind it.
    The request has no body, and Klarna answers 204 without one. A session that is
    already `COMPLETED` cannot be disabled (400).

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
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return _base_client.call_detailed(
        client,
        _spec.DISABLE_HPP_SESSION,
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
) -> None:
    """Disable a hosted payment page session

    Ends the session for good: its status becomes `DISABLED`, and a shopper who opens the
    page afterwards sees an error. Disable a session you will not use, for example after
    the shopper pressed back (`back`: the page stays usable otherwise) or when the
    purchase is completed another way. It does not touch the payment session behind it.
    The request has no body, and Klarna answers 204 without one. A session that is
    already `COMPLETED` cannot be disabled (400).

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
        None, once Klarna has done it.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
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
            _spec.DISABLE_HPP_SESSION,
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
) -> Response[Any | ErrorV2]:
    """Disable a hosted payment page session

    Ends the session for good: its status becomes `DISABLED`, and a shopper who opens the
    page afterwards sees an error. Disable a session you will not use, for example after
    the shopper pressed back (`back`: the page stays usable otherwise) or when the
    purchase is completed another way. It does not touch the payment session behind it.
    The request has no body, and Klarna answers 204 without one. A session that is
    already `COMPLETED` cannot be disabled (400).

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
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return await _base_client.acall_detailed(
        client,
        _spec.DISABLE_HPP_SESSION,
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
) -> None:
    """Disable a hosted payment page session

    Ends the session for good: its status becomes `DISABLED`, and a shopper who opens the
    page afterwards sees an error. Disable a session you will not use, for example after
    the shopper pressed back (`back`: the page stays usable otherwise) or when the
    purchase is completed another way. It does not touch the payment session behind it.
    The request has no body, and Klarna answers 204 without one. A session that is
    already `COMPLETED` cannot be disabled (400).

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
        None, once Klarna has done it.

    Raises:
        ValueError: An argument is invalid; nothing was sent.
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
            _spec.DISABLE_HPP_SESSION,
            (session_id,),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
