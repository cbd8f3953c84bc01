from collections.abc import Mapping
from typing import Any, cast
from uuid import UUID

import httpx

from ... import _base_client, errors
from ..._base_client import NOT_GIVEN, NotGiven, TimeoutTypes
from ...client import AuthenticatedClient, Client
from ...models.create_order_request import CreateOrderRequest
from ...models.error_v2 import ErrorV2
from ...models.order import Order
from ...types import UNSET, Response, Unset

_OPERATION = "create_order"
_SUCCESS_STATUSES: tuple[tuple[int, int], ...] = ((200, 200),)


def _get_kwargs(
    authorization_token: str,
    *,
    body: CreateOrderRequest | Mapping[str, Any],
    klarna_idempotency_key: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(klarna_idempotency_key, Unset):
        headers["Klarna-Idempotency-Key"] = klarna_idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/v1/authorizations/{authorization_token}/order".format(
            authorization_token=_base_client.path_segment("authorizationToken", authorization_token),
        ),
    }

    _kwargs["content"] = _base_client.json_body(CreateOrderRequest, body, operation=_OPERATION)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorV2 | Order | None:
    if response.status_code == 200:
        with _base_client.decoding(_OPERATION, response):
            response_200 = Order.from_dict(response.json())

            return response_200

    if response.status_code == 400:
        with _base_client.decoding(_OPERATION, response):
            response_400 = ErrorV2.from_dict(response.json())

            return response_400

    if response.status_code == 401:
        with _base_client.decoding(_OPERATION, response):
            response_401 = ErrorV2.from_dict(response.json())

            return response_401

    if response.status_code == 403:
        with _base_client.decoding(_OPERATION, response):
            response_403 = ErrorV2.from_dict(response.json())

            return response_403

    if response.status_code == 404:
        with _base_client.decoding(_OPERATION, response):
            response_404 = ErrorV2.from_dict(response.json())

            return response_404

    if response.status_code == 409:
        with _base_client.decoding(_OPERATION, response):
            response_409 = ErrorV2.from_dict(response.json())

            return response_409

    if response.status_code == 429:
        with _base_client.decoding(_OPERATION, response):
            response_429 = ErrorV2.from_dict(response.json())

            return response_429

    if response.status_code == 500:
        with _base_client.decoding(_OPERATION, response):
            response_500 = ErrorV2.from_dict(response.json())

            return response_500

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorV2 | Order]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.ResponseValidationError:
        parsed = None
    return Response(
        status_code=_base_client.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        idempotency_key=response.request.headers.get(errors.IDEMPOTENCY_KEY_HEADER),
    )


def sync_detailed(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest | Mapping[str, Any],
    klarna_idempotency_key: UUID | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[ErrorV2 | Order]:
    """Place an order with an authorization

    Consumes the authorization token and creates an order in Klarna, which closes the
    Klarna Payments session. From then on the order is handled with the Order Management
    API under the returned `order_id`.

    The body must describe the same purchase that the shopper authorized (amounts, order
    lines, addresses); any difference is answered with 409. The token must be used within
    60 minutes of the authorization and only once.

    Klarna's published spec marks this request body optional although the API cannot work
    without one; it is required here.

    Args:
        authorization_token (str):
        klarna_idempotency_key (UUID | Unset):
        body (CreateOrderRequest): The purchase to turn into an order; must match what the shopper
            authorized.
        timeout: Overrides the client's timeout for this call (``None``: no timeout).
        max_retries: Overrides the client's retry count for this call.

    Raises:
        errors.APIConnectionError: No response arrived (after retries); errors.APITimeoutError on a timeout.
        ValueError: An empty or blank path parameter; nothing was sent.

    Returns:
        Response[ErrorV2 | Order]: status, headers, raw content and the parsed
        body (None when the body does not match the document).
    """

    kwargs = _get_kwargs(
        authorization_token=authorization_token,
        body=body,
        klarna_idempotency_key=klarna_idempotency_key,
    )

    response = _base_client.send(client, kwargs, operation=_OPERATION, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest | Mapping[str, Any],
    klarna_idempotency_key: UUID | Unset = UNSET,
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

    Args:
        authorization_token (str):
        klarna_idempotency_key (UUID | Unset):
        body (CreateOrderRequest): The purchase to turn into an order; must match what the shopper
            authorized.
        timeout: Overrides the client's timeout for this call (``None``: no timeout).
        max_retries: Overrides the client's retry count for this call.

    Raises:
        errors.APIStatusError: Any status that is not a documented success, as its subclass
            (BadRequestError, NotFoundError, ConflictError, ...).
        errors.ResponseValidationError: A success status whose body does not match the document.
        errors.APIConnectionError: No response arrived (after retries); errors.APITimeoutError on a timeout.
        ValueError: An empty or blank path parameter; nothing was sent.

    Returns:
        Order
    """

    kwargs = _get_kwargs(
        authorization_token=authorization_token,
        body=body,
        klarna_idempotency_key=klarna_idempotency_key,
    )
    response = _base_client.send(client, kwargs, operation=_OPERATION, timeout=timeout, max_retries=max_retries)
    _base_client.raise_for_status(response, _SUCCESS_STATUSES)
    return cast(Order, _parse_response(client=client, response=response))


async def asyncio_detailed(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest | Mapping[str, Any],
    klarna_idempotency_key: UUID | Unset = UNSET,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[ErrorV2 | Order]:
    """Place an order with an authorization

    Consumes the authorization token and creates an order in Klarna, which closes the
    Klarna Payments session. From then on the order is handled with the Order Management
    API under the returned `order_id`.

    The body must describe the same purchase that the shopper authorized (amounts, order
    lines, addresses); any difference is answered with 409. The token must be used within
    60 minutes of the authorization and only once.

    Klarna's published spec marks this request body optional although the API cannot work
    without one; it is required here.

    Args:
        authorization_token (str):
        klarna_idempotency_key (UUID | Unset):
        body (CreateOrderRequest): The purchase to turn into an order; must match what the shopper
            authorized.
        timeout: Overrides the client's timeout for this call (``None``: no timeout).
        max_retries: Overrides the client's retry count for this call.

    Raises:
        errors.APIConnectionError: No response arrived (after retries); errors.APITimeoutError on a timeout.
        ValueError: An empty or blank path parameter; nothing was sent.

    Returns:
        Response[ErrorV2 | Order]: status, headers, raw content and the parsed
        body (None when the body does not match the document).
    """

    kwargs = _get_kwargs(
        authorization_token=authorization_token,
        body=body,
        klarna_idempotency_key=klarna_idempotency_key,
    )

    response = await _base_client.asend(client, kwargs, operation=_OPERATION, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest | Mapping[str, Any],
    klarna_idempotency_key: UUID | Unset = UNSET,
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

    Args:
        authorization_token (str):
        klarna_idempotency_key (UUID | Unset):
        body (CreateOrderRequest): The purchase to turn into an order; must match what the shopper
            authorized.
        timeout: Overrides the client's timeout for this call (``None``: no timeout).
        max_retries: Overrides the client's retry count for this call.

    Raises:
        errors.APIStatusError: Any status that is not a documented success, as its subclass
            (BadRequestError, NotFoundError, ConflictError, ...).
        errors.ResponseValidationError: A success status whose body does not match the document.
        errors.APIConnectionError: No response arrived (after retries); errors.APITimeoutError on a timeout.
        ValueError: An empty or blank path parameter; nothing was sent.

    Returns:
        Order
    """

    kwargs = _get_kwargs(
        authorization_token=authorization_token,
        body=body,
        klarna_idempotency_key=klarna_idempotency_key,
    )
    response = await _base_client.asend(client, kwargs, operation=_OPERATION, timeout=timeout, max_retries=max_retries)
    _base_client.raise_for_status(response, _SUCCESS_STATUSES)
    return cast(Order, _parse_response(client=client, response=response))
