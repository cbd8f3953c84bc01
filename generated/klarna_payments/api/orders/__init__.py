"""Operations tagged `orders`.

``Orders`` and ``AsyncOrders`` are what ``KlarnaPayments.orders``
and ``AsyncKlarnaPayments.orders`` return; the modules of this package are the
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
    from uuid import UUID

    from ...models.create_order_request import CreateOrderRequest
    from ...models.customer_token_creation_request import CustomerTokenCreationRequest
    from ...models.customer_token_creation_response import CustomerTokenCreationResponse
    from ...models.order import Order
    from ...params import CreateOrderRequestParam, CustomerTokenCreationRequestParam


class Orders(_iterators.OrdersIterators):
    """Operations tagged `orders`; get it as ``KlarnaPayments(...).orders``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, correlation id, ``parse()``)."""
        return OrdersWithRawResponse(self)

    def cancel_authorization(
        self,
        authorization_token: str,
        *,
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
                self._client,
                _spec.CANCEL_AUTHORIZATION,
                (authorization_token,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def create_order(
        self,
        authorization_token: str,
        body: CreateOrderRequestParam | CreateOrderRequest,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        preflight: bool | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Place an order with an authorization

        Consumes the authorization token and creates an order in Klarna, which closes the
        Klarna Payments session. From then on the order is handled with the Order Management
        API under the returned `order_id`.

        The body must describe the same purchase that the shopper authorized (amounts, order
        lines, addresses); any difference is answered with 409. The token must be used within
        60 minutes of the authorization and only once.

        Args:
            authorization_token: The token Klarna issued when the shopper approved the payment (from the JavaScript
                SDK's `authorize()` callback or the `merchant_urls.authorization` callback). Klarna
                does not document its format, so only emptiness is ruled out: an empty path segment
                would address a different resource.
            body: The purchase to turn into an order; must match what the shopper authorized. A
                ``CreateOrderRequestParam`` dict or a ``CreateOrderRequest`` model; checked before
                anything is sent.
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
            Order: what Klarna returned.

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
            "Order",
            _base_client.call(
                self._client,
                _spec.CREATE_ORDER,
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

    def purchase_token(
        self,
        authorization_token: str,
        body: CustomerTokenCreationRequestParam | CustomerTokenCreationRequest,
        *,
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
                self._client,
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


class AsyncOrders(_iterators.AsyncOrdersIterators):
    """Operations tagged `orders`; get it as ``AsyncKlarnaPayments(...).orders``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, correlation id, ``parse()``)."""
        return AsyncOrdersWithRawResponse(self)

    async def cancel_authorization(
        self,
        authorization_token: str,
        *,
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
                self._client,
                _spec.CANCEL_AUTHORIZATION,
                (authorization_token,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def create_order(
        self,
        authorization_token: str,
        body: CreateOrderRequestParam | CreateOrderRequest,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        preflight: bool | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Place an order with an authorization

        Consumes the authorization token and creates an order in Klarna, which closes the
        Klarna Payments session. From then on the order is handled with the Order Management
        API under the returned `order_id`.

        The body must describe the same purchase that the shopper authorized (amounts, order
        lines, addresses); any difference is answered with 409. The token must be used within
        60 minutes of the authorization and only once.

        Args:
            authorization_token: The token Klarna issued when the shopper approved the payment (from the JavaScript
                SDK's `authorize()` callback or the `merchant_urls.authorization` callback). Klarna
                does not document its format, so only emptiness is ruled out: an empty path segment
                would address a different resource.
            body: The purchase to turn into an order; must match what the shopper authorized. A
                ``CreateOrderRequestParam`` dict or a ``CreateOrderRequest`` model; checked before
                anything is sent.
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
            Order: what Klarna returned.

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
            "Order",
            await _base_client.acall(
                self._client,
                _spec.CREATE_ORDER,
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

    async def purchase_token(
        self,
        authorization_token: str,
        body: CustomerTokenCreationRequestParam | CustomerTokenCreationRequest,
        *,
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
                self._client,
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


class OrdersWithRawResponse:
    """``Orders``'s methods, each returning the ``RawResponse`` of its call; they raise what they raise."""

    def __init__(self, resource: Orders) -> None:
        self.cancel_authorization = to_raw_response_wrapper(resource.cancel_authorization)
        self.create_order = to_raw_response_wrapper(resource.create_order)
        self.purchase_token = to_raw_response_wrapper(resource.purchase_token)


class AsyncOrdersWithRawResponse:
    """``AsyncOrders``'s methods, each returning the ``RawResponse`` of its call; they raise what they raise."""

    def __init__(self, resource: AsyncOrders) -> None:
        self.cancel_authorization = async_to_raw_response_wrapper(resource.cancel_authorization)
        self.create_order = async_to_raw_response_wrapper(resource.create_order)
        self.purchase_token = async_to_raw_response_wrapper(resource.purchase_token)


__all__ = ["AsyncOrders", "AsyncOrdersWithRawResponse", "Orders", "OrdersWithRawResponse"]
