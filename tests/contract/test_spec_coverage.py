"""The contract tests cover the whole document: nothing in openapi.yaml goes untested."""

from __future__ import annotations

from openapi_document import documented_responses, operations
from test_orders import CALLS


def test_every_operation_in_the_document_has_a_contract_call() -> None:
    untested = sorted(set(operations()) - set(CALLS))
    assert untested == [], f"add these operationIds to CALLS in tests/contract/test_orders.py: {untested}"


def test_no_contract_call_for_an_operation_the_document_dropped() -> None:
    assert sorted(set(CALLS) - set(operations())) == []


def test_every_operation_documents_its_error_statuses() -> None:
    """401, 429 and 500 can happen on any call; each operation must declare them."""
    statuses: dict[str, set[int]] = {}
    for documented in documented_responses():
        statuses.setdefault(documented.operation_id, set()).add(documented.status)
    missing = {op: sorted({401, 403, 404, 429, 500} - found) for op, found in statuses.items()}
    assert all(not gaps for gaps in missing.values()), missing
