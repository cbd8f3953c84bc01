"""A document in the shape of Klarna's own, not ours: `make generate` takes it as it is.

Klarna publishes its API documents in OpenAPI 3.0, with plain `servers`, no `x-klarna-*`
extension, objects written inline, header-only answers, lists that page and PDF reports. The
document below is written for this test in that shape (several tags and one operation without
any); it is generated once, and its operations are called through the fake and against Prism
serving the same document.
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from generate import generate
from prism import running_prism

from tests.support.copies import imported_copy
from tests.support.prism import fail_on_violations

pytestmark = pytest.mark.slow  # runs the generator and Prism

ORDER_ID = "f3392f8b-6116-4073-ab96-e330819e2c07"
CAPTURE_ID = "4ba29b50-be7b-44f5-a492-113e6a865e22"
AMOUNT = {"type": "integer", "minimum": 0, "description": "In minor units."}


def error_answer(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "error_code": {"type": "string", "description": "What went wrong."},
                        "error_messages": {"type": "array", "items": {"type": "string"}, "description": "Details."},
                        "correlation_id": {"type": "string", "description": "For support."},
                    },
                },
                "example": {"error_code": "NO_SUCH_ORDER", "error_messages": ["No such order"], "correlation_id": "c"},
            }
        },
    }


def order_id_parameter() -> dict[str, Any]:
    return {"name": "order_id", "in": "path", "required": True, "schema": {"type": "string"}, "example": ORDER_ID}


def klarna_shaped_document() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Orders after the payment (a test document)", "version": "1.0.0"},
        "servers": [{"url": "https://api.klarna.com"}, {"url": "https://api.playground.klarna.com"}],
        "security": [{"basic": []}],
        "tags": [{"name": "order_management"}, {"name": "settlements"}],
        "paths": {
            "/ordermanagement/v1/orders/{order_id}": {
                "get": {
                    "operationId": "getOrder",
                    "tags": ["order_management"],
                    "summary": "Read an order",
                    "parameters": [order_id_parameter()],
                    "responses": {
                        "200": {
                            "description": "The order.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["order_id", "status"],
                                        "properties": {
                                            "order_id": {"type": "string", "example": ORDER_ID},
                                            "status": {
                                                "type": "string",
                                                "enum": ["AUTHORIZED", "PART_CAPTURED", "CAPTURED", "CANCELLED"],
                                            },
                                            "order_amount": AMOUNT,
                                            "created_at": {"type": "string", "format": "date-time"},
                                            "captures": {
                                                "type": "array",
                                                "items": {
                                                    "type": "object",
                                                    "properties": {
                                                        "capture_id": {"type": "string"},
                                                        "captured_amount": AMOUNT,
                                                    },
                                                },
                                            },
                                        },
                                    }
                                }
                            },
                        },
                        "404": error_answer("No such order."),
                    },
                }
            },
            "/ordermanagement/v1/orders/{order_id}/captures": {
                "post": {
                    "operationId": "captureOrder",
                    "tags": ["order_management"],
                    "summary": "Capture part of an order",
                    "parameters": [
                        order_id_parameter(),
                        {"name": "Klarna-Idempotency-Key", "in": "header", "schema": {"type": "string"}},
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["captured_amount"],
                                    "properties": {"captured_amount": AMOUNT, "reference": {"type": "string"}},
                                },
                                "example": {"captured_amount": 1000, "reference": "shipment-1"},
                            }
                        },
                    },
                    "responses": {
                        "201": {
                            "description": "Captured.",
                            "headers": {
                                "Capture-Id": {
                                    "required": True,
                                    "schema": {"type": "string", "example": CAPTURE_ID},
                                },
                                "Location": {
                                    "schema": {
                                        "type": "string",
                                        "example": f"https://api.klarna.com/ordermanagement/v1/orders/{ORDER_ID}/captures/{CAPTURE_ID}",
                                    }
                                },
                            },
                        },
                        "403": error_answer("Not allowed."),
                    },
                }
            },
            "/settlements/v1/payouts": {
                "get": {
                    "operationId": "getPayouts",
                    "tags": ["settlements"],
                    "summary": "List payouts",
                    "parameters": [
                        {"name": "size", "in": "query", "schema": {"type": "integer", "maximum": 500}},
                        {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                    ],
                    "responses": {
                        "200": {
                            "description": "A page of payouts.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "payouts": {
                                                "type": "array",
                                                "items": {
                                                    "type": "object",
                                                    "properties": {
                                                        "payment_reference": {"type": "string"},
                                                        "payout_date": {"type": "string", "format": "date-time"},
                                                    },
                                                },
                                            },
                                            "pagination": {
                                                "type": "object",
                                                "properties": {"count": {"type": "integer"}},
                                            },
                                        },
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/settlements/v1/reports/payout": {
                "get": {
                    "operationId": "getPayoutReport",
                    "tags": ["settlements"],
                    "summary": "A payout's summary as PDF",
                    "parameters": [
                        {"name": "payment_reference", "in": "query", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "The report.",
                            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
                        }
                    },
                }
            },
            "/ordermanagement/v1/orders/{order_id}/acknowledge": {
                "post": {
                    "operationId": "acknowledgeOrder",
                    "summary": "Acknowledge an order (no tag)",
                    "parameters": [order_id_parameter()],
                    "responses": {"204": {"description": "Acknowledged."}},
                }
            },
        },
        "components": {"securitySchemes": {"basic": {"type": "http", "scheme": "basic"}}},
    }


@pytest.fixture(scope="module")
def foreign(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("foreign")
    (root / "openapi.yaml").write_text(yaml.safe_dump(klarna_shaped_document(), sort_keys=False), encoding="utf-8")
    generate(root / "out", spec=root / "openapi.yaml")
    return root


@pytest.fixture
def sdk(foreign: Path) -> Iterator[ModuleType]:
    with imported_copy(foreign / "out") as module:
        yield module


@pytest.fixture(scope="module")
def prism_url(foreign: Path) -> Iterator[str]:
    with running_prism(foreign / "openapi.yaml") as url:
        yield url


def test_the_default_base_url_is_the_documents_first_server(sdk: ModuleType) -> None:
    klarna = sdk.KlarnaPayments(username="u", password="p")
    assert (klarna.base_url, klarna.region, klarna.environment) == ("https://api.klarna.com", None, None)


def test_every_operation_works_against_the_fake(sdk: ModuleType) -> None:
    fake = importlib.import_module("klarna_payments.testing").FakeKlarna()
    order_id = fake.place_order({"order_amount": 2500})  # Klarna's operations play the order's life
    with fake.client() as klarna:
        capture = klarna.order_management.capture_order(order_id, {"captured_amount": 1000})
        order = klarna.order_management.get_order(order_id)
        [reference] = fake.settle()  # and Klarna's settlements pay it out
        page = klarna.settlements.get_payouts(size=10)
        report = klarna.settlements.get_payout_report(payment_reference=reference)
        acknowledged = klarna.default.acknowledge_order(order_id)
    assert type(order).__name__ == "GetOrderResponse200" and order.order_id == order_id
    assert [c["capture_id"] for c in fake.orders[order_id]["captures"]] == [capture.capture_id]
    assert type(page).__name__ == "GetPayoutsResponse200"
    assert [payout.payment_reference for payout in page.payouts] == [reference]
    assert report.startswith(b"%PDF-") and acknowledged is None


def test_every_operation_works_against_prism(sdk: ModuleType, prism_url: str) -> None:
    http_client = httpx.Client(event_hooks={"response": [fail_on_violations]})
    with sdk.KlarnaPayments(
        base_url=prism_url, username="u", password="p", http_client=http_client, max_retries=0
    ) as klarna:
        order = klarna.order_management.get_order(ORDER_ID)
        capture = klarna.order_management.capture_order(ORDER_ID, {"captured_amount": 1000, "reference": "s-1"})
        page = klarna.settlements.get_payouts(size=10, offset=0)
        report = klarna.settlements.get_payout_report(payment_reference="p-1")
        assert klarna.default.acknowledge_order(ORDER_ID) is None
    assert order.order_id == ORDER_ID
    assert order.created_at is None or isinstance(order.created_at, datetime.datetime)
    assert (capture.capture_id, capture.location.endswith(CAPTURE_ID)) == (CAPTURE_ID, True)
    assert isinstance(page.to_dict(), dict)
    assert isinstance(report, bytes)


def test_a_documented_error_of_an_inline_body_is_typed(sdk: ModuleType, prism_url: str) -> None:
    prefer = {"Prefer": "code=404"}
    with sdk.KlarnaPayments(base_url=prism_url, username="u", password="p", default_headers=prefer) as klarna:
        with pytest.raises(sdk.NotFoundError) as caught:
            klarna.order_management.get_order(ORDER_ID)
    assert caught.value.error_code == "NO_SUCH_ORDER"


def always_502(sent: list[httpx.Request]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(502)

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_a_post_declaring_klarnas_key_header_retries_with_one_key(sdk: ModuleType) -> None:
    sent: list[httpx.Request] = []
    with sdk.KlarnaPayments(
        base_url="https://klarna.test", username="u", password="p", http_client=always_502(sent)
    ) as k:
        clock = sdk._http.Clock()
        clock.sleep = lambda seconds: None  # the retries' waits are not slept
        sdk._base_client.use_clock(k, clock)
        with pytest.raises(sdk.OutcomeUnknownError):
            k.order_management.capture_order(ORDER_ID, {"captured_amount": 1000})
    assert len({request.headers["Klarna-Idempotency-Key"] for request in sent}) == 1 and len(sent) == 3


def test_a_post_without_a_key_is_not_retried_once_it_may_have_executed(sdk: ModuleType) -> None:
    sent: list[httpx.Request] = []
    with sdk.KlarnaPayments(
        base_url="https://klarna.test", username="u", password="p", http_client=always_502(sent)
    ) as k:
        with pytest.raises(sdk.OutcomeUnknownError):
            k.default.acknowledge_order(ORDER_ID)
    assert len(sent) == 1 and "Klarna-Idempotency-Key" not in sent[0].headers
