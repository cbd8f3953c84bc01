"""The generated functional layer against Prism: every documented (operation, status) pair.

Each test selects a status with `Prefer: code=N` and asserts the status, the parsed type and
that the parsed model holds everything Prism served (a date-time or a date compared as the value
it is, however it is written); a success without a body is asserted empty. The pairs, and the
calls that produce them, come from openapi.yaml: an operation's functional module is found by its
tag and name, its path parameters (of any name, in the order the path names them) and required
parameters take the document's examples, and its body, where it declares one, is the document's
request example (or the smallest body its schema allows). Only the statuses an operation declares
are tested. A new operation or status is tested as soon as it is generated, with no table to edit.
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from klarna_payments import APIStatusError, AuthenticatedClient, OutcomeUnknownError, models
from klarna_payments._spec import OPERATIONS
from klarna_payments.types import Response
from openapi_python_client.strings import snake_case

from tests.support.calls import call_arguments, wire_request
from tests.support.document import (
    DocumentedResponse,
    declared_headers,
    declared_statuses,
    decoded,
    documented_example,
    documented_responses,
    model_class_name,
    operations,
)
from tests.support.prism import BASIC_TOKEN, ClientFactory

SyncCall = Callable[[AuthenticatedClient], Response[Any]]
AsyncCall = Callable[[AuthenticatedClient], Awaitable[Response[Any]]]


def calls_for(operation_id: str) -> tuple[SyncCall, AsyncCall]:
    module_path, path_values, keywords = call_arguments(operation_id)
    module = importlib.import_module(module_path)

    def sync_call(client: AuthenticatedClient) -> Response[Any]:
        return module.sync_detailed(*path_values, client=client, **keywords)  # type: ignore[no-any-return]

    async def async_call(client: AuthenticatedClient) -> Response[Any]:
        return await module.asyncio_detailed(*path_values, client=client, **keywords)  # type: ignore[no-any-return]

    return sync_call, async_call


def leaves_outcome_unknown(documented: DocumentedResponse) -> bool:
    """A 5xx to a call with an effect: Klarna may have executed it, so the SDK raises OutcomeUnknownError."""
    return documented.method not in ("get", "head", "options") and documented.status >= 500


def assert_outcome_unknown_keeps_the_documented_answer(
    error: OutcomeUnknownError, documented: DocumentedResponse
) -> None:
    last = error.last_error
    assert isinstance(last, APIStatusError) and last.status_code == documented.status
    if documented.schema_name is None:
        assert last.content == b""
        return
    model = model_class_name(documented.schema_name)
    served = httpx.Response(200, content=last.content).json()
    assert decoded(model, getattr(models, model).from_dict(served).to_dict()) == decoded(model, served)


def assert_headers_only_success(response: Response[Any], documented: DocumentedResponse) -> None:
    """A success without a body: nothing in the content; a result, if the SDK makes one, holds the
    declared headers Prism sent (by snake_case name; the SDK's own, such as the correlation id, aside)."""
    assert response.content == b""
    if response.parsed is None:
        return
    declared = declared_headers(documented.operation_id, documented.status)
    sent = {name: response.headers[name] for name, header in declared.items() if name in response.headers}
    expected = {snake_case(name): value for name, value in sent.items() if not declared[name].get("x-klarna-sdk")}
    assert {name: getattr(response.parsed, name) for name in expected} == expected


def assert_bytes_success(response: Response[Any], media_type: str) -> None:
    """A report: the bytes Prism served, as they came, of the declared media type."""
    assert response.headers["content-type"].split(";")[0] == media_type
    assert isinstance(response.parsed, bytes) and response.parsed == response.content != b""


def assert_matches_documented(response: Response[Any], documented: DocumentedResponse) -> None:
    assert response.status_code == documented.status
    operation = next(op for op in OPERATIONS.values() if op.operation_id == documented.operation_id)
    if documented.status in operation.byte_responses:
        assert_bytes_success(response, operation.byte_responses[documented.status])
        return
    if documented.schema_name is None:
        assert_headers_only_success(response, documented)
        return
    name = next(op.name for op in OPERATIONS.values() if op.operation_id == documented.operation_id)
    model_class = OPERATIONS[name].responses[documented.status]
    # The model kept every field Prism served (the document's example), nothing lost or renamed;
    # a date-time is the same instant however it is written.
    model = model_class_name(documented.schema_name)
    served = httpx.Response(200, content=response.content).json()
    if documented.array:  # a JSON array of models: a list, each item a model holding its served item
        assert isinstance(response.parsed, list) and isinstance(served, list)
        assert [type(item).__name__ for item in response.parsed] == [model_class] * len(served)
        assert [decoded(model, item.to_dict()) for item in response.parsed] == [decoded(model, i) for i in served]
        return
    assert type(response.parsed).__name__ == model_class
    assert decoded(model, response.parsed.to_dict()) == decoded(model, served)


@pytest.mark.parametrize("documented", documented_responses(), ids=str)
def test_documented_status_parses_to_its_model(documented: DocumentedResponse, make_client: ClientFactory) -> None:
    call, _ = calls_for(documented.operation_id)
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
    _, call = calls_for(documented.operation_id)
    client = make_async_client(prefer=f"code={documented.status}")
    if leaves_outcome_unknown(documented):
        with pytest.raises(OutcomeUnknownError) as caught:
            await call(client)
        assert_outcome_unknown_keeps_the_documented_answer(caught.value, documented)
        return
    assert_matches_documented(await call(client), documented)


DECLARING_401 = [operation_id for operation_id in operations() if 401 in declared_statuses(operation_id)]
UNAUTHORIZED = {pair.operation_id: pair for pair in documented_responses() if pair.status == 401}


@pytest.mark.parametrize("operation_id", DECLARING_401)
def test_a_request_without_credentials_gets_the_documented_401(prism_url: str, operation_id: str) -> None:
    request = wire_request(operation_id)
    response = httpx.request(
        request.method, prism_url + request.path, params=request.params, headers=request.headers, json=request.body
    )
    assert response.status_code == 401
    documented = UNAUTHORIZED[operation_id]
    if documented.schema_name is None:
        assert response.content == b""
        return
    model = model_class_name(documented.schema_name)
    served = response.json()
    assert decoded(model, getattr(models, model).from_dict(served).to_dict()) == decoded(model, served)
    example = documented_example(operation_id, 401)
    if example is not None:
        assert decoded(model, served) == decoded(model, example)


def an_undocumented_status(operation_id: str) -> int:
    return next(status for status in range(418, 600) if status not in declared_statuses(operation_id))


@pytest.mark.parametrize("operation_id", list(operations())[:1])
def test_prism_refuses_an_undocumented_status(prism_url: str, operation_id: str) -> None:
    """Guard: `Prefer: code=N` for an undocumented N must not quietly return another status."""
    request = wire_request(operation_id)
    headers = {**request.headers, "Prefer": f"code={an_undocumented_status(operation_id)}"}
    response = httpx.request(
        request.method,
        prism_url + request.path,
        params=request.params,
        headers={**headers, "Authorization": f"Basic {BASIC_TOKEN}"},
        json=request.body,
    )
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
