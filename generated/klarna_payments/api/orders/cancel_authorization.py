"""Release an authorization that will not be used (the functional layer of `cancel_authorization`)."""

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
    authorization_token: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[Any | ErrorV2]:
    """Release an authorization that will not be used

    Gives the authorization back when the merchant will neither place an order nor create
    a customer token with it, for example because the shopper abandoned the checkout. The
    request has no body. A cancelled authorization cannot be used again, and cancelling can
    influence Klarna's credit decision if the shopper tries again soon after.

    Klarna answers 404 in two ways. "Invalid authorization token": nothing is left to
    cancel (the token expired, was replaced or is already cancelled); after an attempt
    that may have been executed it means that attempt did the work, and the SDK returns
    as if cancelled. "Authorization cannot be deleted": the authorization is still known
    but cannot be cancelled, typically because an order or customer token was created from
    it; the SDK raises `AuthorizationNotCancellableError` (a `NotFoundError`), which
    usually means cancelling the order through Order Management instead.

    Args:
        authorization_token: The token Klarna issued when the shopper approved the payment (from the JavaScript
            SDK's `authorize()` callback or the `merchant_urls.authorization` callback). Klarna
            does not document its format, so only emptiness is ruled out: an empty path segment
            would address a different resource.
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
        _spec.CANCEL_AUTHORIZATION,
        (authorization_token,),
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


def sync(
    authorization_token: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> None:
    """Release an authorization that will not be used

    Gives the authorization back when the merchant will neither place an order nor create
    a customer token with it, for example because the shopper abandoned the checkout. The
    request has no body. A cancelled authorization cannot be used again, and cancelling can
    influence Klarna's credit decision if the shopper tries again soon after.

    Klarna answers 404 in two ways. "Invalid authorization token": nothing is left to
    cancel (the token expired, was replaced or is already cancelled); after an attempt
    that may have been executed it means that attempt did the work, and the SDK returns
    as if cancelled. "Authorization cannot be deleted": the authorization is still known
    but cannot be cancelled, typically because an order or customer token was created from
    it; the SDK raises `AuthorizationNotCancellableError` (a `NotFoundError`), which
    usually means cancelling the order through Order Management instead.

    Args:
        authorization_token: The token Klarna issued when the shopper approved the payment (from the JavaScript
            SDK's `authorize()` callback or the `merchant_urls.authorization` callback). Klarna
            does not document its format, so only emptiness is ruled out: an empty path segment
            would address a different resource.
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
            _spec.CANCEL_AUTHORIZATION,
            (authorization_token,),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )


async def asyncio_detailed(
    authorization_token: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[Any | ErrorV2]:
    """Release an authorization that will not be used

    Gives the authorization back when the merchant will neither place an order nor create
    a customer token with it, for example because the shopper abandoned the checkout. The
    request has no body. A cancelled authorization cannot be used again, and cancelling can
    influence Klarna's credit decision if the shopper tries again soon after.

    Klarna answers 404 in two ways. "Invalid authorization token": nothing is left to
    cancel (the token expired, was replaced or is already cancelled); after an attempt
    that may have been executed it means that attempt did the work, and the SDK returns
    as if cancelled. "Authorization cannot be deleted": the authorization is still known
    but cannot be cancelled, typically because an order or customer token was created from
    it; the SDK raises `AuthorizationNotCancellableError` (a `NotFoundError`), which
    usually means cancelling the order through Order Management instead.

    Args:
        authorization_token: The token Klarna issued when the shopper approved the payment (from the JavaScript
            SDK's `authorize()` callback or the `merchant_urls.authorization` callback). Klarna
            does not document its format, so only emptiness is ruled out: an empty path segment
            would address a different resource.
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
        _spec.CANCEL_AUTHORIZATION,
        (authorization_token,),
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


async def asyncio(
    authorization_token: str,
    *,
    client: AuthenticatedClient,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> None:
    """Release an authorization that will not be used

    Gives the authorization back when the merchant will neither place an order nor create
    a customer token with it, for example because the shopper abandoned the checkout. The
    request has no body. A cancelled authorization cannot be used again, and cancelling can
    influence Klarna's credit decision if the shopper tries again soon after.

    Klarna answers 404 in two ways. "Invalid authorization token": nothing is left to
    cancel (the token expired, was replaced or is already cancelled); after an attempt
    that may have been executed it means that attempt did the work, and the SDK returns
    as if cancelled. "Authorization cannot be deleted": the authorization is still known
    but cannot be cancelled, typically because an order or customer token was created from
    it; the SDK raises `AuthorizationNotCancellableError` (a `NotFoundError`), which
    usually means cancelling the order through Order Management instead.

    Args:
        authorization_token: The token Klarna issued when the shopper approved the payment (from the JavaScript
            SDK's `authorize()` callback or the `merchant_urls.authorization` callback). Klarna
            does not document its format, so only emptiness is ruled out: an empty path segment
            would address a different resource.
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
            _spec.CANCEL_AUTHORIZATION,
            (authorization_token,),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
