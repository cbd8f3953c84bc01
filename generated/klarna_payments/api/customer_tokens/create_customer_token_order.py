"""Charge a customer token with a recurring order (the functional layer of `create_customer_token_order`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from uuid import UUID

    from ..._client import AuthenticatedClient
    from ...models.customer_token_order import CustomerTokenOrder
    from ...models.customer_token_order_request import CustomerTokenOrderRequest
    from ...models.error_v2 import ErrorV2
    from ...params import CustomerTokenOrderRequestParam
    from ...types import Response


def sync_detailed(
    customer_token: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTokenOrderRequestParam | CustomerTokenOrderRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> Response[CustomerTokenOrder | ErrorV2]:
    """Charge a customer token with a recurring order

    Creates an order paid with the payment method stored in the customer token, without
    the shopper taking part: the next charge of a subscription, or an on-demand purchase.
    The order is then handled with the Order Management API under the returned
    `order_id`, like any other. Check that the token is the one of the customer being
    billed: Klarna charges whoever the token belongs to.

    Send an idempotency key you can derive again from your own records, for example
    `klarna_payments.idempotency_key("subscription", subscription_id, billing_period)`:
    a process that crashes after sending, and the retry job that picks the charge up
    later, then send the same key, and the SDK sends it again on each of its own retries.
    A random key protects only the retries within one call. Klarna documents that a
    request is executed once per key within 24 hours for the Order Management API only;
    whether the Customer Token API keeps a key that long, or at all, is not confirmed, so
    settle an unknown outcome in the Merchant Portal (by `merchant_reference1`) before
    charging again with a new key.

    Lines for recurring items must carry `subscription` (Klarna's documentation requires
    it). The amounts follow Klarna's order rules: `order_amount` is the sum of the lines'
    totals and `order_tax_amount` the sum of their taxes. `fraud_status` `PENDING` means
    Klarna is still reviewing the order: do not deliver until it is accepted.

    Args:
        customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
            from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
            credentials can charge the shopper, so the SDK never quotes it in an error message or
            a log line. Klarna does not document its format, so only emptiness is ruled out: an
            empty path segment would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        body: A recurring order on a customer token; the country, locale and billing address are the
            token's. A ``CustomerTokenOrderRequestParam`` dict or a ``CustomerTokenOrderRequest``
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
        _spec.CREATE_CUSTOMER_TOKEN_ORDER,
        (customer_token,),
        body,
        idempotency_key=idempotency_key,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
        preflight=preflight,
    )


def sync(
    customer_token: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTokenOrderRequestParam | CustomerTokenOrderRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> CustomerTokenOrder:
    """Charge a customer token with a recurring order

    Creates an order paid with the payment method stored in the customer token, without
    the shopper taking part: the next charge of a subscription, or an on-demand purchase.
    The order is then handled with the Order Management API under the returned
    `order_id`, like any other. Check that the token is the one of the customer being
    billed: Klarna charges whoever the token belongs to.

    Send an idempotency key you can derive again from your own records, for example
    `klarna_payments.idempotency_key("subscription", subscription_id, billing_period)`:
    a process that crashes after sending, and the retry job that picks the charge up
    later, then send the same key, and the SDK sends it again on each of its own retries.
    A random key protects only the retries within one call. Klarna documents that a
    request is executed once per key within 24 hours for the Order Management API only;
    whether the Customer Token API keeps a key that long, or at all, is not confirmed, so
    settle an unknown outcome in the Merchant Portal (by `merchant_reference1`) before
    charging again with a new key.

    Lines for recurring items must carry `subscription` (Klarna's documentation requires
    it). The amounts follow Klarna's order rules: `order_amount` is the sum of the lines'
    totals and `order_tax_amount` the sum of their taxes. `fraud_status` `PENDING` means
    Klarna is still reviewing the order: do not deliver until it is accepted.

    Args:
        customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
            from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
            credentials can charge the shopper, so the SDK never quotes it in an error message or
            a log line. Klarna does not document its format, so only emptiness is ruled out: an
            empty path segment would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        body: A recurring order on a customer token; the country, locale and billing address are the
            token's. A ``CustomerTokenOrderRequestParam`` dict or a ``CustomerTokenOrderRequest``
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
        CustomerTokenOrder: what Klarna returned.

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
        "CustomerTokenOrder",
        _base_client.call(
            client,
            _spec.CREATE_CUSTOMER_TOKEN_ORDER,
            (customer_token,),
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
    customer_token: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTokenOrderRequestParam | CustomerTokenOrderRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> Response[CustomerTokenOrder | ErrorV2]:
    """Charge a customer token with a recurring order

    Creates an order paid with the payment method stored in the customer token, without
    the shopper taking part: the next charge of a subscription, or an on-demand purchase.
    The order is then handled with the Order Management API under the returned
    `order_id`, like any other. Check that the token is the one of the customer being
    billed: Klarna charges whoever the token belongs to.

    Send an idempotency key you can derive again from your own records, for example
    `klarna_payments.idempotency_key("subscription", subscription_id, billing_period)`:
    a process that crashes after sending, and the retry job that picks the charge up
    later, then send the same key, and the SDK sends it again on each of its own retries.
    A random key protects only the retries within one call. Klarna documents that a
    request is executed once per key within 24 hours for the Order Management API only;
    whether the Customer Token API keeps a key that long, or at all, is not confirmed, so
    settle an unknown outcome in the Merchant Portal (by `merchant_reference1`) before
    charging again with a new key.

    Lines for recurring items must carry `subscription` (Klarna's documentation requires
    it). The amounts follow Klarna's order rules: `order_amount` is the sum of the lines'
    totals and `order_tax_amount` the sum of their taxes. `fraud_status` `PENDING` means
    Klarna is still reviewing the order: do not deliver until it is accepted.

    Args:
        customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
            from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
            credentials can charge the shopper, so the SDK never quotes it in an error message or
            a log line. Klarna does not document its format, so only emptiness is ruled out: an
            empty path segment would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        body: A recurring order on a customer token; the country, locale and billing address are the
            token's. A ``CustomerTokenOrderRequestParam`` dict or a ``CustomerTokenOrderRequest``
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
        _spec.CREATE_CUSTOMER_TOKEN_ORDER,
        (customer_token,),
        body,
        idempotency_key=idempotency_key,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
        preflight=preflight,
    )


async def asyncio(
    customer_token: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTokenOrderRequestParam | CustomerTokenOrderRequest,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> CustomerTokenOrder:
    """Charge a customer token with a recurring order

    Creates an order paid with the payment method stored in the customer token, without
    the shopper taking part: the next charge of a subscription, or an on-demand purchase.
    The order is then handled with the Order Management API under the returned
    `order_id`, like any other. Check that the token is the one of the customer being
    billed: Klarna charges whoever the token belongs to.

    Send an idempotency key you can derive again from your own records, for example
    `klarna_payments.idempotency_key("subscription", subscription_id, billing_period)`:
    a process that crashes after sending, and the retry job that picks the charge up
    later, then send the same key, and the SDK sends it again on each of its own retries.
    A random key protects only the retries within one call. Klarna documents that a
    request is executed once per key within 24 hours for the Order Management API only;
    whether the Customer Token API keeps a key that long, or at all, is not confirmed, so
    settle an unknown outcome in the Merchant Portal (by `merchant_reference1`) before
    charging again with a new key.

    Lines for recurring items must carry `subscription` (Klarna's documentation requires
    it). The amounts follow Klarna's order rules: `order_amount` is the sum of the lines'
    totals and `order_tax_amount` the sum of their taxes. `fraud_status` `PENDING` means
    Klarna is still reviewing the order: do not deliver until it is accepted.

    Args:
        customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
            from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
            credentials can charge the shopper, so the SDK never quotes it in an error message or
            a log line. Klarna does not document its format, so only emptiness is ruled out: an
            empty path segment would address a different resource.
        client: The ``AuthenticatedClient`` to send with.
        body: A recurring order on a customer token; the country, locale and billing address are the
            token's. A ``CustomerTokenOrderRequestParam`` dict or a ``CustomerTokenOrderRequest``
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
        CustomerTokenOrder: what Klarna returned.

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
        "CustomerTokenOrder",
        await _base_client.acall(
            client,
            _spec.CREATE_CUSTOMER_TOKEN_ORDER,
            (customer_token,),
            body,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
            preflight=preflight,
        ),
    )
