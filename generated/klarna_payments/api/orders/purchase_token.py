"""Create a customer token from an authorization (the functional layer of `purchase_token`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from uuid import UUID

    from ..._client import AuthenticatedClient
    from ...models.customer_token_creation_request import CustomerTokenCreationRequest
    from ...models.customer_token_creation_response import CustomerTokenCreationResponse
    from ...models.error_v2 import ErrorV2
    from ...params import CustomerTokenCreationRequestParam
    from ...types import Response


def sync_detailed(
    authorization_token: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTokenCreationRequestParam | CustomerTokenCreationRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> Response[CustomerTokenCreationResponse | ErrorV2]:
    """Create a customer token from an authorization

    Instead of placing an order, stores the shopper's approved payment method with Klarna
    and returns a customer token for later recurring or on-demand purchases (through the
    Customer Token API). Only allowed when the payment session was created with intent
    `tokenize` or `buy_and_tokenize`; otherwise Klarna answers 403 `INVALID_OPERATION`.
    Customer tokens do not expire; they stay valid until cancelled.

    Args:
        authorization_token: The token Klarna issued when the shopper approved the payment (from the JavaScript
            SDK's `authorize()` callback or the `merchant_urls.authorization` callback). Klarna
            does not document its format, so only emptiness is ruled out: an empty path segment
            would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        body: What the customer token is for, and where the purchase happens. A
            ``CustomerTokenCreationRequestParam`` dict or a ``CustomerTokenCreationRequest``
            model; checked before anything is sent.
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
        _spec.PURCHASE_TOKEN,
        (authorization_token,),
        body,
        idempotency_key=idempotency_key,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
        preflight=preflight,
    )


def sync(
    authorization_token: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTokenCreationRequestParam | CustomerTokenCreationRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> CustomerTokenCreationResponse:
    """Create a customer token from an authorization

    Instead of placing an order, stores the shopper's approved payment method with Klarna
    and returns a customer token for later recurring or on-demand purchases (through the
    Customer Token API). Only allowed when the payment session was created with intent
    `tokenize` or `buy_and_tokenize`; otherwise Klarna answers 403 `INVALID_OPERATION`.
    Customer tokens do not expire; they stay valid until cancelled.

    Args:
        authorization_token: The token Klarna issued when the shopper approved the payment (from the JavaScript
            SDK's `authorize()` callback or the `merchant_urls.authorization` callback). Klarna
            does not document its format, so only emptiness is ruled out: an empty path segment
            would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        body: What the customer token is for, and where the purchase happens. A
            ``CustomerTokenCreationRequestParam`` dict or a ``CustomerTokenCreationRequest``
            model; checked before anything is sent.
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
        CustomerTokenCreationResponse: what Klarna returned.

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
        "CustomerTokenCreationResponse",
        _base_client.call(
            client,
            _spec.PURCHASE_TOKEN,
            (authorization_token,),
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
    authorization_token: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTokenCreationRequestParam | CustomerTokenCreationRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> Response[CustomerTokenCreationResponse | ErrorV2]:
    """Create a customer token from an authorization

    Instead of placing an order, stores the shopper's approved payment method with Klarna
    and returns a customer token for later recurring or on-demand purchases (through the
    Customer Token API). Only allowed when the payment session was created with intent
    `tokenize` or `buy_and_tokenize`; otherwise Klarna answers 403 `INVALID_OPERATION`.
    Customer tokens do not expire; they stay valid until cancelled.

    Args:
        authorization_token: The token Klarna issued when the shopper approved the payment (from the JavaScript
            SDK's `authorize()` callback or the `merchant_urls.authorization` callback). Klarna
            does not document its format, so only emptiness is ruled out: an empty path segment
            would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        body: What the customer token is for, and where the purchase happens. A
            ``CustomerTokenCreationRequestParam`` dict or a ``CustomerTokenCreationRequest``
            model; checked before anything is sent.
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
        _spec.PURCHASE_TOKEN,
        (authorization_token,),
        body,
        idempotency_key=idempotency_key,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
        preflight=preflight,
    )


async def asyncio(
    authorization_token: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTokenCreationRequestParam | CustomerTokenCreationRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> CustomerTokenCreationResponse:
    """Create a customer token from an authorization

    Instead of placing an order, stores the shopper's approved payment method with Klarna
    and returns a customer token for later recurring or on-demand purchases (through the
    Customer Token API). Only allowed when the payment session was created with intent
    `tokenize` or `buy_and_tokenize`; otherwise Klarna answers 403 `INVALID_OPERATION`.
    Customer tokens do not expire; they stay valid until cancelled.

    Args:
        authorization_token: The token Klarna issued when the shopper approved the payment (from the JavaScript
            SDK's `authorize()` callback or the `merchant_urls.authorization` callback). Klarna
            does not document its format, so only emptiness is ruled out: an empty path segment
            would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        body: What the customer token is for, and where the purchase happens. A
            ``CustomerTokenCreationRequestParam`` dict or a ``CustomerTokenCreationRequest``
            model; checked before anything is sent.
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
        CustomerTokenCreationResponse: what Klarna returned.

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
        "CustomerTokenCreationResponse",
        await _base_client.acall(
            client,
            _spec.PURCHASE_TOKEN,
            (authorization_token,),
            body,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
            preflight=preflight,
        ),
    )
