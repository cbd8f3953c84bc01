from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_order_request import CreateOrderRequest
from ...models.error_v2 import ErrorV2
from ...models.order import Order
from ...types import UNSET, Response, Unset


def _get_kwargs(
    authorization_token: str,
    *,
    body: CreateOrderRequest,
    klarna_idempotency_key: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(klarna_idempotency_key, Unset):
        headers["Klarna-Idempotency-Key"] = klarna_idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/v1/authorizations/{authorization_token}/order".format(
            authorization_token=quote(str(authorization_token), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorV2 | Order | None:
    if response.status_code == 200:
        response_200 = Order.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorV2.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorV2.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorV2.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorV2.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorV2.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorV2.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorV2.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorV2 | Order]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
    klarna_idempotency_key: UUID | Unset = UNSET,
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorV2 | Order]
    """

    kwargs = _get_kwargs(
        authorization_token=authorization_token,
        body=body,
        klarna_idempotency_key=klarna_idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
    klarna_idempotency_key: UUID | Unset = UNSET,
) -> ErrorV2 | Order | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorV2 | Order
    """

    return sync_detailed(
        authorization_token=authorization_token,
        client=client,
        body=body,
        klarna_idempotency_key=klarna_idempotency_key,
    ).parsed


async def asyncio_detailed(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
    klarna_idempotency_key: UUID | Unset = UNSET,
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorV2 | Order]
    """

    kwargs = _get_kwargs(
        authorization_token=authorization_token,
        body=body,
        klarna_idempotency_key=klarna_idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
    klarna_idempotency_key: UUID | Unset = UNSET,
) -> ErrorV2 | Order | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorV2 | Order
    """

    return (
        await asyncio_detailed(
            authorization_token=authorization_token,
            client=client,
            body=body,
            klarna_idempotency_key=klarna_idempotency_key,
        )
    ).parsed
