"""KlarnaPayments against Prism: the resource methods return models or raise typed errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from klarna_payments import (
    AsyncKlarnaPayments,
    BadRequestError,
    ConflictError,
    KlarnaPayments,
    NotFoundError,
    OrderRuleError,
)
from klarna_payments._spec import CORRELATION_ID_HEADER
from klarna_payments.models import CustomerTokenCreationResponse, Order

from tests.support.document import declared_headers, documented_example
from tests.support.payloads import TOKEN, US_ORDER, US_TOKEN
from tests.support.prism import fail_on_violations

# What Prism answers with: the document's examples.
EXAMPLE_ORDER_ID = documented_example("createOrder", 200)["order_id"]
ORDER_CORRELATION_ID = declared_headers("createOrder", 200)[CORRELATION_ID_HEADER]["example"]
ORDER_NOT_FOUND = documented_example("createOrder", 404)
CANCEL_NOT_FOUND = documented_example("cancelAuthorization", 404)

SdkFactory = Callable[..., KlarnaPayments]


@pytest.fixture
def sdk_for(prism_url: str) -> Iterator[SdkFactory]:
    """KlarnaPayments on Prism; `prefer` selects the mock's status (`code=404`)."""
    made: list[KlarnaPayments] = []

    def factory(prefer: str | None = None, *, check_violations: bool = True) -> KlarnaPayments:
        hooks = {"response": [fail_on_violations]} if check_violations else {}
        made.append(
            KlarnaPayments(
                base_url=prism_url,
                username="u",
                password="p",
                default_headers={"Prefer": prefer} if prefer else None,
                max_retries=0,
                http_client=httpx.Client(event_hooks=hooks),
            )
        )
        return made[-1]

    yield factory
    for sdk in made:
        sdk.close()


def test_create_order_returns_the_example_order(sdk_for: SdkFactory) -> None:
    order = sdk_for().orders.create_order(TOKEN, US_ORDER)
    assert isinstance(order, Order)
    assert order.order_id == EXAMPLE_ORDER_ID


def test_purchase_token_returns_a_token(sdk_for: SdkFactory) -> None:
    assert isinstance(sdk_for().orders.purchase_token(TOKEN, US_TOKEN), CustomerTokenCreationResponse)


def test_cancel_authorization_returns_none(sdk_for: SdkFactory) -> None:
    assert sdk_for().orders.cancel_authorization(TOKEN) is None


def test_a_raw_response_carries_the_documented_correlation_header(sdk_for: SdkFactory) -> None:
    raw = sdk_for().orders.with_raw_response.create_order(TOKEN, US_ORDER)
    assert raw.correlation_id == ORDER_CORRELATION_ID
    assert raw.parse().order_id == EXAMPLE_ORDER_ID


def test_404_raises_not_found_with_the_examples_fields(sdk_for: SdkFactory) -> None:
    with pytest.raises(NotFoundError) as caught:
        sdk_for("code=404").orders.create_order(TOKEN, US_ORDER)
    assert caught.value.error_code == ORDER_NOT_FOUND["error_code"]
    assert caught.value.correlation_id == ORDER_NOT_FOUND["correlation_id"]


def test_400_names_the_field_klarna_rejected(sdk_for: SdkFactory) -> None:
    with pytest.raises(BadRequestError) as caught:
        sdk_for("code=400").orders.create_order(TOKEN, US_ORDER)
    assert caught.value.fields == ("order_lines[2].total_tax_amount",)


def test_409_names_the_fields_that_differ_from_the_session(sdk_for: SdkFactory) -> None:
    with pytest.raises(ConflictError) as caught:
        sdk_for("code=409").orders.purchase_token(TOKEN, US_TOKEN)
    assert caught.value.fields == ("billing_address.postal_code", "shipping_address.organization_name")


def test_preflight_refuses_a_body_that_breaks_the_order_rules_before_sending(prism_url: str) -> None:
    sent: list[httpx.Request] = []
    http_client = httpx.Client(event_hooks={"request": [sent.append]})
    with KlarnaPayments(base_url=prism_url, username="u", password="p", http_client=http_client) as sdk:
        with pytest.raises(OrderRuleError, match="order_amount"):
            sdk.orders.create_order(TOKEN, {**US_ORDER, "order_amount": 999})
    assert sent == []


def test_preflight_off_sends_a_body_the_check_would_refuse(sdk_for: SdkFactory) -> None:
    """Prism accepts it (the document cannot express sums): it arrived, and Klarna would judge it."""
    body = {**US_ORDER, "order_amount": 999}
    assert sdk_for().orders.create_order(TOKEN, body, preflight=False).order_id == EXAMPLE_ORDER_ID
    assert sdk_for().with_options(preflight=False).orders.create_order(TOKEN, body).order_id == EXAMPLE_ORDER_ID


async def test_async_client_against_prism(prism_url: str) -> None:
    async with AsyncKlarnaPayments(base_url=prism_url, username="u", password="p", max_retries=0) as sdk:
        order = await sdk.orders.create_order(TOKEN, US_ORDER)
        assert await sdk.orders.cancel_authorization(TOKEN) is None
    assert isinstance(order, Order)


async def test_async_404_raises_not_found(prism_url: str) -> None:
    async with AsyncKlarnaPayments(
        base_url=prism_url, username="u", password="p", default_headers={"Prefer": "code=404"}, max_retries=0
    ) as sdk:
        with pytest.raises(NotFoundError) as caught:
            await sdk.orders.cancel_authorization(TOKEN)
    assert caught.value.error_code == CANCEL_NOT_FOUND["error_code"]
