"""The generated functional layer against Prism: every documented (operation, status) pair.

Each test selects a status with `Prefer: code=N` and asserts the status, the parsed type and
that the parsed model holds everything Prism served. The pairs, and the calls that produce
them, come from openapi.yaml: an operation's functional module is found by its tag and name,
its path and required parameters take the document's examples, and its body is the document's
request example (or the smallest body its schema allows). A new operation or status is tested
as soon as it is generated, with no table to edit.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from klarna_payments import APIStatusError, AuthenticatedClient, OutcomeUnknownError, models
from klarna_payments._spec import OPERATIONS
from klarna_payments.types import Response

from tests.support.calls import call_arguments
from tests.support.document import DocumentedResponse, documented_responses, model_class_name, operations
from tests.support.payloads import TOKEN
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
    served = httpx.Response(200, content=last.content).json()
    assert getattr(models, model_class_name(str(documented.schema_name))).from_dict(served).to_dict() == served


def assert_matches_documented(response: Response[Any], documented: DocumentedResponse) -> None:
    assert response.status_code == documented.status
    if documented.schema_name is None:
        assert response.parsed is None
        assert response.content == b""
        return
    name = next(op.name for op in OPERATIONS.values() if op.operation_id == documented.operation_id)
    assert type(response.parsed).__name__ == OPERATIONS[name].responses[documented.status]
    # The model kept every field Prism served (the document's example), nothing lost or renamed.
    assert response.parsed.to_dict() == httpx.Response(200, content=response.content).json()


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


@pytest.mark.parametrize("operation_id", operations())
def test_a_request_without_credentials_gets_the_documented_401(prism_url: str, operation_id: str) -> None:
    method, path, _ = operations()[operation_id]
    _, path_values, keywords = call_arguments(operation_id)
    for value in path_values:
        path = re.sub(r"\{[^}]+\}", str(value), path, count=1)
    response = httpx.request(method.upper(), prism_url + path, json=keywords.get("body"))
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
