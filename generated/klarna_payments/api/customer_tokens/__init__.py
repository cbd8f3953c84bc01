"""Operations tagged `customer_tokens`.

``CustomerTokens`` and ``AsyncCustomerTokens`` are what ``KlarnaPayments.customer_tokens``
and ``AsyncKlarnaPayments.customer_tokens`` return; the modules of this package are the
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

    from ...models.customer_token import CustomerToken
    from ...models.customer_token_order import CustomerTokenOrder
    from ...models.customer_token_order_request import CustomerTokenOrderRequest
    from ...models.customer_token_status_update import CustomerTokenStatusUpdate
    from ...params import CustomerTokenOrderRequestParam, CustomerTokenStatusUpdateParam


class CustomerTokens(_iterators.CustomerTokensIterators):
    """Operations tagged `customer_tokens`; get it as ``KlarnaPayments(...).customer_tokens``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomerTokensWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, correlation id, ``parse()``)."""
        return CustomerTokensWithRawResponse(self)

    def read_customer_token(
        self,
        customer_token: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CustomerToken:
        """Read a customer token

        What Klarna holds for a customer token: whether it can still be charged (`status`) and
        which payment method it charges, with the masked details of a card or a bank account.
        Read it before the next charge of a subscription whose last charge was refused, or to
        find out whether a cancellation has taken effect.

        Args:
            customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
                from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
                credentials can charge the shopper, so the SDK never quotes it in an error message or
                a log line. Klarna does not document its format, so only emptiness is ruled out: an
                empty path segment would address a different resource.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            CustomerToken: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "CustomerToken",
            _base_client.call(
                self._client,
                _spec.READ_CUSTOMER_TOKEN,
                (customer_token,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def create_customer_token_order(
        self,
        customer_token: str,
        body: CustomerTokenOrderRequestParam | CustomerTokenOrderRequest,
        *,
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
                self._client,
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

    def update_customer_token_status(
        self,
        customer_token: str,
        body: CustomerTokenStatusUpdateParam | CustomerTokenStatusUpdate,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Cancel a customer token

        Sets the token's status to `CANCELLED`, the only status a merchant can set: for
        example when the shopper ends the subscription. Cancelling is final; charging the
        shopper again later needs a new token (a new purchase with intent `tokenize`).

        Klarna accepts the change and carries it out afterwards (202, no body), so a read
        right after may still show `ACTIVE`. Cancelling twice cancels once, so the call sends
        no idempotency key and an answer lost on the way is retried. What Klarna answers when
        the token is already cancelled is not documented: after an unknown outcome, read the
        token to see whether it is `CANCELLED`.

        Args:
            customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
                from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
                credentials can charge the shopper, so the SDK never quotes it in an error message or
                a log line. Klarna does not document its format, so only emptiness is ruled out: an
                empty path segment would address a different resource.
            body: The status to set on a customer token. A ``CustomerTokenStatusUpdateParam`` dict or a
                ``CustomerTokenStatusUpdate`` model; checked before anything is sent.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Fields the document does not know yet, added to the body's top level as they
                are (not checked): the way to send a new Klarna field on purpose.

        Returns:
            None, once Klarna has done it.

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
            "None",
            _base_client.call(
                self._client,
                _spec.UPDATE_CUSTOMER_TOKEN_STATUS,
                (customer_token,),
                body,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )


class AsyncCustomerTokens(_iterators.AsyncCustomerTokensIterators):
    """Operations tagged `customer_tokens`; get it as ``AsyncKlarnaPayments(...).customer_tokens``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomerTokensWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, correlation id, ``parse()``)."""
        return AsyncCustomerTokensWithRawResponse(self)

    async def read_customer_token(
        self,
        customer_token: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CustomerToken:
        """Read a customer token

        What Klarna holds for a customer token: whether it can still be charged (`status`) and
        which payment method it charges, with the masked details of a card or a bank account.
        Read it before the next charge of a subscription whose last charge was refused, or to
        find out whether a cancellation has taken effect.

        Args:
            customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
                from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
                credentials can charge the shopper, so the SDK never quotes it in an error message or
                a log line. Klarna does not document its format, so only emptiness is ruled out: an
                empty path segment would address a different resource.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            CustomerToken: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "CustomerToken",
            await _base_client.acall(
                self._client,
                _spec.READ_CUSTOMER_TOKEN,
                (customer_token,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def create_customer_token_order(
        self,
        customer_token: str,
        body: CustomerTokenOrderRequestParam | CustomerTokenOrderRequest,
        *,
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
                self._client,
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

    async def update_customer_token_status(
        self,
        customer_token: str,
        body: CustomerTokenStatusUpdateParam | CustomerTokenStatusUpdate,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Cancel a customer token

        Sets the token's status to `CANCELLED`, the only status a merchant can set: for
        example when the shopper ends the subscription. Cancelling is final; charging the
        shopper again later needs a new token (a new purchase with intent `tokenize`).

        Klarna accepts the change and carries it out afterwards (202, no body), so a read
        right after may still show `ACTIVE`. Cancelling twice cancels once, so the call sends
        no idempotency key and an answer lost on the way is retried. What Klarna answers when
        the token is already cancelled is not documented: after an unknown outcome, read the
        token to see whether it is `CANCELLED`.

        Args:
            customer_token: The customer token to use: the `token_id` Klarna returned when the token was created
                from an authorization (Payments' purchaseToken). Anyone holding it with the merchant's
                credentials can charge the shopper, so the SDK never quotes it in an error message or
                a log line. Klarna does not document its format, so only emptiness is ruled out: an
                empty path segment would address a different resource.
            body: The status to set on a customer token. A ``CustomerTokenStatusUpdateParam`` dict or a
                ``CustomerTokenStatusUpdate`` model; checked before anything is sent.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Fields the document does not know yet, added to the body's top level as they
                are (not checked): the way to send a new Klarna field on purpose.

        Returns:
            None, once Klarna has done it.

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
            "None",
            await _base_client.acall(
                self._client,
                _spec.UPDATE_CUSTOMER_TOKEN_STATUS,
                (customer_token,),
                body,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )


class CustomerTokensWithRawResponse:
    """``CustomerTokens``'s methods, each returning the ``RawResponse`` of its call; they raise what they raise."""

    def __init__(self, resource: CustomerTokens) -> None:
        self.read_customer_token = to_raw_response_wrapper(resource.read_customer_token)
        self.create_customer_token_order = to_raw_response_wrapper(resource.create_customer_token_order)
        self.update_customer_token_status = to_raw_response_wrapper(resource.update_customer_token_status)


class AsyncCustomerTokensWithRawResponse:
    """``AsyncCustomerTokens``'s methods, each returning the ``RawResponse`` of its call; they raise what they raise."""

    def __init__(self, resource: AsyncCustomerTokens) -> None:
        self.read_customer_token = async_to_raw_response_wrapper(resource.read_customer_token)
        self.create_customer_token_order = async_to_raw_response_wrapper(resource.create_customer_token_order)
        self.update_customer_token_status = async_to_raw_response_wrapper(resource.update_customer_token_status)


__all__ = [
    "AsyncCustomerTokens",
    "AsyncCustomerTokensWithRawResponse",
    "CustomerTokens",
    "CustomerTokensWithRawResponse",
]
