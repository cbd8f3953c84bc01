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
from klarna_payments import APIStatusError, AuthenticatedClient, OutcomeUnknownError, models
from klarna_payments.api.orders import cancel_authorization, create_order, purchase_token
from klarna_payments.models import CreateOrderRequest, CustomerTokenCreationRequest
from klarna_payments.types import Response

from tests.support.document import DocumentedResponse, documented_responses, model_class_name
from tests.support.payloads import TOKEN, US_ORDER, US_TOKEN
from tests.support.prism import BASIC_TOKEN, ClientFactory

SyncCall = Callable[[AuthenticatedClient], Response[Any]]
AsyncCall = Callable[[AuthenticatedClient], Awaitable[Response[Any]]]

# One call per operationId in openapi.yaml; test_spec_coverage fails when one is missing.
CALLS: dict[str, tuple[SyncCall, AsyncCall]] = {
    "cancelAuthorization": (
        lambda client: cancel_authorization.sync_detailed(TOKEN, client=client),
        lambda client: cancel_authorization.asyncio_detailed(TOKEN, client=client),
    ),
    "createOrder": (
        lambda client: create_order.sync_detailed(TOKEN, client=client, body=CreateOrderRequest.from_dict(US_ORDER)),
        lambda client: create_order.asyncio_detailed(TOKEN, client=client, body=CreateOrderRequest.from_dict(US_ORDER)),
    ),
    "purchaseToken": (
        lambda client: purchase_token.sync_detailed(
            TOKEN, client=client, body=CustomerTokenCreationRequest.from_dict(US_TOKEN)
        ),
        lambda client: purchase_token.asyncio_detailed(
            TOKEN, client=client, body=CustomerTokenCreationRequest.from_dict(US_TOKEN)
        ),
    ),
}


def leaves_outcome_unknown(documented: DocumentedResponse) -> bool:
    """A 5xx to a call with an effect: Klarna may have executed it, so the SDK raises OutcomeUnknownError."""
    return documented.method not in ("get", "head", "options") and documented.status >= 500


def assert_outcome_unknown_keeps_the_documented_answer(
    error: OutcomeUnknownError, documented: DocumentedResponse
) -> None:
    last = error.last_error
    assert isinstance(last, APIStatusError) and last.status_code == documented.status
    served = httpx.Response(200, content=last.content).json()
    assert getattr(models, model_class_name(str(documented.schema_name))).from_dict(served).to_dict() == served


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
    client = make_client(prefer=f"code={documented.status}")
    if leaves_outcome_unknown(documented):
        with pytest.raises(OutcomeUnknownError) as caught:
            call(client)
        assert_outcome_unknown_keeps_the_documented_answer(caught.value, documented)
        return
    assert_matches_documented(call(client), documented)


@pytest.mark.parametrize("documented", documented_responses(), ids=str)
async def test_documented_status_parses_to_its_model_async(
    documented: DocumentedResponse, make_async_client: ClientFactory
) -> None:
    _, call = CALLS[documented.operation_id]
    client = make_async_client(prefer=f"code={documented.status}")
    if leaves_outcome_unknown(documented):
        with pytest.raises(OutcomeUnknownError) as caught:
            await call(client)
        assert_outcome_unknown_keeps_the_documented_answer(caught.value, documented)
        return
    assert_matches_documented(await call(client), documented)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("DELETE", f"/payments/v1/authorizations/{TOKEN}"),
        ("POST", f"/payments/v1/authorizations/{TOKEN}/order"),
        ("POST", f"/payments/v1/authorizations/{TOKEN}/customer-token"),
    ],
)
def test_a_request_without_credentials_gets_the_documented_401(prism_url: str, method: str, path: str) -> None:
    body = US_ORDER if path.endswith("order") else US_TOKEN if path.endswith("token") else None
    response = httpx.request(method, prism_url + path, json=body)
    assert response.status_code == 401
    assert response.json()["error_code"] == "UNAUTHORIZED"


def test_prism_refuses_an_undocumented_status(prism_url: str) -> None:
    """Guard: `Prefer: code=N` for an undocumented N must not quietly return another status."""
    response = httpx.delete(
        f"{prism_url}/payments/v1/authorizations/{TOKEN}",
        headers={"Prefer": "code=418", "Authorization": f"Basic {BASIC_TOKEN}"},
    )
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
