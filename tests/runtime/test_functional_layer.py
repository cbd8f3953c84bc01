"""The functional layer (`klarna_payments.api.orders.*` with `AuthenticatedClient`): the same runtime."""

from __future__ import annotations

import httpx
import pytest
from klarna_payments import AuthenticatedClient, OutcomeUnknownError
from klarna_payments.api.orders import cancel_authorization, create_order, purchase_token
from klarna_payments.models import CreateOrderRequest, ErrorV2, Order

from tests.support.mock import BASE_URL, Recorder, json_response, quiet
from tests.support.payloads import IDEMPOTENCY_KEY, ORDER_BODY, TOKEN, TOKEN_BODY

NOT_FOUND = json_response(404, {"error_code": "NOT_FOUND", "error_messages": ["Invalid authorization token"]})


def client_for(recorder: Recorder, **options: object) -> AuthenticatedClient:
    client = AuthenticatedClient(BASE_URL, "dG9rZW4=", **{"max_retries": 0, **options})  # type: ignore[arg-type]
    return client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(recorder)))


def test_sync_returns_the_model_and_sends_basic_auth() -> None:
    recorder = Recorder(json_response(200, {"order_id": "o-1"}))
    with client_for(recorder) as client:
        order = create_order.sync(TOKEN, client=client, body=ORDER_BODY)
    assert isinstance(order, Order)
    assert recorder.requests[0].headers["Authorization"] == "Basic dG9rZW4="


def test_the_idempotency_parameter_is_idempotency_key() -> None:
    recorder = Recorder(json_response(200, {"token_id": "t"}))
    with client_for(recorder) as client:
        purchase_token.sync(TOKEN, client=client, body=TOKEN_BODY, idempotency_key=IDEMPOTENCY_KEY)
    assert recorder.idempotency_keys == [IDEMPOTENCY_KEY]


def test_sync_detailed_returns_an_error_status_with_its_parsed_body() -> None:
    with client_for(Recorder(NOT_FOUND)) as client:
        response = create_order.sync_detailed(TOKEN, client=client, body=CreateOrderRequest.from_dict(ORDER_BODY))
    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorV2) and response.parsed.error_code == "NOT_FOUND"
    assert response.idempotency_key is not None


def test_with_headers_returns_a_copy_and_leaves_the_originals_requests_unchanged() -> None:
    recorder = Recorder(httpx.Response(204))
    client = client_for(recorder)
    cancel_authorization.sync(TOKEN, client=client.with_headers({"Prefer": "code=404"}))
    cancel_authorization.sync(TOKEN, client=client)
    copied, original = recorder.requests
    assert copied.headers["Prefer"] == "code=404"
    assert "Prefer" not in original.headers


def test_with_cookies_and_with_timeout_leave_the_original_unchanged() -> None:
    recorder = Recorder(httpx.Response(204))
    client = client_for(recorder, cookies={"a": "1"})
    cancel_authorization.sync(TOKEN, client=client.with_cookies({"b": "2"}).with_timeout(httpx.Timeout(3.0)))
    cancel_authorization.sync(TOKEN, client=client)
    copied, original = recorder.requests
    assert (copied.headers["Cookie"], original.headers["Cookie"]) == ("a=1; b=2", "a=1")
    assert (copied.extensions["timeout"]["read"], original.extensions["timeout"]["read"]) == (3.0, 30.0)


def test_the_functional_layer_retries_and_knows_outcome_certainty() -> None:
    with client_for(Recorder(httpx.ReadTimeout("slow"), NOT_FOUND), max_retries=1) as client:
        quiet(client)
        with pytest.raises(OutcomeUnknownError):
            create_order.sync(TOKEN, client=client, body=ORDER_BODY)


async def test_asyncio_returns_the_model() -> None:
    recorder = Recorder(json_response(200, {"order_id": "o-2"}))
    client = AuthenticatedClient(BASE_URL, "dG9rZW4=", max_retries=0)
    client.set_async_httpx_client(httpx.AsyncClient(transport=httpx.MockTransport(recorder)))
    async with client:
        order = await create_order.asyncio(TOKEN, client=client, body=ORDER_BODY)
    assert order.order_id == "o-2"


@pytest.mark.parametrize("token", ["", " padded ", "line\nbreak"])
def test_a_malformed_token_is_refused_at_construction(token: str) -> None:
    with pytest.raises(ValueError, match="token must be"):
        AuthenticatedClient(BASE_URL, token)
