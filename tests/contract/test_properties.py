"""Properties that hold for every value openapi.yaml allows, not just the examples we wrote.

Values come from the document's own schemas (`schema_strategies.py`, hypothesis-jsonschema),
so a new field, enum value or operation is covered without a change here. The number of
examples is the Hypothesis profile's: `make test` runs a small, derandomized sample;
`make test-deep` a large random one (profiles in tests/conftest.py).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import klarna_payments.models
import pytest
from hypothesis import given
from hypothesis import strategies as st
from klarna_payments import APIStatusError, KlarnaError, KlarnaPayments, OutcomeUnknownError
from klarna_payments._spec import MODELS as SPEC_MODELS
from klarna_payments._spec import OPERATIONS as SPEC_OPERATIONS
from klarna_payments.errors import error_class_for
from openapi_python_client.strings import snake_case
from sdk_document import Document

from tests.support.calls import body_of, call_arguments
from tests.support.document import decoded, documented_responses, load_document, model_class_name, operations, resolve
from tests.support.mock import Recorder, json_response, sync_sdk
from tests.support.prism import fail_on_violations
from tests.support.strategies import component_strategy


def request_json(operation: dict[str, Any]) -> dict[str, Any]:
    """The operation's application/json request body media type ({} when it takes none)."""
    return resolve(operation.get("requestBody", {})).get("content", {}).get("application/json", {})


def request_schema_name(operation: dict[str, Any]) -> str | None:
    reference = request_json(operation).get("schema", {}).get("$ref")
    return reference.rsplit("/", 1)[-1] if reference else None


OPERATIONS = operations()
BODIES = [(operation_id, request_schema_name(op)) for operation_id, (_, _, op) in OPERATIONS.items()]
REQUEST_BODIES = [(operation_id, schema) for operation_id, schema in BODIES if schema]
RESPONSES = [pair for pair in documented_responses() if pair.schema_name]
SUCCESS_BODIES = [pair for pair in RESPONSES if 200 <= pair.status < 300]
ERROR_BODIES = [pair for pair in RESPONSES if pair.status >= 400]
MODEL_SCHEMAS = [
    name for name, schema in load_document()["components"]["schemas"].items() if schema.get("type") == "object"
]
REQUEST_ONLY = Document.load().request_side - Document.load().response_side


def call(sdk: KlarnaPayments, operation_id: str, body: Any) -> Any:
    """Call the resource method of `operation_id` with the document's examples for its parameters.

    The order-rule check is off: these bodies are valid by the document, not by Klarna's sums.
    A generated body may hold a field Klarna deprecates: its warning is expected, not checked here
    (tests/runtime/test_deprecation.py is where it is).
    """
    spec = SPEC_OPERATIONS[snake_case(operation_id)]
    _, path_values, keywords = call_arguments(operation_id)
    keywords.pop("body", None)
    arguments = [*path_values, *([body] if body is not None else [])]
    checked = spec.body is not None and SPEC_MODELS[spec.body].rules is not None
    options = {"preflight": False} if checked else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return getattr(getattr(sdk, spec.resource), spec.name)(*arguments, **keywords, **options)


@pytest.fixture
def sdk_on_prism(prism_url: str) -> Iterator[KlarnaPayments]:
    """KlarnaPayments on Prism; a response carrying `sl-violations` fails the test."""
    http_client = httpx.Client(event_hooks={"response": [fail_on_violations]})
    with KlarnaPayments(base_url=prism_url, username="u", password="p", max_retries=0, http_client=http_client) as sdk:
        yield sdk


@pytest.mark.parametrize(("operation_id", "schema_name"), REQUEST_BODIES, ids=[op for op, _ in REQUEST_BODIES])
def test_every_valid_request_body_is_accepted_by_prism(
    operation_id: str, schema_name: str, sdk_on_prism: KlarnaPayments
) -> None:
    @given(body=component_strategy(schema_name, "request"))
    def check(body: dict[str, Any]) -> None:
        call(sdk_on_prism, operation_id, body)  # a refusal (a KlarnaError, a ValueError) fails the test

    check()


@pytest.mark.parametrize("schema_name", MODEL_SCHEMAS)
def test_models_round_trip_every_valid_value(schema_name: str) -> None:
    name = model_class_name(schema_name)
    model_class = getattr(klarna_payments.models, name)
    direction = "request" if schema_name in REQUEST_ONLY else "response"

    @given(data=component_strategy(schema_name, direction))
    def check(data: dict[str, Any]) -> None:
        model = model_class.from_dict(data)
        assert decoded(name, model.to_dict()) == decoded(name, data)
        assert model_class.from_dict(model.to_dict()) == model

    check()


@pytest.mark.parametrize("response", SUCCESS_BODIES, ids=str)
def test_every_valid_success_body_decodes_to_its_model(response: Any) -> None:
    # The response varies; any valid request will do (the document's example, else one its schema
    # allows): generating one per example would cost more than the whole test.
    request_body = body_of(response.operation_id)
    item = component_strategy(response.schema_name, "response")

    @given(body=st.lists(item, max_size=3) if response.array else item)
    def check(body: Any) -> None:
        with sync_sdk(Recorder(json_response(response.status, body))) as sdk:
            result = call(sdk, response.operation_id, request_body)
        model = model_class_name(response.schema_name)
        if response.array:  # a JSON array of models: a list of them
            assert [type(each).__name__ for each in result] == [model] * len(body)
            assert [decoded(model, each.to_dict()) for each in result] == [decoded(model, each) for each in body]
            return
        assert type(result).__name__ == model
        assert decoded(model, result.to_dict()) == decoded(model, body)

    check()


@pytest.mark.parametrize("response", ERROR_BODIES, ids=str)
def test_every_valid_error_body_raises_its_typed_error_with_its_fields(response: Any) -> None:
    request_body = body_of(response.operation_id)

    @given(body=component_strategy(response.schema_name, "response"))
    def check(body: dict[str, Any]) -> None:
        with sync_sdk(Recorder(json_response(response.status, body))) as sdk, pytest.raises(KlarnaError) as raised:
            call(sdk, response.operation_id, request_body)
        error = raised.value
        if isinstance(error, OutcomeUnknownError):  # a 5xx to a POST: Klarna may have executed it
            error = error.last_error
        assert isinstance(error, APIStatusError)
        assert type(error) is error_class_for(response.status)
        assert error.error_code == body.get("error_code")
        assert error.error_messages == body.get("error_messages", [])
        assert error.correlation_id == body.get("correlation_id")
        message = str(error)
        assert "\n" not in message
        assert len(message) < 1000

    check()
