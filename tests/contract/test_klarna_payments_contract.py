"""KlarnaPayments against Prism: the resource methods return models or raise typed errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from klarna_payments import (
    AsyncKlarnaPayments,
    AuthenticationError,
    Client,
    ConflictError,
    KlarnaPayments,
    NotFoundError,
)
from klarna_payments.api.orders import cancel_authorization
from klarna_payments.models import CustomerTokenCreationResponse, Order
from test_orders import AUTHORIZATION_TOKEN, ORDER_REQUEST, TOKEN_REQUEST

SdkFactory = Callable[..., KlarnaPayments]


@pytest.fixture
def sdk_for(prism_url: str) -> Iterator[SdkFactory]:
    """KlarnaPayments on Prism; `prefer` selects the mock's status (`code=404`)."""
    made: list[KlarnaPayments] = []

    def factory(prefer: str | None = None) -> KlarnaPayments:
        headers = {"Prefer": prefer} if prefer else {}
        made.append(
            KlarnaPayments(base_url=prism_url, username="u", password="p", default_headers=headers, max_retries=0)
        )
        return made[-1]

    yield factory
    for sdk in made:
        sdk.close()


def test_create_order_returns_an_order(sdk_for: SdkFactory) -> None:
    order = sdk_for().orders.create_order(AUTHORIZATION_TOKEN, ORDER_REQUEST)
    assert isinstance(order, Order)
    assert order.order_id == "3eaeb557-5e30-47f8-b840-b8d987f5945d"


def test_purchase_token_returns_a_token(sdk_for: SdkFactory) -> None:
    token = sdk_for().orders.purchase_token(AUTHORIZATION_TOKEN, TOKEN_REQUEST)
    assert isinstance(token, CustomerTokenCreationResponse)


def test_cancel_authorization_returns_none(sdk_for: SdkFactory) -> None:
    assert sdk_for().orders.cancel_authorization(AUTHORIZATION_TOKEN) is None


def test_404_raises_not_found_with_the_examples_fields(sdk_for: SdkFactory) -> None:
    with pytest.raises(NotFoundError) as caught:
        sdk_for("code=404").orders.create_order(AUTHORIZATION_TOKEN, ORDER_REQUEST)
    assert caught.value.error_code == "NOT_FOUND"
    assert caught.value.correlation_id == "6a9b1cb1-73a3-4936-a030-481ba4bb203b"


def test_409_raises_conflict(sdk_for: SdkFactory) -> None:
    with pytest.raises(ConflictError) as caught:
        sdk_for("code=409").orders.purchase_token(AUTHORIZATION_TOKEN, TOKEN_REQUEST)
    assert caught.value.error_code == "BAD_VALUE"


async def test_async_client_against_prism(prism_url: str) -> None:
    async with AsyncKlarnaPayments(base_url=prism_url, username="u", password="p", max_retries=0) as sdk:
        order = await sdk.orders.create_order(AUTHORIZATION_TOKEN, ORDER_REQUEST)
        assert await sdk.orders.cancel_authorization(AUTHORIZATION_TOKEN) is None
    assert isinstance(order, Order)


async def test_async_404_raises_not_found(prism_url: str) -> None:
    async with AsyncKlarnaPayments(
        base_url=prism_url, username="u", password="p", default_headers={"Prefer": "code=404"}, max_retries=0
    ) as sdk:
        with pytest.raises(NotFoundError, match="NOT_FOUND"):
            await sdk.orders.cancel_authorization(AUTHORIZATION_TOKEN)


def test_request_without_authorization_raises_authentication_error(prism_url: str) -> None:
    with Client(base_url=prism_url, max_retries=0) as client, pytest.raises(AuthenticationError) as caught:
        cancel_authorization.sync(AUTHORIZATION_TOKEN, client=client)
    assert caught.value.error_code == "UNAUTHORIZED"
