"""Create a hosted payment page session (the functional layer of `create_hpp_session`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...models.hpp_session_creation_request import HppSessionCreationRequest
    from ...models.hpp_session_creation_response import HppSessionCreationResponse
    from ...params import HppSessionCreationRequestParam
    from ...types import Response


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: HppSessionCreationRequestParam | HppSessionCreationRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | HppSessionCreationResponse]:
    """Create a hosted payment page session

    Creates a Klarna-hosted payment page for an existing Klarna Payments session or Klarna
    Checkout order, named by its API URL in `payment_session_url`. The answer holds the
    session's id and the links to use: `redirect_url` (send the shopper's browser there;
    e-commerce only), `qr_code_url` (an image of a QR code for the same page), and the API
    URLs `session_url` and `distribution_url`.

    `merchant_urls` says where Klarna sends the browser afterwards and where it reports
    status changes (`status_update`). Klarna fills in the placeholders `{{session_id}}`,
    `{{authorization_token}}` and `{{order_id}}` in these URLs; write them literally, braces
    included, and the SDK sends them unchanged.

    The HPP session follows its payment session: it expires one hour before the Klarna
    Payments session does (usually 48 hours after that was last updated), and it ends when
    the payment session is completed or cancelled. Create one HPP session per payment
    session: Klarna calls several a bad practice, and with a Checkout order they may behave
    unexpectedly.

    No money moves when a session is created, and Klarna declares no idempotency key for
    this call. An answer lost on the way is therefore not repeated by the SDK; it raises
    `OutcomeUnknownError`. Creating another session is harmless: disable the one you do not
    use (disableHppSession) if its id is known, or let it expire. The rate limit of this
    call is lower than that of other calls: 40 per second in production, 5 in the
    playground.

    Args:
        client: The ``AuthenticatedClient`` to send with.
        body: The payment to host a page for, and how the page behaves. A
            ``HppSessionCreationRequestParam`` dict or a ``HppSessionCreationRequest`` model;
            checked before anything is sent.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        The response whatever its status, its body parsed where the document describes it.

    Raises:
        ValueError: An argument or the body is invalid; nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return _base_client.call_detailed(
        client,
        _spec.CREATE_HPP_SESSION,
        (),
        body,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


def sync(
    *,
    client: AuthenticatedClient,
    body: HppSessionCreationRequestParam | HppSessionCreationRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> HppSessionCreationResponse:
    """Create a hosted payment page session

    Creates a Klarna-hosted payment page for an existing Klarna Payments session or Klarna
    Checkout order, named by its API URL in `payment_session_url`. The answer holds the
    session's id and the links to use: `redirect_url` (send the shopper's browser there;
    e-commerce only), `qr_code_url` (an image of a QR code for the same page), and the API
    URLs `session_url` and `distribution_url`.

    `merchant_urls` says where Klarna sends the browser afterwards and where it reports
    status changes (`status_update`). Klarna fills in the placeholders `{{session_id}}`,
    `{{authorization_token}}` and `{{order_id}}` in these URLs; write them literally, braces
    included, and the SDK sends them unchanged.

    The HPP session follows its payment session: it expires one hour before the Klarna
    Payments session does (usually 48 hours after that was last updated), and it ends when
    the payment session is completed or cancelled. Create one HPP session per payment
    session: Klarna calls several a bad practice, and with a Checkout order they may behave
    unexpectedly.

    No money moves when a session is created, and Klarna declares no idempotency key for
    this call. An answer lost on the way is therefore not repeated by the SDK; it raises
    `OutcomeUnknownError`. Creating another session is harmless: disable the one you do not
    use (disableHppSession) if its id is known, or let it expire. The rate limit of this
    call is lower than that of other calls: 40 per second in production, 5 in the
    playground.

    Args:
        client: The ``AuthenticatedClient`` to send with.
        body: The payment to host a page for, and how the page behaves. A
            ``HppSessionCreationRequestParam`` dict or a ``HppSessionCreationRequest`` model;
            checked before anything is sent.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        HppSessionCreationResponse: what Klarna returned.

    Raises:
        ValueError: An argument or the body is invalid; nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "HppSessionCreationResponse",
        _base_client.call(
            client,
            _spec.CREATE_HPP_SESSION,
            (),
            body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: HppSessionCreationRequestParam | HppSessionCreationRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[ErrorV2 | HppSessionCreationResponse]:
    """Create a hosted payment page session

    Creates a Klarna-hosted payment page for an existing Klarna Payments session or Klarna
    Checkout order, named by its API URL in `payment_session_url`. The answer holds the
    session's id and the links to use: `redirect_url` (send the shopper's browser there;
    e-commerce only), `qr_code_url` (an image of a QR code for the same page), and the API
    URLs `session_url` and `distribution_url`.

    `merchant_urls` says where Klarna sends the browser afterwards and where it reports
    status changes (`status_update`). Klarna fills in the placeholders `{{session_id}}`,
    `{{authorization_token}}` and `{{order_id}}` in these URLs; write them literally, braces
    included, and the SDK sends them unchanged.

    The HPP session follows its payment session: it expires one hour before the Klarna
    Payments session does (usually 48 hours after that was last updated), and it ends when
    the payment session is completed or cancelled. Create one HPP session per payment
    session: Klarna calls several a bad practice, and with a Checkout order they may behave
    unexpectedly.

    No money moves when a session is created, and Klarna declares no idempotency key for
    this call. An answer lost on the way is therefore not repeated by the SDK; it raises
    `OutcomeUnknownError`. Creating another session is harmless: disable the one you do not
    use (disableHppSession) if its id is known, or let it expire. The rate limit of this
    call is lower than that of other calls: 40 per second in production, 5 in the
    playground.

    Args:
        client: The ``AuthenticatedClient`` to send with.
        body: The payment to host a page for, and how the page behaves. A
            ``HppSessionCreationRequestParam`` dict or a ``HppSessionCreationRequest`` model;
            checked before anything is sent.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        The response whatever its status, its body parsed where the document describes it.

    Raises:
        ValueError: An argument or the body is invalid; nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return await _base_client.acall_detailed(
        client,
        _spec.CREATE_HPP_SESSION,
        (),
        body,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: HppSessionCreationRequestParam | HppSessionCreationRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> HppSessionCreationResponse:
    """Create a hosted payment page session

    Creates a Klarna-hosted payment page for an existing Klarna Payments session or Klarna
    Checkout order, named by its API URL in `payment_session_url`. The answer holds the
    session's id and the links to use: `redirect_url` (send the shopper's browser there;
    e-commerce only), `qr_code_url` (an image of a QR code for the same page), and the API
    URLs `session_url` and `distribution_url`.

    `merchant_urls` says where Klarna sends the browser afterwards and where it reports
    status changes (`status_update`). Klarna fills in the placeholders `{{session_id}}`,
    `{{authorization_token}}` and `{{order_id}}` in these URLs; write them literally, braces
    included, and the SDK sends them unchanged.

    The HPP session follows its payment session: it expires one hour before the Klarna
    Payments session does (usually 48 hours after that was last updated), and it ends when
    the payment session is completed or cancelled. Create one HPP session per payment
    session: Klarna calls several a bad practice, and with a Checkout order they may behave
    unexpectedly.

    No money moves when a session is created, and Klarna declares no idempotency key for
    this call. An answer lost on the way is therefore not repeated by the SDK; it raises
    `OutcomeUnknownError`. Creating another session is harmless: disable the one you do not
    use (disableHppSession) if its id is known, or let it expire. The rate limit of this
    call is lower than that of other calls: 40 per second in production, 5 in the
    playground.

    Args:
        client: The ``AuthenticatedClient`` to send with.
        body: The payment to host a page for, and how the page behaves. A
            ``HppSessionCreationRequestParam`` dict or a ``HppSessionCreationRequest`` model;
            checked before anything is sent.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        HppSessionCreationResponse: what Klarna returned.

    Raises:
        ValueError: An argument or the body is invalid; nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "HppSessionCreationResponse",
        await _base_client.acall(
            client,
            _spec.CREATE_HPP_SESSION,
            (),
            body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )
