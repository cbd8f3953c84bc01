from typing import Any, cast

import httpx

from ... import _base_client, errors
from ..._base_client import NOT_GIVEN, NotGiven, TimeoutTypes
from ...client import AuthenticatedClient, Client
from ...models.error_v2 import ErrorV2
from ...types import Response

_OPERATION = "cancel_authorization"
_SUCCESS_STATUSES: tuple[tuple[int, int], ...] = ((204, 204),)


def _get_kwargs(
    authorization_token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/payments/v1/authorizations/{authorization_token}".format(
            authorization_token=_base_client.path_segment("authorizationToken", authorization_token),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorV2 | None:
    if response.status_code == 204:
        with _base_client.decoding(_OPERATION, response):
            response_204 = cast(Any, None)
            return response_204

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

    if response.status_code == 429:
        with _base_client.decoding(_OPERATION, response):
            response_429 = ErrorV2.from_dict(response.json())

            return response_429

    if response.status_code == 500:
        with _base_client.decoding(_OPERATION, response):
            response_500 = ErrorV2.from_dict(response.json())

            return response_500

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorV2]:
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
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[Any | ErrorV2]:
    """Release an authorization that will not be used

    Gives the authorization back when the merchant will neither place an order nor create
    a customer token with it, for example because the shopper abandoned the checkout. The
    request has no body. A cancelled authorization cannot be used again, and cancelling can
    influence Klarna's credit decision if the shopper tries again soon after.

    Args:
        authorization_token (str):
        timeout: Overrides the client's timeout for this call (``None``: no timeout).
        max_retries: Overrides the client's retry count for this call.

    Raises:
        errors.APIConnectionError: No response arrived (after retries); errors.APITimeoutError on a timeout.
        ValueError: An empty or blank path parameter; nothing was sent.

    Returns:
        Response[Any | ErrorV2]: status, headers, raw content and the parsed
        body (None when the body does not match the document).
    """

    kwargs = _get_kwargs(
        authorization_token=authorization_token,
    )

    response = _base_client.send(client, kwargs, operation=_OPERATION, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Release an authorization that will not be used

    Gives the authorization back when the merchant will neither place an order nor create
    a customer token with it, for example because the shopper abandoned the checkout. The
    request has no body. A cancelled authorization cannot be used again, and cancelling can
    influence Klarna's credit decision if the shopper tries again soon after.

    Args:
        authorization_token (str):
        timeout: Overrides the client's timeout for this call (``None``: no timeout).
        max_retries: Overrides the client's retry count for this call.

    Raises:
        errors.APIStatusError: Any status that is not a documented success, as its subclass
            (BadRequestError, NotFoundError, ConflictError, ...).
        errors.ResponseValidationError: A success status whose body does not match the document.
        errors.APIConnectionError: No response arrived (after retries); errors.APITimeoutError on a timeout.
        ValueError: An empty or blank path parameter; nothing was sent.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        authorization_token=authorization_token,
    )
    response = _base_client.send(client, kwargs, operation=_OPERATION, timeout=timeout, max_retries=max_retries)
    _base_client.raise_for_status(response, _SUCCESS_STATUSES)
    return cast(None, _parse_response(client=client, response=response))


async def asyncio_detailed(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[Any | ErrorV2]:
    """Release an authorization that will not be used

    Gives the authorization back when the merchant will neither place an order nor create
    a customer token with it, for example because the shopper abandoned the checkout. The
    request has no body. A cancelled authorization cannot be used again, and cancelling can
    influence Klarna's credit decision if the shopper tries again soon after.

    Args:
        authorization_token (str):
        timeout: Overrides the client's timeout for this call (``None``: no timeout).
        max_retries: Overrides the client's retry count for this call.

    Raises:
        errors.APIConnectionError: No response arrived (after retries); errors.APITimeoutError on a timeout.
        ValueError: An empty or blank path parameter; nothing was sent.

    Returns:
        Response[Any | ErrorV2]: status, headers, raw content and the parsed
        body (None when the body does not match the document).
    """

    kwargs = _get_kwargs(
        authorization_token=authorization_token,
    )

    response = await _base_client.asend(client, kwargs, operation=_OPERATION, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    authorization_token: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Release an authorization that will not be used

    Gives the authorization back when the merchant will neither place an order nor create
    a customer token with it, for example because the shopper abandoned the checkout. The
    request has no body. A cancelled authorization cannot be used again, and cancelling can
    influence Klarna's credit decision if the shopper tries again soon after.

    Args:
        authorization_token (str):
        timeout: Overrides the client's timeout for this call (``None``: no timeout).
        max_retries: Overrides the client's retry count for this call.

    Raises:
        errors.APIStatusError: Any status that is not a documented success, as its subclass
            (BadRequestError, NotFoundError, ConflictError, ...).
        errors.ResponseValidationError: A success status whose body does not match the document.
        errors.APIConnectionError: No response arrived (after retries); errors.APITimeoutError on a timeout.
        ValueError: An empty or blank path parameter; nothing was sent.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        authorization_token=authorization_token,
    )
    response = await _base_client.asend(client, kwargs, operation=_OPERATION, timeout=timeout, max_retries=max_retries)
    _base_client.raise_for_status(response, _SUCCESS_STATUSES)
    return cast(None, _parse_response(client=client, response=response))
