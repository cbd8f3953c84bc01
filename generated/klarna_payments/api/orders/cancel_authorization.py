from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_v2 import ErrorV2
from ...types import Response


def _get_kwargs(
    authorization_token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/payments/v1/authorizations/{authorization_token}".format(
            authorization_token=quote(str(authorization_token), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorV2 | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorV2.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorV2.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorV2.from_dict(response.json())

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorV2]:
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
) -> Response[Any | ErrorV2]:
    """Release an authorization that will not be used

     Gives the authorization back when the merchant will neither place an order nor create
    a customer token with it, for example because the shopper abandoned the checkout. The
    request has no body. A cancelled authorization cannot be used again, and cancelling can
    influence Klarna's credit decision if the shopper tries again soon after.

    Args:
        authorization_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorV2]
    """

    kwargs = _get_kwargs(
        authorization_token=authorization_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorV2 | None:
    """Release an authorization that will not be used

     Gives the authorization back when the merchant will neither place an order nor create
    a customer token with it, for example because the shopper abandoned the checkout. The
    request has no body. A cancelled authorization cannot be used again, and cancelling can
    influence Klarna's credit decision if the shopper tries again soon after.

    Args:
        authorization_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorV2
    """

    return sync_detailed(
        authorization_token=authorization_token,
        client=client,
    ).parsed


async def asyncio_detailed(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorV2]:
    """Release an authorization that will not be used

     Gives the authorization back when the merchant will neither place an order nor create
    a customer token with it, for example because the shopper abandoned the checkout. The
    request has no body. A cancelled authorization cannot be used again, and cancelling can
    influence Klarna's credit decision if the shopper tries again soon after.

    Args:
        authorization_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorV2]
    """

    kwargs = _get_kwargs(
        authorization_token=authorization_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorV2 | None:
    """Release an authorization that will not be used

     Gives the authorization back when the merchant will neither place an order nor create
    a customer token with it, for example because the shopper abandoned the checkout. The
    request has no body. A cancelled authorization cannot be used again, and cancelling can
    influence Klarna's credit decision if the shopper tries again soon after.

    Args:
        authorization_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorV2
    """

    return (
        await asyncio_detailed(
            authorization_token=authorization_token,
            client=client,
        )
    ).parsed
