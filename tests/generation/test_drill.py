"""The regression drill: plausible changes to openapi.yaml, each generated with no hand edit.

Each change is applied to a scratch copy of the document, generated into a temporary folder
(one generator run per change, shared by its tests), imported, and called through an
`httpx.MockTransport` and through the test fake. The document gate of `make breaking` judges
the changes a release must announce.
"""

from __future__ import annotations

import contextlib
import datetime
import importlib
import inspect
import json
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from breaking import Base, gate
from generate import SPEC, generate

from tests.support.copies import imported_copy
from tests.support.mock import QuietClock
from tests.support.payloads import ORDER_BODY, TOKEN

pytestmark = pytest.mark.slow  # runs the generator

Document = dict[str, Any]
BASE = Base("main", "the merge base with main")


def original() -> Document:
    document: Document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return document


def schemas(document: Document) -> dict[str, Any]:
    result: dict[str, Any] = document["components"]["schemas"]
    return result


# The changes


def optional_date_time_in_a_response(document: Document) -> Document:
    schemas(document)["order"]["properties"]["expires_at"] = {
        "type": "string",
        "format": "date-time",
        "description": "When the order's authorization lapses.",
    }
    return document


def new_response_enum_value(document: Document) -> Document:
    schemas(document)["order"]["properties"]["fraud_status"]["enum"].append("UNDER_REVIEW")
    return document


def two_operations_of_a_new_tag(document: Document) -> Document:
    schemas(document)["report_request"] = {
        "type": "object",
        "description": "What a report covers.",
        "required": ["period"],
        "properties": {"period": {"type": "string", "enum": ["day", "month"], "description": "The period."}},
    }
    schemas(document)["report"] = {
        "type": "object",
        "description": "A report.",
        "required": ["report_id"],
        "properties": {
            "report_id": {"type": "string", "description": "Its id.", "examples": ["r-1"]},
            "created_at": {"type": "string", "format": "date-time", "description": "When it was made."},
        },
    }
    ok = {
        "description": "The report.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/report"}}},
    }
    errors = {status: {"$ref": "#/components/responses/Unauthorized"} for status in ("401",)}
    document["paths"]["/payments/v1/reports"] = {
        "post": {
            "operationId": "createReport",
            "tags": ["reports"],
            "summary": "Create a report",
            "x-klarna-creates": "a report",
            "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/report_request"}}},
            },
            "responses": {"200": ok, **errors},
        }
    }
    document["paths"]["/payments/v1/reports/{report_id}"] = {
        "get": {
            "operationId": "readReport",
            "tags": ["reports"],
            "summary": "Read a report",
            "parameters": [
                {"name": "report_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "locale", "in": "query", "required": True, "schema": {"type": "string"}},
                {"name": "X-Request-Source", "in": "header", "required": False, "schema": {"type": "string"}},
            ],
            "responses": {"200": ok, **errors},
        }
    }
    return document


def removed_response_field(document: Document) -> Document:
    del schemas(document)["order"]["properties"]["redirect_url"]
    return document


def renamed_request_field(document: Document) -> Document:
    properties = schemas(document)["create_order_request"]["properties"]
    properties["merchant_ref1"] = properties.pop("merchant_reference1")
    return document


def type_lists_with_null(document: Document) -> Document:
    request = schemas(document)["create_order_request"]["properties"]["merchant_reference2"]
    request["type"] = ["string", "null"]
    response = schemas(document)["order"]["properties"]["redirect_url"]
    response["type"] = ["string", "null"]
    return document


def shared_string_schema_by_ref(document: Document) -> Document:
    schemas(document)["currency_code"] = {
        "type": "string",
        "pattern": "^[A-Za-z]{3}$",
        "description": "ISO 4217 alpha-3.",
    }
    for name in ("create_order_request", "customer_token_creation_request"):
        schemas(document)[name]["properties"]["purchase_currency"] = {"$ref": "#/components/schemas/currency_code"}
    return document


def shared_schema_reused_in_a_response(document: Document) -> Document:
    schemas(document)["order"]["properties"]["order_lines"] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/order_line"},
        "description": "The lines of the order.",
    }
    return document


def enum_component_shared_and_a_nullable_query_parameter(document: Document) -> Document:
    schemas(document)["channel"] = {"type": "string", "enum": ["ECOMMERCE", "IN_STORE"], "description": "Where."}
    schemas(document)["create_order_request"]["properties"]["channel"] = {"$ref": "#/components/schemas/channel"}
    schemas(document)["order"]["properties"]["channel"] = {"$ref": "#/components/schemas/channel"}
    operation = document["paths"]["/payments/v1/authorizations/{authorizationToken}"]["delete"]
    operation["parameters"] = [
        {"name": "note", "in": "query", "required": False, "schema": {"type": ["string", "null"]}}
    ]
    return document


def an_acronym_operation_checking_order_lines(document: Document) -> Document:
    schemas(document)["order_preview"] = {
        "type": "object",
        "description": "An order to check before placing it.",
        "x-klarna-rules": "order",
        "required": ["purchase_country", "purchase_currency", "order_amount", "order_lines"],
        "properties": {
            "purchase_country": {"type": "string", "description": "The country."},
            "purchase_currency": {"type": "string", "description": "The currency."},
            "order_amount": {"type": "integer", "minimum": 0, "description": "The total."},
            "order_tax_amount": {"type": "integer", "minimum": 0, "description": "The tax."},
            "merchant_reference1": {"type": ["string", "null"], "maxLength": 255, "description": "A reference."},
            "order_lines": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1000,
                "items": {"$ref": "#/components/schemas/order_line"},
                "description": "The lines.",
            },
        },
    }
    schemas(document)["order_preview_result"] = {
        "type": "object",
        "description": "The verdict.",
        "required": ["accepted"],
        "properties": {"accepted": {"type": "boolean", "description": "Whether Klarna would.", "examples": [True]}},
    }
    document["paths"]["/payments/v1/authorizations/{authorizationToken}/preview"] = {
        "parameters": [{"$ref": "#/components/parameters/AuthorizationToken"}],
        "post": {
            "operationId": "previewHPPOrder",
            "tags": ["orders"],
            "summary": "Preview an order",
            "x-klarna-creates": "a preview",
            "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/order_preview"}}},
            },
            "responses": {
                "200": {
                    "description": "The verdict.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/order_preview_result"}}},
                }
            },
        },
    }
    return document


# Generating and importing a changed document


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Callable[[Document], Document]], Path]:
    """The folder a change generates into, generating it on first use (once per change)."""
    made: dict[str, Path] = {}

    def folder(change: Callable[[Document], Document]) -> Path:
        if change.__name__ not in made:
            root = tmp_path_factory.mktemp(change.__name__)
            spec = root / "openapi.yaml"
            spec.write_text(yaml.safe_dump(change(original()), sort_keys=False), encoding="utf-8")
            generate(root / "out", spec=spec)
            made[change.__name__] = root
        return made[change.__name__]

    return folder


@pytest.fixture
def sdk_of(generated: Callable[[Callable[[Document], Document]], Path]) -> Iterator[Callable[..., ModuleType]]:
    """`klarna_payments` as a change generates it, imported in place of the installed one."""
    with contextlib.ExitStack() as copies:

        def load(change: Callable[[Document], Document]) -> ModuleType:
            return copies.enter_context(imported_copy(generated(change) / "out"))

        yield load


def client(sdk: ModuleType, answer: httpx.Response, sent: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    return sdk.KlarnaPayments(base_url="https://klarna.test", username="u", password="p", http_client=http_client)


def answering(body: object, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})


def document_gate(change: Callable[[Document], Document], tmp_path: Path) -> tuple[bool, str]:
    working_copy = tmp_path / "openapi.yaml"
    working_copy.write_text(yaml.safe_dump(change(original()), sort_keys=False), encoding="utf-8")
    return gate(yaml.safe_dump(original(), sort_keys=False), working_copy, BASE)


# 1. A new optional response field: a date-time, well formed or not


def test_a_new_date_time_field_decodes_to_a_datetime(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(optional_date_time_in_a_response)
    with client(sdk, answering({"order_id": "o-1", "expires_at": "2026-01-01T10:00:00+00:00"}), []) as klarna:
        order = klarna.orders.create_order(TOKEN, ORDER_BODY)
    assert order.expires_at == datetime.datetime(2026, 1, 1, 10, tzinfo=datetime.UTC)


def test_a_malformed_new_date_time_keeps_the_created_order(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(optional_date_time_in_a_response)
    with client(sdk, answering({"order_id": "o-1", "expires_at": "not a date"}), []) as klarna:
        order = klarna.orders.create_order(TOKEN, ORDER_BODY)
    assert order.order_id == "o-1"
    assert order.additional_properties["expires_at"] == "not a date"


def test_the_fake_places_an_order_with_the_new_field_in_the_document(sdk_of: Callable[..., ModuleType]) -> None:
    sdk_of(optional_date_time_in_a_response)
    testing = importlib.import_module("klarna_payments.testing")
    fake = testing.FakeKlarna()
    token = fake.authorize(ORDER_BODY)
    with fake.client() as klarna:
        assert klarna.orders.create_order(token, ORDER_BODY).order_id in fake.orders


# 2. A new value of a response enum


def test_a_new_response_enum_value_decodes(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(new_response_enum_value)
    with client(sdk, answering({"order_id": "o-1", "fraud_status": "UNDER_REVIEW"}), []) as klarna:
        order = klarna.orders.create_order(TOKEN, ORDER_BODY)
    assert order.fraud_status == "UNDER_REVIEW"


def test_a_new_response_enum_value_is_a_minor_change(tmp_path: Path) -> None:
    passed, report = document_gate(new_response_enum_value, tmp_path)
    assert passed, report


# 3. Two new operations of a new tag: a GET with a query and a header parameter, a POST with a body


def test_new_operations_are_methods_sending_their_parameters(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(two_operations_of_a_new_tag)
    sent: list[httpx.Request] = []
    with client(sdk, answering({"report_id": "r-1"}), sent) as klarna:
        report = klarna.reports.read_report("r 1", locale="sv-SE", x_request_source="drill")
        created = klarna.reports.create_report({"period": "day"})
    assert (report.report_id, created.report_id) == ("r-1", "r-1")
    read, create = sent
    assert (read.method, read.url.raw_path) == ("GET", b"/payments/v1/reports/r%201?locale=sv-SE")
    assert read.headers["X-Request-Source"] == "drill"
    assert "Klarna-Idempotency-Key" in create.headers and json.loads(create.content) == {"period": "day"}


def test_an_optional_parameter_left_out_is_not_sent(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(two_operations_of_a_new_tag)
    sent: list[httpx.Request] = []
    with client(sdk, answering({"report_id": "r-1"}), sent) as klarna:
        klarna.reports.read_report("r-1", locale="sv-SE")
    assert "X-Request-Source" not in sent[0].headers


def test_a_new_body_is_checked_against_its_schema(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(two_operations_of_a_new_tag)
    sent: list[httpx.Request] = []
    with client(sdk, answering({"report_id": "r-1"}), sent) as klarna, pytest.raises(ValueError) as caught:
        klarna.reports.create_report({"period": "week", "perod": "day"})
    assert "period: 'week' is not one of" in str(caught.value)
    assert "perod: unknown field (did you mean period?)" in str(caught.value)
    assert sent == []


def test_a_new_post_that_loses_its_answer_is_outcome_unknown(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(two_operations_of_a_new_tag)
    with (
        client(sdk, answering({"error_code": "X"}, 502), []) as klarna,
        pytest.raises(sdk.OutcomeUnknownError) as caught,
    ):
        klarna.reports.create_report({"period": "day"}, max_retries=0)
    assert "a report may exist" in str(caught.value)


def test_the_fake_answers_new_operations_from_the_document(sdk_of: Callable[..., ModuleType]) -> None:
    sdk_of(two_operations_of_a_new_tag)
    fake = importlib.import_module("klarna_payments.testing").FakeKlarna()
    with fake.client() as klarna:
        report = klarna.reports.read_report("r-1", locale="sv-SE")
        created = klarna.reports.create_report({"period": "month"})
    assert (report.report_id, created.report_id) == ("r-1", "r-1")
    assert [request.operation for request in fake.requests] == ["read_report", "create_report"]


def test_the_fake_refuses_a_request_the_document_does_not_allow(sdk_of: Callable[..., ModuleType]) -> None:
    sdk_of(two_operations_of_a_new_tag)
    fake = importlib.import_module("klarna_payments.testing").FakeKlarna()
    with httpx.Client(transport=fake.transport, base_url="https://api.klarna.test", auth=("u", "p")) as http:
        missing_query = http.get("/payments/v1/reports/r-1")
        bad_body = http.post("/payments/v1/reports", json={"period": "week"})
    assert (missing_query.status_code, missing_query.json()["error_messages"]) == (400, ["Bad value: locale"])
    assert (bad_body.status_code, bad_body.json()["error_messages"]) == (400, ["Bad value: period"])


# 4 and 5. A removed response field, a renamed request field: both breaking


def test_a_removed_response_field_is_refused_by_make_breaking(tmp_path: Path) -> None:
    passed, report = document_gate(removed_response_field, tmp_path)
    assert not passed
    assert "redirect_url" in report


def test_a_renamed_request_field_is_refused_by_make_breaking(tmp_path: Path) -> None:
    passed, report = document_gate(renamed_request_field, tmp_path)
    assert not passed
    assert "merchant_reference1" in report


# 6. OpenAPI 3.1 type lists with null


def test_a_nullable_request_field_may_be_sent_as_null(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(type_lists_with_null)
    sent: list[httpx.Request] = []
    with client(sdk, answering({"order_id": "o-1"}), sent) as klarna:
        klarna.orders.create_order(TOKEN, {**ORDER_BODY, "merchant_reference2": None})
    assert json.loads(sent[0].content)["merchant_reference2"] is None


@pytest.mark.parametrize("redirect_url", ["https://klarna.test/r", None])
def test_a_nullable_response_field_decodes(sdk_of: Callable[..., ModuleType], redirect_url: str | None) -> None:
    sdk = sdk_of(type_lists_with_null)
    with client(sdk, answering({"order_id": "o-1", "redirect_url": redirect_url}), []) as klarna:
        order = klarna.orders.create_order(TOKEN, ORDER_BODY)
    assert order.redirect_url == redirect_url


# 7. A shared string schema by $ref


def test_a_string_schema_by_ref_is_a_string_to_send(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(shared_string_schema_by_ref)
    sent: list[httpx.Request] = []
    with client(sdk, answering({"order_id": "o-1"}), sent) as klarna:
        klarna.orders.create_order(TOKEN, ORDER_BODY)
        with pytest.raises(ValueError, match="purchase_currency: 'SEKX' does not match"):
            klarna.orders.create_order(TOKEN, {**ORDER_BODY, "purchase_currency": "SEKX"})
    assert json.loads(sent[0].content)["purchase_currency"] == "SEK"
    params = importlib.import_module("klarna_payments.params")
    annotation = params.CreateOrderRequestParam.__annotations__["purchase_currency"]
    assert getattr(annotation, "__forward_arg__", annotation) == "Required[str]"
    assert not hasattr(params, "CurrencyCodeParam")


# A shared schema reused in a response keeps its request type


def test_reusing_a_request_schema_in_a_response_keeps_the_request_type(
    sdk_of: Callable[..., ModuleType], generated: Callable[[Callable[[Document], Document]], Path]
) -> None:
    sdk = sdk_of(shared_schema_reused_in_a_response)
    folder = generated(shared_schema_reused_in_a_response) / "out" / "klarna_payments" / "models"
    installed = Path(__file__).resolve().parents[2] / "generated" / "klarna_payments" / "models" / "order_line.py"
    assert (folder / "order_line.py").read_text() == installed.read_text()
    line = {"name": "Kaffe", "quantity": 1, "unit_price": 1000, "total_amount": 1000, "type": "new_kind"}
    with client(sdk, answering({"order_id": "o-1", "order_lines": [line]}), []) as klarna:
        order = klarna.orders.create_order(TOKEN, ORDER_BODY)
    assert order.order_lines[0].type_ == "new_kind"
    assert type(order.order_lines[0]).__name__ == "OrderLineResponse"


# An enum component by $ref in a request and a response; a nullable optional query parameter


def test_a_shared_enum_component_is_strict_to_send_and_open_to_read(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(enum_component_shared_and_a_nullable_query_parameter)
    with client(sdk, answering({"order_id": "o-1", "channel": "ONLINE"}), []) as klarna:
        assert klarna.orders.create_order(TOKEN, {**ORDER_BODY, "channel": "ECOMMERCE"}).channel == "ONLINE"
        with pytest.raises(ValueError, match="channel: 'ONLINE' is not one of"):
            klarna.orders.create_order(TOKEN, {**ORDER_BODY, "channel": "ONLINE"})


def test_a_nullable_optional_query_parameter_is_sent_when_given(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(enum_component_shared_and_a_nullable_query_parameter)
    sent: list[httpx.Request] = []
    with client(sdk, httpx.Response(204), sent) as klarna:
        klarna.orders.cancel_authorization(TOKEN, note="duplicate cart")
        klarna.orders.cancel_authorization(TOKEN)
    assert [request.url.params.get("note") for request in sent] == ["duplicate cart", None]
    signature = inspect.signature(klarna.orders.cancel_authorization)
    assert str(signature.parameters["note"].annotation) == "None | str"


# 10. An operation id with an acronym, and a new body with Klarna's order rules over shared lines


PREVIEW = {
    "purchase_country": "SE",
    "purchase_currency": "SEK",
    "order_amount": 25000,
    "order_tax_amount": 5000,
    "merchant_reference1": None,
    "order_lines": [
        {
            "name": "Kaffe",
            "quantity": 2,
            "unit_price": 12500,
            "tax_rate": 2500,
            "total_amount": 25000,
            "total_tax_amount": 5000,
        }
    ],
}


def test_the_fake_knows_an_acronym_operation_by_the_sdks_name(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(an_acronym_operation_checking_order_lines)
    fake = importlib.import_module("klarna_payments.testing").FakeKlarna()
    fake.fail_next("preview_hpp_order", status=500)
    with fake.client() as klarna, pytest.raises(sdk.OutcomeUnknownError):
        klarna.orders.preview_hpp_order(TOKEN, PREVIEW, max_retries=0)
    with fake.client() as klarna:
        assert klarna.orders.preview_hpp_order(TOKEN, PREVIEW).accepted is True
    assert [request.operation for request in fake.requests] == ["preview_hpp_order"] * 2


def test_a_new_body_naming_the_order_rules_is_checked_by_them(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(an_acronym_operation_checking_order_lines)
    sent: list[httpx.Request] = []
    klarna = client(sdk, answering({"accepted": True}), sent)
    assert klarna.orders.preview_hpp_order(TOKEN, PREVIEW).accepted is True
    assert json.loads(sent[0].content)["merchant_reference1"] is None
    with pytest.raises(sdk.OrderRuleError) as caught:
        klarna.orders.preview_hpp_order(TOKEN, {**PREVIEW, "order_amount": 25001})
    assert "order_amount: must be 25000" in str(caught.value)
    assert len(sent) == 1


# The shapes of Klarna's other documents: plain servers, a moved host, a header-only 201


def plain_servers(document: Document) -> Document:
    for server in document["servers"]:
        del server["x-klarna-region"], server["x-klarna-environment"]
    return document


def moved_server_host(document: Document) -> Document:
    for server in document["servers"]:
        if (server["x-klarna-region"], server["x-klarna-environment"]) == ("na", "production"):
            server["url"] = "https://api.us.klarna.test"
    return document


CAPTURE = {"captured_amount": 25000, "reference": "shipment-1"}


def a_header_only_capture(document: Document) -> Document:
    schemas(document)["capture_request"] = {
        "type": "object",
        "description": "What to capture.",
        "required": ["captured_amount"],
        "properties": {
            "captured_amount": {"type": "integer", "minimum": 0, "description": "In minor units."},
            "reference": {"type": "string", "maxLength": 255, "description": "Your reference."},
        },
    }
    document["paths"]["/ordermanagement/v1/orders/{order_id}/captures"] = {
        "post": {
            "operationId": "captureOrder",
            "tags": ["order_management"],
            "summary": "Capture part of an order",
            "x-klarna-creates": "a capture",
            "parameters": [
                {"name": "order_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"$ref": "#/components/parameters/IdempotencyKey"},
            ],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/capture_request"}}},
            },
            "responses": {
                "201": {
                    "description": "The capture was made.",
                    "headers": {
                        "Capture-Id": {
                            "required": True,
                            "description": "The capture's id.",
                            "schema": {"type": "string"},
                            "example": "4ba29b50-be7b-44f5-a492-113e6a865e22",
                        },
                        "Location": {
                            "description": "Where to read the capture.",
                            "schema": {"type": "string", "format": "uri"},
                        },
                    },
                },
                "403": {"$ref": "#/components/responses/Forbidden"},
            },
        }
    }
    return document


def test_plain_servers_make_the_first_one_the_default_base_url(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(plain_servers)
    klarna = sdk.KlarnaPayments(username="u", password="p")
    first = original()["servers"][0]["url"]
    assert (klarna.base_url, klarna.region, klarna.environment) == (first, None, None)


def test_plain_servers_say_that_region_is_not_available(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(plain_servers)
    with pytest.raises(ValueError, match="region is not available: the API document names no regions"):
        sdk.KlarnaPayments(username="u", password="p", region="eu")


def test_plain_servers_still_take_any_base_url(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(plain_servers)
    sent: list[httpx.Request] = []
    with client(sdk, httpx.Response(204), sent) as klarna:
        klarna.orders.cancel_authorization(TOKEN)
    assert sent[0].url.host == "klarna.test"


def test_a_moved_server_host_is_where_its_region_sends(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(moved_server_host)
    klarna = sdk.KlarnaPayments(username="u", password="p", region="na", environment="production")
    assert klarna.base_url == "https://api.us.klarna.test"
    by_url = sdk.KlarnaPayments(username="u", password="p", base_url="https://api.us.klarna.test")
    assert (by_url.region, by_url.environment) == ("na", "production")


def answering_headers(headers: dict[str, str], status: int = 201) -> httpx.Response:
    return httpx.Response(status, headers=headers)


def test_a_header_only_success_returns_its_headers_typed(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(a_header_only_capture)
    sent: list[httpx.Request] = []
    location = "https://klarna.test/ordermanagement/v1/orders/o-1/captures/c-1"
    answer = answering_headers({"Capture-Id": "c-1", "Location": location})
    with client(sdk, answer, sent) as klarna:
        capture = klarna.order_management.capture_order("o 1", CAPTURE)
    assert (capture.capture_id, capture.location) == ("c-1", location)
    assert capture.response_info.status_code == 201
    assert sent[0].url.raw_path == b"/ordermanagement/v1/orders/o%201/captures"
    assert "Klarna-Idempotency-Key" in sent[0].headers


async def test_a_header_only_success_returns_its_headers_typed_async(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(a_header_only_capture)

    def handler(request: httpx.Request) -> httpx.Response:
        return answering_headers({"Capture-Id": "c-1"})

    http_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with sdk.AsyncKlarnaPayments(
        base_url="https://klarna.test", username="u", password="p", http_client=http_client
    ) as klarna:
        capture = await klarna.order_management.capture_order("o-1", CAPTURE)
    assert capture.capture_id == "c-1"


def test_a_header_only_success_without_its_required_header_says_it_was_executed(
    sdk_of: Callable[..., ModuleType],
) -> None:
    sdk = sdk_of(a_header_only_capture)
    with client(sdk, answering_headers({}), []) as klarna, pytest.raises(sdk.ResponseValidationError) as caught:
        klarna.order_management.capture_order("o-1", CAPTURE)
    assert caught.value.field == "capture_id"
    assert "a capture" in str(caught.value)


def test_a_header_only_success_is_in_the_raw_and_the_detailed_response(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(a_header_only_capture)
    with client(sdk, answering_headers({"Capture-Id": "c-1"}), []) as klarna:
        raw = klarna.order_management.with_raw_response.capture_order("o-1", CAPTURE)
    assert (raw.status_code, raw.headers["Capture-Id"], raw.parse().capture_id) == (201, "c-1", "c-1")
    capture_order = importlib.import_module("klarna_payments.api.order_management.capture_order")
    authenticated = sdk.AuthenticatedClient(
        base_url="https://klarna.test",
        token="dTpw",
        httpx_args={"transport": httpx.MockTransport(lambda request: answering_headers({"Capture-Id": "c-2"}))},
    )
    detailed = capture_order.sync_detailed("o-1", client=authenticated, body=CAPTURE)
    assert (detailed.status_code, detailed.parsed.capture_id) == (201, "c-2")


def test_the_fake_answers_a_header_only_success_with_its_headers(sdk_of: Callable[..., ModuleType]) -> None:
    sdk_of(a_header_only_capture)
    fake = importlib.import_module("klarna_payments.testing").FakeKlarna()
    order_id = fake.place_order({"order_amount": CAPTURE["captured_amount"]})
    with fake.client() as klarna:
        capture = klarna.order_management.capture_order(order_id, CAPTURE)
    assert [c["capture_id"] for c in fake.orders[order_id]["captures"]] == [capture.capture_id]
    assert capture.location.endswith(f"/ordermanagement/v1/orders/{order_id}/captures/{capture.capture_id}")


# Inline object schemas: in a response's properties and array items, a request body, a response


def inline_objects(document: Document) -> Document:
    schemas(document)["order"]["properties"]["shipping_info"] = {
        "type": "object",
        "description": "How the order travels.",
        "properties": {
            "carrier": {"type": "string", "description": "Who carries it."},
            "parcels": {
                "type": "array",
                "description": "Its parcels.",
                "items": {
                    "type": "object",
                    "required": ["tracking_number"],
                    "properties": {
                        "tracking_number": {"type": "string", "description": "The carrier's number."},
                        "weight": {"type": "integer", "description": "Grams."},
                    },
                },
            },
        },
    }
    document["paths"]["/payments/v1/authorizations/{authorizationToken}/notes"] = {
        "parameters": [{"$ref": "#/components/parameters/AuthorizationToken"}],
        "post": {
            "operationId": "addNote",
            "tags": ["orders"],
            "summary": "Add a note",
            "x-klarna-creates": "a note",
            "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["note"],
                            "properties": {"note": {"type": "string", "maxLength": 20, "description": "The note."}},
                        }
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "The note was kept.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["note_id"],
                                "properties": {"note_id": {"type": "string", "description": "Its id."}},
                            },
                            "example": {"note_id": "n-1"},
                        }
                    },
                }
            },
        },
    }
    return document


def inline_field_removed(document: Document) -> Document:
    document = inline_objects(document)
    del schemas(document)["order"]["properties"]["shipping_info"]["properties"]["carrier"]
    return document


def test_inline_objects_in_a_response_decode_to_models_named_by_the_generator(
    sdk_of: Callable[..., ModuleType],
) -> None:
    sdk = sdk_of(inline_objects)
    shipping = {"carrier": "PostNord", "parcels": [{"tracking_number": "T-1", "weight": 900}]}
    with client(sdk, answering({"order_id": "o-1", "shipping_info": shipping}), []) as klarna:
        order = klarna.orders.create_order(TOKEN, ORDER_BODY)
    assert type(order.shipping_info).__name__ == "OrderShippingInfo"
    assert type(order.shipping_info.parcels[0]).__name__ == "OrderShippingInfoParcelsItem"
    assert (order.shipping_info.parcels[0].tracking_number, order.shipping_info.parcels[0].weight) == ("T-1", 900)


def test_an_inline_object_lacking_its_required_field_is_kept_as_sent(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(inline_objects)
    shipping = {"carrier": "PostNord", "parcels": [{"weight": 900}]}
    with client(sdk, answering({"order_id": "o-1", "shipping_info": shipping}), []) as klarna:
        order = klarna.orders.create_order(TOKEN, ORDER_BODY)
    assert order.order_id == "o-1"
    assert order.to_dict()["shipping_info"] == shipping


def test_an_inline_request_body_is_typed_checked_and_sent(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(inline_objects)
    sent: list[httpx.Request] = []
    with client(sdk, answering({"note_id": "n-1"}), sent) as klarna:
        assert klarna.orders.add_note(TOKEN, {"note": "leave at the door"}).note_id == "n-1"
        with pytest.raises(ValueError, match="note: must be at most 20 characters long"):
            klarna.orders.add_note(TOKEN, {"note": "x" * 21})
    assert json.loads(sent[0].content) == {"note": "leave at the door"}
    assert len(sent) == 1
    params = importlib.import_module("klarna_payments.params")
    annotation = params.AddNoteBodyParam.__annotations__["note"]
    assert getattr(annotation, "__forward_arg__", annotation) == "Required[str]"
    assert importlib.import_module("klarna_payments.models").AddNoteResponse200.__name__ == "AddNoteResponse200"


def test_the_fake_checks_and_answers_an_inline_body(sdk_of: Callable[..., ModuleType]) -> None:
    sdk_of(inline_objects)
    fake = importlib.import_module("klarna_payments.testing").FakeKlarna()
    with fake.client() as klarna:
        assert klarna.orders.add_note(TOKEN, {"note": "hi"}).note_id == "n-1"
    with httpx.Client(transport=fake.transport, base_url="https://api.klarna.test", auth=("u", "p")) as http:
        refused = http.post(f"/payments/v1/authorizations/{TOKEN}/notes", json={"note": 5})
    assert (refused.status_code, refused.json()["error_messages"]) == (400, ["Bad value: note"])


def test_a_removed_field_of_an_inline_object_is_refused_by_make_breaking(tmp_path: Path) -> None:
    working_copy = tmp_path / "openapi.yaml"
    working_copy.write_text(yaml.safe_dump(inline_field_removed(original()), sort_keys=False), encoding="utf-8")
    passed, report = gate(yaml.safe_dump(inline_objects(original()), sort_keys=False), working_copy, BASE)
    assert not passed
    assert "carrier" in report


# Reports: CSV and PDF successes are bytes, bounded by their own limit, and can go to a file

REPORT_CSV = "payout_date,order_id,amount\n2026-01-05,o-1,25000\n"


def reports_as_bytes(document: Document) -> Document:
    error = {"$ref": "#/components/responses/NotFound"}
    for suffix, media, example in (("csv", "text/csv", REPORT_CSV), ("pdf", "application/pdf", None)):
        ok: dict[str, Any] = {
            "description": f"The report as {suffix}.",
            "content": {media: {"schema": {"type": "string"}}},
        }
        if example is not None:
            ok["content"][media]["example"] = example
        document["paths"][f"/settlements/v1/reports/payout.{suffix}"] = {
            "get": {
                "operationId": f"getPayoutReport{suffix.upper()}",
                "tags": ["settlements"],
                "summary": f"A payout's report ({suffix})",
                "parameters": [
                    {"name": "payment_reference", "in": "query", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": ok, "404": error},
            }
        }
    return document


def test_a_csv_success_returns_its_bytes_asking_for_its_media_type(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(reports_as_bytes)
    sent: list[httpx.Request] = []
    answer = httpx.Response(200, content=REPORT_CSV.encode(), headers={"Content-Type": "text/csv"})
    with client(sdk, answer, sent) as klarna:
        report = klarna.settlements.get_payout_report_csv(payment_reference="p-1")
    assert report == REPORT_CSV.encode()
    assert sent[0].headers["Accept"] == "text/csv, application/json"
    assert inspect.signature(klarna.settlements.get_payout_report_csv).return_annotation == "bytes"


def test_a_report_is_bounded_by_its_own_limit_not_the_json_one(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(reports_as_bytes)
    big = b"%PDF" + b"x" * (2 * 1024 * 1024)
    with client(sdk, httpx.Response(200, content=big), []) as klarna:
        assert klarna.settlements.get_payout_report_pdf(payment_reference="p-1") == big
        small = klarna.with_options(max_download_size=1024)
        with pytest.raises(sdk.ResponseValidationError, match="larger than max_download_size"):
            small.settlements.get_payout_report_pdf(payment_reference="p-1")


def test_a_report_streams_to_a_file_that_only_a_whole_body_replaces(
    sdk_of: Callable[..., ModuleType], tmp_path: Path
) -> None:
    sdk = sdk_of(reports_as_bytes)
    target = tmp_path / "payout.csv"
    with client(sdk, httpx.Response(200, content=REPORT_CSV.encode()), []) as klarna:
        written = klarna.settlements.get_payout_report_csv_to_file(target, payment_reference="p-1")
    assert written == target and target.read_bytes() == REPORT_CSV.encode()
    with client(sdk, httpx.Response(200, content=b"y" * 2048), []) as klarna:
        with pytest.raises(sdk.ResponseValidationError):
            klarna.with_options(max_download_size=1024).settlements.get_payout_report_csv_to_file(
                target, payment_reference="p-1"
            )
    assert target.read_bytes() == REPORT_CSV.encode()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["payout.csv"]


def test_a_failed_download_leaves_the_file_as_it_was(sdk_of: Callable[..., ModuleType], tmp_path: Path) -> None:
    sdk = sdk_of(reports_as_bytes)
    target = tmp_path / "payout.pdf"
    target.write_bytes(b"last month")
    with client(sdk, answering({"error_code": "NOT_FOUND", "error_messages": ["No payout"]}, 404), []) as klarna:
        with pytest.raises(sdk.NotFoundError):
            klarna.settlements.get_payout_report_pdf_to_file(target, payment_reference="p-1")
    assert target.read_bytes() == b"last month"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["payout.pdf"]


async def test_a_report_streams_to_a_file_async(sdk_of: Callable[..., ModuleType], tmp_path: Path) -> None:
    sdk = sdk_of(reports_as_bytes)
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=b"%PDF-1")))
    async with sdk.AsyncKlarnaPayments(
        base_url="https://klarna.test", username="u", password="p", http_client=http_client
    ) as klarna:
        await klarna.settlements.get_payout_report_pdf_to_file(tmp_path / "r.pdf", payment_reference="p-1")
        assert await klarna.settlements.get_payout_report_pdf(payment_reference="p-1") == b"%PDF-1"
    assert (tmp_path / "r.pdf").read_bytes() == b"%PDF-1"


def test_the_fake_answers_a_report_with_its_example(sdk_of: Callable[..., ModuleType]) -> None:
    sdk_of(reports_as_bytes)
    fake = importlib.import_module("klarna_payments.testing").FakeKlarna()
    with fake.client() as klarna:
        assert klarna.settlements.get_payout_report_csv(payment_reference="p-1") == REPORT_CSV.encode()


def test_a_report_over_a_socket_goes_to_the_file_without_being_held_in_memory(
    sdk_of: Callable[..., ModuleType], tmp_path: Path
) -> None:
    import tracemalloc

    from local_server import Step, scripted_server

    sdk = sdk_of(reports_as_bytes)
    body = b"%PDF" + bytes(range(256)) * (16 * 4096)  # 16 MiB
    target = tmp_path / "payout.pdf"
    pdf = {"Content-Type": "application/pdf"}
    with scripted_server(Step(body=b"%PDF-1", headers=pdf), Step(body=body, headers=pdf)) as (url, _):
        with sdk.KlarnaPayments(base_url=url, username="u", password="p") as klarna:
            # A first call loads what calls load once (the parameter checks), which is not the body.
            klarna.settlements.get_payout_report_pdf_to_file(target, payment_reference="p-1")
            tracemalloc.start()
            klarna.settlements.get_payout_report_pdf_to_file(target, payment_reference="p-1")
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    assert target.read_bytes() == body
    assert peak < len(body) // 8, f"{peak} bytes held at the peak for a {len(body)}-byte report"


# A paginated list: the page model, and an iterator over every item fetched lazily

PAYOUTS = [{"payout_date": f"2026-01-0{day}T00:00:00Z", "amount": 100 * day} for day in range(1, 6)]


def a_paginated_list(document: Document) -> Document:
    schemas(document)["payout_collection"] = {
        "type": "object",
        "description": "A page of payouts.",
        "required": ["payouts"],
        "properties": {
            "payouts": {
                "type": "array",
                "description": "The payouts of this page.",
                "items": {
                    "type": "object",
                    "required": ["payout_date"],
                    "properties": {
                        "payout_date": {"type": "string", "format": "date-time", "description": "When."},
                        "amount": {"type": "integer", "description": "Minor units."},
                    },
                },
            },
            "pagination": {
                "type": "object",
                "description": "Where this page is.",
                "properties": {
                    "total": {"type": "integer", "description": "All payouts."},
                    "offset": {"type": "integer", "description": "This page's first."},
                },
            },
        },
    }
    integer = {"type": "integer", "minimum": 0}
    document["paths"]["/settlements/v1/payouts"] = {
        "get": {
            "operationId": "getPayouts",
            "tags": ["settlements"],
            "summary": "List payouts",
            "x-klarna-pagination": {
                "items": "payouts",
                "offset": "offset",
                "size": "size",
                "total": "pagination.total",
            },
            "parameters": [
                {"name": "size", "in": "query", "schema": {**integer, "maximum": 500}},
                {"name": "offset", "in": "query", "schema": integer},
                {"name": "currency_code", "in": "query", "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "A page.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/payout_collection"}}},
                }
            },
        }
    }
    return document


def paging_server(total: bool = True) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        offset, size = int(request.url.params.get("offset", 0)), int(request.url.params.get("size", 2))
        page: dict[str, Any] = {"payouts": PAYOUTS[offset : offset + size]}
        if total:
            page["pagination"] = {"total": len(PAYOUTS), "offset": offset}
        return answering(page)

    return handler


def test_a_paginated_list_returns_its_page_model(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(a_paginated_list)
    with client(sdk, paging_server()(httpx.Request("GET", "https://klarna.test/?size=2")), []) as klarna:
        page = klarna.settlements.get_payouts(size=2)
    assert [payout.amount for payout in page.payouts] == [100, 200] and page.pagination.total == 5


def test_the_iterator_walks_every_page_lazily_with_the_query(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(a_paginated_list)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return paging_server()(request)

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    with sdk.KlarnaPayments(base_url="https://klarna.test", username="u", password="p", http_client=http_client) as k:
        payouts = k.settlements.iter_payouts(size=2, currency_code="SEK")
        first = next(payouts)
        assert (first.amount, len(sent)) == (100, 1)
        assert [first.amount, *(payout.amount for payout in payouts)] == [100, 200, 300, 400, 500]
    assert [request.url.params["offset"] for request in sent] == ["0", "2", "4"]
    assert {request.url.params["currency_code"] for request in sent} == {"SEK"}


def test_the_iterator_ends_at_a_short_page_without_a_total(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(a_paginated_list)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return paging_server(total=False)(request)

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    with sdk.KlarnaPayments(base_url="https://klarna.test", username="u", password="p", http_client=http_client) as k:
        assert len(list(k.settlements.iter_payouts(size=2, offset=1))) == 4
    assert [request.url.params["offset"] for request in sent] == ["1", "3", "5"]


async def test_the_async_iterator_walks_every_page(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(a_paginated_list)
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(paging_server()))
    async with sdk.AsyncKlarnaPayments(
        base_url="https://klarna.test", username="u", password="p", http_client=http_client
    ) as klarna:
        amounts = [payout.amount async for payout in klarna.settlements.iter_payouts(size=3)]
    assert amounts == [100, 200, 300, 400, 500]


def test_a_pagination_naming_a_missing_parameter_is_a_document_error(tmp_path: Path) -> None:
    document = a_paginated_list(original())
    document["paths"]["/settlements/v1/payouts"]["get"]["x-klarna-pagination"]["offset"] = "start"
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    with pytest.raises(ValueError, match="x-klarna-pagination/offset: 'start' is not an integer query parameter"):
        generate(tmp_path / "out", spec=spec)


def test_make_generate_names_the_pointer_of_what_it_cannot_take_without_a_traceback(tmp_path: Path) -> None:
    import subprocess
    import sys

    document = a_paginated_list(original())
    document["paths"]["/settlements/v1/payouts"]["get"]["x-klarna-pagination"]["items"] = "pagination"
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    script = Path(__file__).resolve().parents[2] / "scripts" / "generate.py"
    run = [sys.executable, str(script), "--spec", str(spec), "--output", str(tmp_path / "out")]
    result = subprocess.run(run, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "#/paths/~1settlements~1v1~1payouts/get/x-klarna-pagination/items" in result.stderr
    assert "Traceback" not in result.stderr


# A top-level JSON array: a list of models


def array_answers(document: Document) -> Document:
    schemas(document)["capture"] = {
        "type": "object",
        "description": "A capture.",
        "required": ["capture_id"],
        "properties": {
            "capture_id": {"type": "string", "description": "Its id."},
            "captured_amount": {"type": "integer", "description": "Minor units."},
        },
    }
    order_id = {"name": "order_id", "in": "path", "required": True, "schema": {"type": "string"}}
    document["paths"]["/ordermanagement/v1/orders/{order_id}/captures"] = {
        "get": {
            "operationId": "getCaptures",
            "tags": ["order_management"],
            "summary": "List an order's captures",
            "parameters": [order_id],
            "responses": {
                "200": {
                    "description": "The captures.",
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/capture"}},
                            "example": [{"capture_id": "c-1", "captured_amount": 100}],
                        }
                    },
                }
            },
        }
    }
    document["paths"]["/ordermanagement/v1/orders/{order_id}/refunds"] = {
        "get": {
            "operationId": "getRefunds",
            "tags": ["order_management"],
            "summary": "List an order's refunds",
            "parameters": [order_id],
            "responses": {
                "200": {
                    "description": "The refunds.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {"type": "object", "properties": {"refund_id": {"type": "string"}}},
                            },
                            "example": [{"refund_id": "r-1"}],
                        }
                    },
                }
            },
        }
    }
    return document


def test_a_top_level_array_decodes_to_a_list_of_models(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(array_answers)
    with client(sdk, answering([{"capture_id": "c-1", "captured_amount": 100}, {"capture_id": "c-2"}]), []) as k:
        captures = k.order_management.get_captures("o-1")
        raw = k.order_management.with_raw_response.get_captures("o-1")
    assert [(type(c).__name__, c.capture_id) for c in captures] == [("Capture", "c-1"), ("Capture", "c-2")]
    assert raw.status_code == 200 and len(raw.parse()) == 2


def test_an_array_of_inline_objects_decodes_to_the_generators_item_model(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(array_answers)
    with client(sdk, answering([{"refund_id": "r-1"}]), []) as klarna:
        refunds = klarna.order_management.get_refunds("o-1")
    assert [(type(r).__name__, r.refund_id) for r in refunds] == [("GetRefundsResponse200Item", "r-1")]


def test_an_array_item_without_its_required_field_is_named(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(array_answers)
    with client(sdk, answering([{"capture_id": "c-1"}, {"captured_amount": 5}]), []) as klarna:
        with pytest.raises(sdk.ResponseValidationError) as caught:
            klarna.order_management.get_captures("o-1")
    assert caught.value.field == "[1].capture_id"


def test_the_fake_answers_an_array_with_its_example(sdk_of: Callable[..., ModuleType]) -> None:
    sdk_of(array_answers)
    fake = importlib.import_module("klarna_payments.testing").FakeKlarna()
    with fake.client() as klarna:
        assert [refund.refund_id for refund in klarna.order_management.get_refunds("o-1")] == ["r-1"]


# A PATCH with a body answered 202, a declared 422, int64 and double fields


def patch_422_and_wide_numbers(document: Document) -> Document:
    schemas(document)["token_status_update"] = {
        "type": "object",
        "description": "The token's new status.",
        "required": ["status"],
        "properties": {"status": {"type": "string", "enum": ["CANCELLED"], "description": "Only CANCELLED."}},
    }
    schemas(document)["order"]["properties"]["settled_amount"] = {
        "type": "integer",
        "format": "int64",
        "description": "Minor units, past 2**31.",
    }
    schemas(document)["order"]["properties"]["fx_rate"] = {
        "type": "number",
        "format": "double",
        "description": "The exchange rate used.",
    }
    document["paths"]["/customer-token/v1/tokens/{customerToken}/status"] = {
        "patch": {
            "operationId": "updateCustomerTokenStatus",
            "tags": ["customer_tokens"],
            "summary": "Cancel a customer token",
            "x-klarna-creates": "a status change",
            "parameters": [
                {"name": "customerToken", "in": "path", "required": True, "schema": {"type": "string"}},
                {"$ref": "#/components/parameters/IdempotencyKey"},
            ],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/token_status_update"}}},
            },
            "responses": {
                "202": {"description": "Accepted."},
                "422": {
                    "description": "The token cannot take that status.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorV2"}}},
                },
            },
        }
    }
    return document


def test_a_patch_sends_its_body_with_a_key_and_a_202_returns_none(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(patch_422_and_wide_numbers)
    sent: list[httpx.Request] = []
    with client(sdk, httpx.Response(202), sent) as klarna:
        assert klarna.customer_tokens.update_customer_token_status("ct-1", {"status": "CANCELLED"}) is None
    assert (sent[0].method, json.loads(sent[0].content)) == ("PATCH", {"status": "CANCELLED"})
    assert "Klarna-Idempotency-Key" in sent[0].headers


def test_a_declared_422_is_an_unexpected_status_error_with_klarnas_code(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(patch_422_and_wide_numbers)
    body = {"error_code": "NOT_ALLOWED", "error_messages": ["Already cancelled"], "correlation_id": "c-1"}
    with client(sdk, answering(body, 422), []) as klarna:
        with pytest.raises(sdk.UnexpectedStatusError) as caught:
            klarna.customer_tokens.update_customer_token_status("ct-1", {"status": "CANCELLED"})
    assert (caught.value.status_code, caught.value.error_code, caught.value.correlation_id) == (
        422,
        "NOT_ALLOWED",
        "c-1",
    )


def test_int64_and_double_fields_decode_exactly(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(patch_422_and_wide_numbers)
    with client(sdk, answering({"order_id": "o-1", "settled_amount": 2**53 + 1, "fx_rate": 10.875}), []) as klarna:
        order = klarna.orders.create_order(TOKEN, ORDER_BODY)
    assert (order.settled_amount, order.fx_rate) == (2**53 + 1, 10.875)


# deprecated: true on an operation, a query parameter, a body property


def deprecated_operation(document: Document) -> Document:
    document["paths"]["/payments/v1/authorizations/{authorizationToken}"]["delete"]["deprecated"] = True
    return document


def deprecated_query_parameter(document: Document) -> Document:
    operation = document["paths"]["/payments/v1/authorizations/{authorizationToken}"]["delete"]
    operation["parameters"] = [
        {"name": "note", "in": "query", "deprecated": True, "schema": {"type": "string"}, "description": "Why."}
    ]
    return document


def deprecated_body_property(document: Document) -> Document:
    schemas(document)["create_order_request"]["properties"]["merchant_reference2"]["deprecated"] = True
    return document


def test_a_deprecated_operation_warns_at_the_call_not_at_import(sdk_of: Callable[..., ModuleType]) -> None:
    with warnings.catch_warnings(record=True) as at_import:
        warnings.simplefilter("always")
        sdk = sdk_of(deprecated_operation)
        importlib.import_module("klarna_payments.api.orders.cancel_authorization")
    assert [w for w in at_import if w.category is DeprecationWarning] == []
    with client(sdk, httpx.Response(204), []) as klarna, pytest.warns(DeprecationWarning) as caught:
        klarna.orders.cancel_authorization(TOKEN)
    assert str(caught.list[0].message).startswith("orders.cancel_authorization (DELETE /payments/v1/")
    assert caught.list[0].filename == __file__


def test_a_deprecated_operations_docstring_says_so(sdk_of: Callable[..., ModuleType]) -> None:
    sdk_of(deprecated_operation)
    orders = importlib.import_module("klarna_payments.api.orders")
    assert "Deprecated by Klarna" in (orders.Orders.cancel_authorization.__doc__ or "")
    assert orders.Orders.cancel_authorization.__deprecated__


def test_a_deprecated_operation_is_a_minor_change(tmp_path: Path) -> None:
    passed, report = document_gate(deprecated_operation, tmp_path)
    assert passed, report
    assert "minor  Operation `cancelAuthorization`" in report


def test_a_deprecated_query_parameter_warns_only_when_passed(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(deprecated_query_parameter)
    with client(sdk, httpx.Response(204), []) as klarna, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        klarna.orders.cancel_authorization(TOKEN)
        klarna.orders.cancel_authorization(TOKEN, note="secret")
    assert [str(w.message) for w in caught] == [
        "orders.cancel_authorization: the query parameter note is deprecated by Klarna"
    ]


def test_a_deprecated_body_property_warns_by_its_path(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(deprecated_body_property)
    with client(sdk, answering({"order_id": "o-1"}), []) as klarna, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        klarna.orders.create_order(TOKEN, ORDER_BODY)
        klarna.orders.create_order(TOKEN, {**ORDER_BODY, "merchant_reference2": "r2"})
    assert [str(w.message) for w in caught] == ["orders.create_order: body.merchant_reference2 is deprecated by Klarna"]


# Typed query and path parameters: a Settlements-style list, an Order Management read by pattern


PAYMENT_REFERENCE = "ref-1"
ORDER_ID = "3eaeb557-5e30-47f8-b840-b8d987f5945d"


def typed_query_settlements_and_a_patterned_path(document: Document) -> Document:
    schemas(document)["payout_page"] = {
        "type": "object",
        "description": "One page of payouts.",
        "required": ["count"],
        "properties": {"count": {"type": "integer", "description": "Payouts on this page.", "examples": [1]}},
    }
    schemas(document)["capture"] = {
        "type": "object",
        "description": "A capture.",
        "required": ["capture_id"],
        "properties": {"capture_id": {"type": "string", "description": "Its id.", "examples": ["c-1"]}},
    }

    def answer(schema: str) -> dict[str, Any]:
        return {
            "description": "Found.",
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
        }

    document["paths"]["/settlements/v1/payouts-by-reference"] = {
        "get": {
            "operationId": "listPayouts",
            "tags": ["settlements"],
            "summary": "List payouts",
            "parameters": [
                {
                    "name": "size",
                    "in": "query",
                    "description": "Payouts per page.",
                    "schema": {"type": "integer", "maximum": 500, "default": 20},
                },
                {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                {"name": "start_date", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                {"name": "currency_code", "in": "query", "schema": {"type": "string", "enum": ["EUR", "SEK", "USD"]}},
                {
                    "name": "payment_reference",
                    "in": "query",
                    "required": True,
                    "schema": {"type": "string", "maxLength": 32},
                },
                {"name": "X-Payout-Source", "in": "header", "schema": {"type": "string", "pattern": "^[a-z]+$"}},
            ],
            "responses": {"200": answer("payout_page")},
        }
    }
    document["paths"]["/ordermanagement/v1/orders/{order_id}/captures/{capture_id}"] = {
        "get": {
            "operationId": "readCapture",
            "tags": ["order_management"],
            "summary": "Read a capture",
            "parameters": [
                {
                    "name": "order_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^[0-9a-f-]{36}$"},
                },
                {"name": "capture_id", "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}},
            ],
            "responses": {"200": answer("capture")},
        }
    }
    return document


def test_typed_query_parameters_are_sent_as_given(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(typed_query_settlements_and_a_patterned_path)
    currency = importlib.import_module("klarna_payments.models").ListPayoutsCurrencyCode
    sent: list[httpx.Request] = []
    with client(sdk, answering({"count": 1}), sent) as klarna:
        page = klarna.settlements.list_payouts(
            size=500, offset=0, currency_code=currency.SEK, payment_reference=PAYMENT_REFERENCE
        )
    assert page.count == 1
    assert dict(sent[0].url.params) == {
        "size": "500",
        "offset": "0",
        "currency_code": "SEK",
        "payment_reference": PAYMENT_REFERENCE,
    }


def test_a_typed_query_datetime_is_sent_as_iso_8601(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(typed_query_settlements_and_a_patterned_path)
    sent: list[httpx.Request] = []
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    with client(sdk, answering({"count": 1}), sent) as klarna:
        klarna.settlements.list_payouts(start_date=start, payment_reference=PAYMENT_REFERENCE)
    assert sent[0].url.params["start_date"] == "2026-01-01T00:00:00Z"


def test_a_typed_query_signature_takes_a_datetime(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(typed_query_settlements_and_a_patterned_path)
    signature = inspect.signature(sdk.KlarnaPayments(username="u", password="p").settlements.list_payouts)
    assert str(signature.parameters["start_date"].annotation) == "datetime.datetime | None"


def test_typed_query_parameters_left_unset_are_not_sent(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(typed_query_settlements_and_a_patterned_path)
    sent: list[httpx.Request] = []
    with client(sdk, answering({"count": 1}), sent) as klarna:
        klarna.settlements.list_payouts(payment_reference=PAYMENT_REFERENCE)
    assert list(sent[0].url.params) == ["payment_reference"]


def test_a_typed_query_default_is_documented_not_sent(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(typed_query_settlements_and_a_patterned_path)
    method = sdk.KlarnaPayments(username="u", password="p").settlements.list_payouts
    assert inspect.signature(method).parameters["size"].default is None
    assert "Payouts per page. When it is not sent, Klarna uses `20`." in " ".join(method.__doc__.split())


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"size": 501}, "size: must be at most 500, not 501"),
        ({"size": True}, "size: must be an integer, not bool"),
        ({"size": "20"}, "size: must be an integer, not str"),
        ({"offset": -1}, "offset: must be at least 0, not -1"),
        (
            {"start_date": datetime.datetime(2026, 1, 1)},
            "start_date: a naive datetime is ambiguous: give it a timezone (tzinfo=datetime.UTC)",
        ),
        ({"currency_code": "NOK"}, "currency_code: 'NOK' is not one of ('EUR', 'SEK', 'USD')"),
        ({"payment_reference": "r" * 33}, "payment_reference: must be at most 32 characters long, not 33"),
        ({"payment_reference": None}, "payment_reference: required parameter missing"),
        ({"x_payout_source": "Shop"}, "x_payout_source: 'Shop' does not match ^[a-z]+$"),
    ],
)
def test_a_refused_typed_query_value_is_named_and_nothing_is_sent(
    sdk_of: Callable[..., ModuleType], given: dict[str, Any], message: str
) -> None:
    sdk = sdk_of(typed_query_settlements_and_a_patterned_path)
    sent: list[httpx.Request] = []
    with client(sdk, answering({"count": 1}), sent) as klarna, pytest.raises(ValueError) as caught:
        klarna.settlements.list_payouts(**{"payment_reference": PAYMENT_REFERENCE, **given})
    assert str(caught.value) == f"list_payouts: invalid parameters: {message}"
    assert sent == []


async def test_a_refused_typed_query_value_is_named_in_async_calls_too(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(typed_query_settlements_and_a_patterned_path)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answering({"count": 1})

    http_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with sdk.AsyncKlarnaPayments(
        base_url="https://klarna.test", username="u", password="p", http_client=http_client
    ) as klarna:
        with pytest.raises(ValueError, match="size: must be at most 500, not 501"):
            await klarna.settlements.list_payouts(size=501, payment_reference=PAYMENT_REFERENCE)
    assert sent == []


def test_the_functional_layer_checks_typed_query_parameters(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(typed_query_settlements_and_a_patterned_path)
    list_payouts = importlib.import_module("klarna_payments.api.settlements.list_payouts")
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answering({"count": 1})

    authenticated = sdk.AuthenticatedClient(
        base_url="https://klarna.test", token="dTpw", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    with pytest.raises(ValueError, match="offset: must be at least 0, not -1"):
        list_payouts.sync(client=authenticated, offset=-1, payment_reference=PAYMENT_REFERENCE)
    assert sent == []


def test_a_path_parameter_not_matching_its_pattern_is_refused(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(typed_query_settlements_and_a_patterned_path)
    sent: list[httpx.Request] = []
    with client(sdk, answering({"capture_id": "c-1"}), sent) as klarna:
        assert klarna.order_management.read_capture(ORDER_ID, "c-1").capture_id == "c-1"
        with pytest.raises(ValueError, match=r"order_id: 'o-1' does not match \^\[0-9a-f-\]\{36\}\$"):
            klarna.order_management.read_capture("o-1", "c-1")
    assert len(sent) == 1


def test_the_fake_answers_a_typed_query_call(sdk_of: Callable[..., ModuleType]) -> None:
    sdk_of(typed_query_settlements_and_a_patterned_path)
    fake = importlib.import_module("klarna_payments.testing").FakeKlarna()
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    with fake.client() as klarna:
        assert klarna.settlements.list_payouts(start_date=start, payment_reference=PAYMENT_REFERENCE).count == 1
    assert [request.operation for request in fake.requests] == ["list_payouts"]


# Two successes, each with its own schema: a 200 that found the refund, a 201 that made it


def two_successes(document: Document) -> Document:
    schemas(document)["refund_found"] = {
        "type": "object",
        "description": "A refund made before, with this key.",
        "required": ["refund_id", "refunded_at"],
        "properties": {
            "refund_id": {"type": "string", "description": "Its id."},
            "refunded_at": {"type": "string", "format": "date-time", "description": "When."},
        },
    }
    schemas(document)["refund_made"] = {
        "type": "object",
        "description": "A refund made now.",
        "required": ["refund_id"],
        "properties": {"refund_id": {"type": "string", "description": "Its id."}},
    }
    answer = {
        status: {
            "description": description,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
        }
        for status, schema, description in (("200", "refund_found", "Found."), ("201", "refund_made", "Made."))
    }
    document["paths"]["/ordermanagement/v1/orders/{order_id}/refunds/lookup"] = {
        "post": {
            "operationId": "refundOnce",
            "tags": ["order_management"],
            "summary": "Refund, or find the refund made before",
            "x-klarna-creates": "a refund",
            "parameters": [
                {"name": "order_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"$ref": "#/components/parameters/IdempotencyKey"},
            ],
            "responses": answer,
        }
    }
    return document


def test_each_success_status_decodes_by_its_own_schema(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(two_successes)
    models = importlib.import_module("klarna_payments.models")
    found = {"refund_id": "r-1", "refunded_at": "2026-01-05T10:00:00Z"}
    with client(sdk, answering(found, 200), []) as klarna:
        earlier = klarna.order_management.refund_once("o-1")
    with client(sdk, answering({"refund_id": "r-2"}, 201), []) as klarna:
        made = klarna.order_management.refund_once("o-1")
    assert isinstance(earlier, models.RefundFound) and earlier.refunded_at.year == 2026
    assert isinstance(made, models.RefundMade) and made.refund_id == "r-2"
    returns = inspect.signature(klarna.order_management.refund_once).return_annotation
    assert returns == "RefundFound | RefundMade"


# A PATCH whose repeat is harmless (setting a status), without a key: marked x-klarna-idempotent


def a_keyless_status_patch(document: Document, *, marked: bool = True) -> Document:
    schemas(document)["token_state"] = {
        "type": "object",
        "description": "The state to put the token in.",
        "required": ["status"],
        "properties": {"status": {"type": "string", "enum": ["CANCELLED"], "description": "Only CANCELLED."}},
    }
    operation: dict[str, Any] = {
        "operationId": "setCustomerTokenState",
        "tags": ["customer_tokens"],
        "summary": "Set a customer token's state",
        "parameters": [{"name": "customerToken", "in": "path", "required": True, "schema": {"type": "string"}}],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/token_state"}}},
        },
        "responses": {"202": {"description": "Accepted."}},
    }
    if marked:
        operation["x-klarna-idempotent"] = True
    document["paths"]["/customer-token/v1/tokens/{customerToken}/state"] = {"patch": operation}
    return document


def test_a_repeatable_patch_sends_no_key_and_a_lost_answer_is_retried(sdk_of: Callable[..., ModuleType]) -> None:
    sdk = sdk_of(a_keyless_status_patch)
    answers = iter([httpx.Response(502), httpx.Response(202)])
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return next(answers)

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    with sdk.KlarnaPayments(
        base_url="https://klarna.test", username="u", password="p", http_client=http_client
    ) as klarna:
        importlib.import_module("klarna_payments._base_client").use_clock(klarna, QuietClock())
        assert klarna.customer_tokens.set_customer_token_state("ct-1", {"status": "CANCELLED"}) is None
    assert len(sent) == 2
    assert all("Klarna-Idempotency-Key" not in request.headers for request in sent)
    signature = inspect.signature(klarna.customer_tokens.set_customer_token_state)
    assert "idempotency_key" not in signature.parameters


def test_a_patch_without_the_key_or_the_mark_is_a_document_error(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    document = a_keyless_status_patch(original(), marked=False)
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    with pytest.raises(ValueError, match=r"setCustomerTokenState \(PATCH\) must declare Klarna-Idempotency-Key"):
        generate(tmp_path / "out", spec=spec)


# All of the shapes in one document: the package they generate passes mypy --strict

SHAPES = (
    plain_servers,
    a_header_only_capture,
    inline_objects,
    reports_as_bytes,
    a_paginated_list,
    array_answers,
    patch_422_and_wide_numbers,
    deprecated_operation,
    deprecated_query_parameter,
    deprecated_body_property,
    typed_query_settlements_and_a_patterned_path,
    two_successes,
    a_keyless_status_patch,
)


def every_shape(document: Document) -> Document:
    for change in SHAPES:
        document = change(document)
    return document


@pytest.mark.timeout(600)  # mypy over a whole package, cold: a minute or two on a busy machine
def test_every_shape_together_generates_a_package_that_passes_mypy_strict(
    generated: Callable[[Callable[[Document], Document]], Path], tmp_path: Path
) -> None:
    import subprocess
    import sys

    folder = generated(every_shape) / "out"
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "klarna_payments"]
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:]


def test_every_shape_together_generates_a_package_that_passes_the_generated_lint(
    generated: Callable[[Callable[[Document], Document]], Path],
) -> None:
    import subprocess

    from sdk_document import ROOT

    package = generated(every_shape) / "out" / "klarna_payments"
    lint = [str(ROOT / "scripts" / "lint_generated.sh"), str(package)]
    result = subprocess.run(lint, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:]
