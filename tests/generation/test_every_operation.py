"""Every operation of the document works through the generated resource client, sync and async: the
request goes where the document says, with its idempotency key where it declares one, and the
first documented success comes back as the result its signature promises, in one span named
after the operation. Derived from the document: an operation added to openapi.yaml is tested
here with no edit."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from klarna_payments import APITimeoutError, KlarnaError, OutcomeUnknownError
from klarna_payments._schema import Operation

from tests.support.calls import call_arguments, example_of, operation_named, wire_request
from tests.support.document import declared_headers, documented_example, operations
from tests.support.mock import Recorder, async_sdk, sync_sdk
from tests.support.telemetry import Telemetry, providers

OPERATION_IDS = sorted(operations())


def first_success(operation: Operation) -> int:
    return min(status for status in operation.responses if 200 <= status < 300)


def documented_answer(operation_id: str) -> tuple[Operation, httpx.Response]:
    """The operation and its first documented success, its example body and declared headers."""
    operation = operation_named(operation_id)
    status = first_success(operation)
    headers = {name: str(example_of(header)) for name, header in declared_headers(operation_id, status).items()}
    if status in operation.byte_responses:
        content = b"order_id,amount\n3eaeb557,1000\n"
        headers["Content-Type"] = operation.byte_responses[status]
    else:
        example = documented_example(operation_id, status)
        content = b"" if example is None else json.dumps(example).encode()
        if example is not None:
            headers["Content-Type"] = "application/json"
    return operation, httpx.Response(status, content=content, headers=headers)


def arguments(operation_id: str) -> tuple[list[Any], dict[str, Any]]:
    _, positional, keywords = call_arguments(operation_id)
    return positional, keywords


def assert_the_promised_result(operation: Operation, answer: httpx.Response, result: object) -> None:
    status = answer.status_code
    if status in operation.byte_responses:
        assert result == answer.content
    elif status in operation.header_results:
        found = {attribute: getattr(result, attribute) for attribute in operation.header_results[status]}
        assert found == {
            attribute: answer.headers[header] for attribute, header in operation.header_results[status].items()
        }
    elif operation.responses[status] is None:
        assert result is None
    elif status in operation.array_responses:
        assert isinstance(result, list)
        assert all(type(item).__name__ == operation.responses[status] for item in result)
    else:
        assert type(result).__name__ == operation.responses[status]


def assert_the_documented_request(operation_id: str, operation: Operation, request: httpx.Request) -> None:
    expected = wire_request(operation_id)
    assert (request.method, request.url.path) == (expected.method, expected.path)
    assert ("Klarna-Idempotency-Key" in request.headers) == operation.sends_idempotency_key


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_an_operation_sends_its_request_and_returns_its_documented_success(operation_id: str) -> None:
    operation, answer = documented_answer(operation_id)
    recorder = Recorder(answer)
    positional, keywords = arguments(operation_id)
    with sync_sdk(recorder) as sdk:
        result = getattr(getattr(sdk, operation.resource), operation.name)(*positional, **keywords)
    (request,) = recorder.requests
    assert_the_documented_request(operation_id, operation, request)
    assert_the_promised_result(operation, answer, result)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
async def test_an_operation_sends_its_request_and_returns_its_documented_success_async(operation_id: str) -> None:
    operation, answer = documented_answer(operation_id)
    recorder = Recorder(answer)
    positional, keywords = arguments(operation_id)
    async with async_sdk(recorder) as sdk:
        result = await getattr(getattr(sdk, operation.resource), operation.name)(*positional, **keywords)
    (request,) = recorder.requests
    assert_the_documented_request(operation_id, operation, request)
    assert_the_promised_result(operation, answer, result)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_a_lost_answer_is_outcome_unknown_exactly_for_an_operation_with_an_effect(operation_id: str) -> None:
    operation = operation_named(operation_id)
    positional, keywords = arguments(operation_id)
    with sync_sdk(Recorder(httpx.ReadTimeout("timed out")), max_retries=0) as sdk:
        with pytest.raises(KlarnaError) as raised:
            getattr(getattr(sdk, operation.resource), operation.name)(*positional, **keywords)
    assert isinstance(raised.value, OutcomeUnknownError) == operation.has_effect, type(raised.value).__name__
    assert isinstance(raised.value, OutcomeUnknownError | APITimeoutError)


EFFECTFUL_IDS = [name for name in OPERATION_IDS if operation_named(name).has_effect]


@pytest.mark.parametrize("operation_id", EFFECTFUL_IDS)
def test_a_lost_answer_says_to_repeat_the_call_only_where_a_repeat_is_harmless(operation_id: str) -> None:
    operation = operation_named(operation_id)
    positional, keywords = arguments(operation_id)
    recorder = Recorder(httpx.ReadTimeout("timed out"))
    with sync_sdk(recorder, max_retries=2) as sdk:
        with pytest.raises(OutcomeUnknownError) as raised:
            getattr(getattr(sdk, operation.resource), operation.name)(*positional, **keywords)
    repeatable = operation.is_idempotent or operation.sends_idempotency_key
    assert ("repeat the call" in str(raised.value) or "repeating the call" in str(raised.value)) == repeatable
    assert (len(recorder.requests) > 1) == repeatable  # never repeated by the SDK where a repeat would act again


def assert_the_operations_span(operation: Operation, recorder: Recorder, telemetry: Telemetry) -> None:
    span = telemetry.span()
    attributes = span.attributes or {}
    assert (span.name, attributes["klarna.operation"]) == (f"klarna.{operation.name}", operation.name)
    assert (attributes["http.request.method"], attributes["url.template"]) == (operation.method, operation.path)
    assert (attributes["klarna.outcome"], attributes["klarna.attempts"]) == ("succeeded", 1)
    assert attributes.get("klarna.idempotency_key") == recorder.idempotency_keys[0]
    (request,) = recorder.requests
    filled = [segment for segment in request.url.path.split("/") if segment not in operation.path.split("/")]
    assert [value for value in attributes.values() if any(segment in str(value) for segment in filled)] == []


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_an_operation_is_one_span_named_after_it_with_its_path_template(
    operation_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    operation, answer = documented_answer(operation_id)
    recorder = Recorder(answer)
    positional, keywords = arguments(operation_id)
    with providers(monkeypatch) as telemetry, sync_sdk(recorder) as sdk:
        getattr(getattr(sdk, operation.resource), operation.name)(*positional, **keywords)
        assert_the_operations_span(operation, recorder, telemetry)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
async def test_an_operation_is_one_span_named_after_it_with_its_path_template_async(
    operation_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    operation, answer = documented_answer(operation_id)
    recorder = Recorder(answer)
    positional, keywords = arguments(operation_id)
    with providers(monkeypatch) as telemetry:
        async with async_sdk(recorder) as sdk:
            await getattr(getattr(sdk, operation.resource), operation.name)(*positional, **keywords)
        assert_the_operations_span(operation, recorder, telemetry)
