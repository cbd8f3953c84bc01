"""The generated functional layer against Prism: every documented (operation, status) pair.

Each test selects a status with `Prefer: code=N` and asserts the status, the parsed type and
that the parsed model holds everything Prism served. The pairs come from openapi.yaml, so a new
status is tested as soon as it is documented; a new operation fails test_spec_coverage until it
has an entry in CALLS below.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from conftest import BASIC_TOKEN, AnyClient, ClientFactory
from klarna_payments.api.orders import cancel_authorization, create_order, purchase_token
from klarna_payments.models import CreateOrderRequest, CustomerTokenCreationRequest, ErrorV2
from klarna_payments.types import Response
from openapi_document import DocumentedResponse, documented_responses, model_class_name

AUTHORIZATION_TOKEN = "2b7c6614-90a5-427c-bf0d-2879888822fb"

ORDER_REQUEST = {
    "purchase_country": "US",
    "purchase_currency": "USD",
    "locale": "en-US",
    "order_amount": 1000,
    "order_tax_amount": 0,
    "order_lines": [
        {"type": "physical", "name": "Battery Power Pack", "quantity": 1, "unit_price": 1000, "total_amount": 1000}
    ],
}
TOKEN_REQUEST = {
    "purchase_country": "US",
    "purchase_currency": "USD",
    "locale": "en-US",
    "description": "MySaaS subscription",
    "intended_use": "SUBSCRIPTION",
}

SyncCall = Callable[[AnyClient], Response[Any]]
AsyncCall = Callable[[AnyClient], Awaitable[Response[Any]]]

# One call per operationId in openapi.yaml; test_spec_coverage fails when one is missing.
CALLS: dict[str, tuple[SyncCall, AsyncCall]] = {
    "cancelAuthorization": (
        lambda client: cancel_authorization.sync_detailed(AUTHORIZATION_TOKEN, client=client),
        lambda client: cancel_authorization.asyncio_detailed(AUTHORIZATION_TOKEN, client=client),
    ),
    "createOrder": (
        lambda client: create_order.sync_detailed(
            AUTHORIZATION_TOKEN, client=client, body=CreateOrderRequest.from_dict(ORDER_REQUEST)
        ),
        lambda client: create_order.asyncio_detailed(
            AUTHORIZATION_TOKEN, client=client, body=CreateOrderRequest.from_dict(ORDER_REQUEST)
        ),
    ),
    "purchaseToken": (
        lambda client: purchase_token.sync_detailed(
            AUTHORIZATION_TOKEN, client=client, body=CustomerTokenCreationRequest.from_dict(TOKEN_REQUEST)
        ),
        lambda client: purchase_token.asyncio_detailed(
            AUTHORIZATION_TOKEN, client=client, body=CustomerTokenCreationRequest.from_dict(TOKEN_REQUEST)
        ),
    ),
}


def assert_matches_documented(response: Response[Any], documented: DocumentedResponse) -> None:
    assert response.status_code == documented.status
    if documented.schema_name is None:
        assert response.parsed is None
        assert response.content == b""
        return
    assert type(response.parsed).__name__ == model_class_name(documented.schema_name)
    # The model kept every field Prism served (the document's example), nothing lost or renamed.
    assert response.parsed.to_dict() == httpx.Response(200, content=response.content).json()


@pytest.mark.parametrize("documented", documented_responses(), ids=str)
def test_documented_status_parses_to_its_model(documented: DocumentedResponse, make_client: ClientFactory) -> None:
    call, _ = CALLS[documented.operation_id]
    response = call(make_client(prefer=f"code={documented.status}"))
    assert_matches_documented(response, documented)


@pytest.mark.parametrize("documented", documented_responses(), ids=str)
async def test_documented_status_parses_to_its_model_async(
    documented: DocumentedResponse, make_async_client: ClientFactory
) -> None:
    _, call = CALLS[documented.operation_id]
    response = await call(make_async_client(prefer=f"code={documented.status}"))
    assert_matches_documented(response, documented)


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_request_without_credentials_gets_401_error_body(operation_id: str, make_client: ClientFactory) -> None:
    call, _ = CALLS[operation_id]
    # Prism flags the missing credentials with sl-violations, which is the point here.
    response = call(make_client(authenticated=False, check_violations=False))
    assert response.status_code == 401
    assert isinstance(response.parsed, ErrorV2)
    assert response.parsed.error_code == "UNAUTHORIZED"


def test_prism_refuses_an_undocumented_status(prism_url: str) -> None:
    """Guard: `Prefer: code=N` for an undocumented N must not quietly return another status."""
    response = httpx.delete(
        f"{prism_url}/payments/v1/authorizations/{AUTHORIZATION_TOKEN}",
        headers={"Prefer": "code=418", "Authorization": f"Basic {BASIC_TOKEN}"},
    )
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
