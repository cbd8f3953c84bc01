from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_token_creation_request import CustomerTokenCreationRequest
from ...models.customer_token_creation_response import CustomerTokenCreationResponse
from ...models.error_v2 import ErrorV2
from ...types import UNSET, Response, Unset


def _get_kwargs(
    authorization_token: str,
    *,
    body: CustomerTokenCreationRequest,
    klarna_idempotency_key: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(klarna_idempotency_key, Unset):
        headers["Klarna-Idempotency-Key"] = klarna_idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/v1/authorizations/{authorization_token}/customer-token".format(
            authorization_token=quote(str(authorization_token), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerTokenCreationResponse | ErrorV2 | None:
    if response.status_code == 200:
        response_200 = CustomerTokenCreationResponse.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerTokenCreationResponse | ErrorV2]:
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
    body: CustomerTokenCreationRequest,
    klarna_idempotency_key: UUID | Unset = UNSET,
) -> Response[CustomerTokenCreationResponse | ErrorV2]:
    """Create a customer token from an authorization

     Instead of placing an order, stores the shopper's approved payment method with Klarna
    and returns a customer token for later recurring or on-demand purchases (through the
    Customer Token API). Only allowed when the payment session was created with intent
    `tokenize` or `buy_and_tokenize`; otherwise Klarna answers 403 `INVALID_OPERATION`.
    Customer tokens do not expire; they stay valid until cancelled.

    Klarna's published spec marks this request body optional although the API cannot work
    without one; it is required here.

    Args:
        authorization_token (str):
        klarna_idempotency_key (UUID | Unset):
        body (CustomerTokenCreationRequest): What the customer token is for, and where the
            purchase happens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerTokenCreationResponse | ErrorV2]
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
    body: CustomerTokenCreationRequest,
    klarna_idempotency_key: UUID | Unset = UNSET,
) -> CustomerTokenCreationResponse | ErrorV2 | None:
    """Create a customer token from an authorization

     Instead of placing an order, stores the shopper's approved payment method with Klarna
    and returns a customer token for later recurring or on-demand purchases (through the
    Customer Token API). Only allowed when the payment session was created with intent
    `tokenize` or `buy_and_tokenize`; otherwise Klarna answers 403 `INVALID_OPERATION`.
    Customer tokens do not expire; they stay valid until cancelled.

    Klarna's published spec marks this request body optional although the API cannot work
    without one; it is required here.

    Args:
        authorization_token (str):
        klarna_idempotency_key (UUID | Unset):
        body (CustomerTokenCreationRequest): What the customer token is for, and where the
            purchase happens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerTokenCreationResponse | ErrorV2
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
    body: CustomerTokenCreationRequest,
    klarna_idempotency_key: UUID | Unset = UNSET,
) -> Response[CustomerTokenCreationResponse | ErrorV2]:
    """Create a customer token from an authorization

     Instead of placing an order, stores the shopper's approved payment method with Klarna
    and returns a customer token for later recurring or on-demand purchases (through the
    Customer Token API). Only allowed when the payment session was created with intent
    `tokenize` or `buy_and_tokenize`; otherwise Klarna answers 403 `INVALID_OPERATION`.
    Customer tokens do not expire; they stay valid until cancelled.

    Klarna's published spec marks this request body optional although the API cannot work
    without one; it is required here.

    Args:
        authorization_token (str):
        klarna_idempotency_key (UUID | Unset):
        body (CustomerTokenCreationRequest): What the customer token is for, and where the
            purchase happens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerTokenCreationResponse | ErrorV2]
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
    body: CustomerTokenCreationRequest,
    klarna_idempotency_key: UUID | Unset = UNSET,
) -> CustomerTokenCreationResponse | ErrorV2 | None:
    """Create a customer token from an authorization

     Instead of placing an order, stores the shopper's approved payment method with Klarna
    and returns a customer token for later recurring or on-demand purchases (through the
    Customer Token API). Only allowed when the payment session was created with intent
    `tokenize` or `buy_and_tokenize`; otherwise Klarna answers 403 `INVALID_OPERATION`.
    Customer tokens do not expire; they stay valid until cancelled.

    Klarna's published spec marks this request body optional although the API cannot work
    without one; it is required here.

    Args:
        authorization_token (str):
        klarna_idempotency_key (UUID | Unset):
        body (CustomerTokenCreationRequest): What the customer token is for, and where the
            purchase happens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerTokenCreationResponse | ErrorV2
    """

    return (
        await asyncio_detailed(
            authorization_token=authorization_token,
            client=client,
            body=body,
            klarna_idempotency_key=klarna_idempotency_key,
        )
    ).parsed
