"""Every status that is not a documented success raises its typed error, with the evidence kept."""

from __future__ import annotations

import httpx
import pytest
from klarna_payments import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedStatus,
)
from klarna_payments.api.orders import create_order
from klarna_payments.models import CreateOrderRequest, ErrorV2
from sdk_factory import ORDER_BODY, TOKEN, TOKEN_BODY, Recorder, async_sdk, json_response, sync_sdk

NOT_FOUND_BODY = {
    "correlation_id": "6a9b1cb1-73a3-4936-a030-481ba4bb203b",
    "error_code": "NOT_FOUND",
    "error_messages": ["Invalid authorization token"],
}


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (418, UnexpectedStatus),
        (422, UnexpectedStatus),
        (302, UnexpectedStatus),
    ],
)
def test_status_raises_its_error_class(status: int, error_class: type[APIStatusError]) -> None:
    recorder = Recorder(json_response(status, {"error_code": "X", "error_messages": []}))
    with sync_sdk(recorder) as sdk, pytest.raises(error_class) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert type(caught.value) is error_class
    assert caught.value.status_code == status


def test_error_exposes_klarna_fields_and_a_readable_message() -> None:
    with sync_sdk(Recorder(json_response(404, NOT_FOUND_BODY))) as sdk, pytest.raises(NotFoundError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key="8f2a4b6c-1d3e-4f50-8a7b-9c0d1e2f3a4b")
    error = caught.value
    assert error.error_code == "NOT_FOUND"
    assert error.error_messages == ["Invalid authorization token"]
    assert error.correlation_id == "6a9b1cb1-73a3-4936-a030-481ba4bb203b"
    assert error.idempotency_key == "8f2a4b6c-1d3e-4f50-8a7b-9c0d1e2f3a4b"
    assert str(error) == (
        "404 NOT_FOUND: Invalid authorization token (correlation_id=6a9b1cb1-73a3-4936-a030-481ba4bb203b, "
        "idempotency_key=8f2a4b6c-1d3e-4f50-8a7b-9c0d1e2f3a4b)"
    )


def test_correlation_id_falls_back_to_the_response_header() -> None:
    response = json_response(409, {"error_code": "BAD_VALUE"}, headers={"Klarna-Correlation-Id": "from-header"})
    with sync_sdk(Recorder(response)) as sdk, pytest.raises(ConflictError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert caught.value.correlation_id == "from-header"


def test_html_502_from_a_proxy_raises_internal_server_error() -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    response = httpx.Response(502, content=page, headers={"Content-Type": "text/html"})
    with sync_sdk(Recorder(response)) as sdk, pytest.raises(InternalServerError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert caught.value.error_code is None
    assert caught.value.content == page
    assert "502 BAD_GATEWAY" in str(caught.value)


def test_html_403_keeps_the_raw_content() -> None:
    page = b"<html>Forbidden by WAF</html>"
    with sync_sdk(Recorder(httpx.Response(403, content=page))) as sdk, pytest.raises(PermissionDeniedError) as caught:
        sdk.orders.cancel_authorization(TOKEN)
    assert caught.value.content == page
    assert caught.value.error_messages == []


def test_json_error_of_another_shape_still_raises_its_class() -> None:
    with sync_sdk(Recorder(json_response(404, ["not", "an", "object"]))) as sdk, pytest.raises(NotFoundError) as caught:
        sdk.orders.cancel_authorization(TOKEN)
    assert caught.value.error_code is None
    assert caught.value.content == b'["not", "an", "object"]'


def test_418_raises_unexpected_status() -> None:
    with sync_sdk(Recorder(httpx.Response(418, content=b"teapot"))) as sdk, pytest.raises(UnexpectedStatus) as caught:
        sdk.orders.purchase_token(TOKEN, TOKEN_BODY)
    assert caught.value.status_code == 418


async def test_async_error_raises_its_class_with_fields() -> None:
    async with async_sdk(Recorder(json_response(404, NOT_FOUND_BODY))) as sdk:
        with pytest.raises(NotFoundError) as caught:
            await sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert caught.value.error_code == "NOT_FOUND"
    assert caught.value.correlation_id == NOT_FOUND_BODY["correlation_id"]


def test_detailed_call_returns_the_error_response_without_raising() -> None:
    with sync_sdk(Recorder(json_response(404, NOT_FOUND_BODY))) as sdk:
        response = create_order.sync_detailed(TOKEN, client=sdk._client, body=CreateOrderRequest.from_dict(ORDER_BODY))
    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorV2)
    assert response.idempotency_key is not None
