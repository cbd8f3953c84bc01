"""Requests the SDK serializes are exactly what the document accepts, as Prism judges it."""

from __future__ import annotations

from typing import Any

import httpx
from klarna_payments.api.orders import create_order, purchase_token
from klarna_payments.models import (
    CreateOrderRequest,
    CustomerTokenCreationRequest,
    CustomerTokenCreationResponse,
    Order,
)

from tests.support.calls import with_every_writable_property
from tests.support.document import operations, unset_writable_properties
from tests.support.prism import BASIC_TOKEN, ClientFactory

AUTHORIZATION_TOKEN = "b4bd3423-24e3-4c4c-a2e5-c6a1f1c2d3e4"

# Realistic values for the fields of today; a field the document gains is added from its example
# (`with_every_writable_property`), so the bodies below still set every writable field.

ADDRESS = {
    "attention": "Accounts payable",
    "city": "London",
    "country": "GB",
    "email": "jane.doe@example.com",
    "family_name": "Doe",
    "given_name": "Jane",
    "organization_name": "Example Ltd",
    "phone": "+44 7700 900000",
    "postal_code": "W1G 0PW",
    "region": "LND",
    "street_address": "33 Cavendish Square",
    "street_address2": "Floor 2",
    "title": "Ms",
}
CUSTOMER = {
    "date_of_birth": "1978-12-31",
    "gender": "female",
    "last_four_ssn": "1234",
    "national_identification_number": "197812311234",
    "organization_entity_type": "LIMITED_COMPANY",
    "organization_registration_id": "556036-0793",
    "title": "Ms",
    "type": "organization",
    "vat_id": "GB123456789",
}
FULL_ORDER_LINE = {
    "image_url": "https://shop.example.com/images/shoe.png",
    "merchant_data": '{"warehouse": "north"}',
    "name": "Running shoe",
    "product_identifiers": {
        "brand": "Acme",
        "category_path": "Shoes > Running",
        "global_trade_item_number": "735858293167",
        "manufacturer_part_number": "BOXH2Y",
        "color": "Blue",
        "size": "42",
    },
    "product_url": "https://shop.example.com/products/shoe",
    "quantity": 2,
    "quantity_unit": "pcs",
    "reference": "SHOE-42-BLUE",
    "tax_rate": 2500,
    "total_amount": 1800,
    "total_discount_amount": 200,
    "total_tax_amount": 360,
    "type": "physical",
    "unit_price": 1000,
    "subscription": {"name": "Shoe of the month", "interval": "MONTH", "interval_count": 1},
}
FULL_ORDER_REQUEST: dict[str, Any] = {
    "auto_capture": True,
    "billing_address": ADDRESS,
    "custom_payment_method_ids": ["promo-spring"],
    "customer": CUSTOMER,
    "locale": "en-GB",
    "merchant_data": "cart-7731",
    "merchant_reference1": "ON4711",
    "merchant_reference2": "batch-12",
    "merchant_urls": {
        "confirmation": "https://shop.example.com/confirmation/{order.id}",
        "notification": "https://shop.example.com/pending/{order.id}",
        "push": "https://shop.example.com/push/{order.id}",
        "authorization": "https://shop.example.com/authorization",
    },
    "order_amount": 1800,
    "order_lines": [FULL_ORDER_LINE],
    "order_tax_amount": 360,
    "purchase_country": "GB",
    "purchase_currency": "GBP",
    "shipping_address": ADDRESS,
}
FULL_TOKEN_REQUEST: dict[str, Any] = {
    "billing_address": ADDRESS,
    "customer": CUSTOMER,
    "description": "Shoe of the month",
    "intended_use": "SUBSCRIPTION",
    "locale": "en-GB",
    "purchase_country": "GB",
    "purchase_currency": "GBP",
}


def request_schema(operation_id: str) -> Any:
    _, _, operation = operations()[operation_id]
    return operation["requestBody"]["content"]["application/json"]["schema"]


def test_create_order_with_every_writable_field_is_accepted(make_client: ClientFactory) -> None:
    schema = request_schema("createOrder")
    body = CreateOrderRequest.from_dict(with_every_writable_property(schema, FULL_ORDER_REQUEST))
    assert unset_writable_properties(schema, body.to_dict()) == []
    response = create_order.sync_detailed(AUTHORIZATION_TOKEN, client=make_client(), body=body)
    assert response.status_code == 200
    assert isinstance(response.parsed, Order)


def test_purchase_token_with_every_writable_field_is_accepted(make_client: ClientFactory) -> None:
    schema = request_schema("purchaseToken")
    body = CustomerTokenCreationRequest.from_dict(with_every_writable_property(schema, FULL_TOKEN_REQUEST))
    assert unset_writable_properties(schema, body.to_dict()) == []
    response = purchase_token.sync_detailed(AUTHORIZATION_TOKEN, client=make_client(), body=body)
    assert response.status_code == 200
    assert isinstance(response.parsed, CustomerTokenCreationResponse)


def test_prism_rejects_an_order_without_a_required_field(prism_url: str) -> None:
    """Proves the mock validates requests, so the acceptance tests above mean something."""
    incomplete = {key: value for key, value in FULL_ORDER_REQUEST.items() if key != "order_lines"}
    response = httpx.post(
        f"{prism_url}/payments/v1/authorizations/{AUTHORIZATION_TOKEN}/order",
        json=incomplete,
        headers={"Authorization": f"Basic {BASIC_TOKEN}"},
    )
    assert response.status_code == 400
    assert "order_lines" in response.headers["sl-violations"]
