"""Operations tagged `orders`.

The modules of this package are the functional layer (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); ``Orders`` and ``AsyncOrders`` are what
``KlarnaPayments.orders`` and ``AsyncKlarnaPayments.orders`` return.
"""

from collections.abc import Mapping
from typing import Any, cast
from uuid import UUID

from ..._base_client import NOT_GIVEN, NotGiven, TimeoutTypes, idempotency_key_param
from ...client import AuthenticatedClient
from ...models.create_order_request import CreateOrderRequest
from ...models.customer_token_creation_request import CustomerTokenCreationRequest
from ...models.customer_token_creation_response import CustomerTokenCreationResponse
from ...models.error_v2 import ErrorV2
from ...models.order import Order
from ...types import UNSET, Unset
from . import cancel_authorization, create_order, purchase_token


class Orders:
    """Operations tagged `orders`; get it as ``KlarnaPayments(...).orders``."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def cancel_authorization(
        self,
        authorization_token: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Release an authorization that will not be used

        Gives the authorization back when the merchant will neither place an order nor create
        a customer token with it, for example because the shopper abandoned the checkout. The
        request has no body. A cancelled authorization cannot be used again, and cancelling can
        influence Klarna's credit decision if the shopper tries again soon after.


        Returns:
            None

        Raises:
            KlarnaError: see ``cancel_authorization.sync`` (a typed error per status).
        """
        return cancel_authorization.sync(
            authorization_token,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_order(
        self,
        authorization_token: str,
        body: CreateOrderRequest | Mapping[str, Any],
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Place an order with an authorization

        Consumes the authorization token and creates an order in Klarna, which closes the
        Klarna Payments session. From then on the order is handled with the Order Management
        API under the returned `order_id`.

        The body must describe the same purchase that the shopper authorized (amounts, order
        lines, addresses); any difference is answered with 409. The token must be used within
        60 minutes of the authorization and only once.

        Klarna's published spec marks this request body optional although the API cannot work
        without one; it is required here.

        ``body`` is a ``CreateOrderRequest`` or an equivalent dict, sent as it is; a dict
        missing a required field raises ValueError naming it, before anything is sent.
        ``idempotency_key`` defaults to a fresh UUID4 per call, reused on every retry of the call.

        Returns:
            Order

        Raises:
            KlarnaError: see ``create_order.sync`` (a typed error per status).
        """
        return create_order.sync(
            authorization_token,
            client=self._client,
            body=body,
            klarna_idempotency_key=idempotency_key_param(idempotency_key),
            timeout=timeout,
            max_retries=max_retries,
        )

    def purchase_token(
        self,
        authorization_token: str,
        body: CustomerTokenCreationRequest | Mapping[str, Any],
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CustomerTokenCreationResponse:
        """Create a customer token from an authorization

        Instead of placing an order, stores the shopper's approved payment method with Klarna
        and returns a customer token for later recurring or on-demand purchases (through the
        Customer Token API). Only allowed when the payment session was created with intent
        `tokenize` or `buy_and_tokenize`; otherwise Klarna answers 403 `INVALID_OPERATION`.
        Customer tokens do not expire; they stay valid until cancelled.

        Klarna's published spec marks this request body optional although the API cannot work
        without one; it is required here.

        ``body`` is a ``CustomerTokenCreationRequest`` or an equivalent dict, sent as it is; a dict
        missing a required field raises ValueError naming it, before anything is sent.
        ``idempotency_key`` defaults to a fresh UUID4 per call, reused on every retry of the call.

        Returns:
            CustomerTokenCreationResponse

        Raises:
            KlarnaError: see ``purchase_token.sync`` (a typed error per status).
        """
        return purchase_token.sync(
            authorization_token,
            client=self._client,
            body=body,
            klarna_idempotency_key=idempotency_key_param(idempotency_key),
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncOrders:
    """Operations tagged `orders`; get it as ``AsyncKlarnaPayments(...).orders``."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def cancel_authorization(
        self,
        authorization_token: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Release an authorization that will not be used

        Gives the authorization back when the merchant will neither place an order nor create
        a customer token with it, for example because the shopper abandoned the checkout. The
        request has no body. A cancelled authorization cannot be used again, and cancelling can
        influence Klarna's credit decision if the shopper tries again soon after.


        Returns:
            None

        Raises:
            KlarnaError: see ``cancel_authorization.sync`` (a typed error per status).
        """
        return await cancel_authorization.asyncio(
            authorization_token,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_order(
        self,
        authorization_token: str,
        body: CreateOrderRequest | Mapping[str, Any],
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Place an order with an authorization

        Consumes the authorization token and creates an order in Klarna, which closes the
        Klarna Payments session. From then on the order is handled with the Order Management
        API under the returned `order_id`.

        The body must describe the same purchase that the shopper authorized (amounts, order
        lines, addresses); any difference is answered with 409. The token must be used within
        60 minutes of the authorization and only once.

        Klarna's published spec marks this request body optional although the API cannot work
        without one; it is required here.

        ``body`` is a ``CreateOrderRequest`` or an equivalent dict, sent as it is; a dict
        missing a required field raises ValueError naming it, before anything is sent.
        ``idempotency_key`` defaults to a fresh UUID4 per call, reused on every retry of the call.

        Returns:
            Order

        Raises:
            KlarnaError: see ``create_order.sync`` (a typed error per status).
        """
        return await create_order.asyncio(
            authorization_token,
            client=self._client,
            body=body,
            klarna_idempotency_key=idempotency_key_param(idempotency_key),
            timeout=timeout,
            max_retries=max_retries,
        )

    async def purchase_token(
        self,
        authorization_token: str,
        body: CustomerTokenCreationRequest | Mapping[str, Any],
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CustomerTokenCreationResponse:
        """Create a customer token from an authorization

        Instead of placing an order, stores the shopper's approved payment method with Klarna
        and returns a customer token for later recurring or on-demand purchases (through the
        Customer Token API). Only allowed when the payment session was created with intent
        `tokenize` or `buy_and_tokenize`; otherwise Klarna answers 403 `INVALID_OPERATION`.
        Customer tokens do not expire; they stay valid until cancelled.

        Klarna's published spec marks this request body optional although the API cannot work
        without one; it is required here.

        ``body`` is a ``CustomerTokenCreationRequest`` or an equivalent dict, sent as it is; a dict
        missing a required field raises ValueError naming it, before anything is sent.
        ``idempotency_key`` defaults to a fresh UUID4 per call, reused on every retry of the call.

        Returns:
            CustomerTokenCreationResponse

        Raises:
            KlarnaError: see ``purchase_token.sync`` (a typed error per status).
        """
        return await purchase_token.asyncio(
            authorization_token,
            client=self._client,
            body=body,
            klarna_idempotency_key=idempotency_key_param(idempotency_key),
            timeout=timeout,
            max_retries=max_retries,
        )


__all__ = ["AsyncOrders", "Orders"]
