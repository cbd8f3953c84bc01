"""The contract tests cover the whole document: nothing in openapi.yaml goes untested."""

from __future__ import annotations

from tests.contract.test_orders import CALLS
from tests.support.document import documented_responses, operations

# Statuses any call can meet: bad credentials, a consumed or unknown token, the rate limit, a failure.
STATUSES_EVERY_OPERATION_DECLARES = {401, 403, 404, 429, 500}


def test_every_operation_in_the_document_has_a_contract_call() -> None:
    untested = sorted(set(operations()) - set(CALLS))
    assert untested == [], f"add these operationIds to CALLS in tests/contract/test_orders.py: {untested}"


def test_no_contract_call_for_an_operation_the_document_dropped() -> None:
    assert sorted(set(CALLS) - set(operations())) == []


def test_every_operation_declares_the_statuses_any_call_can_meet() -> None:
    declared: dict[str, set[int]] = {}
    for documented in documented_responses():
        declared.setdefault(documented.operation_id, set()).add(documented.status)
    missing = {op: sorted(STATUSES_EVERY_OPERATION_DECLARES - found) for op, found in declared.items()}
    assert all(not gaps for gaps in missing.values()), missing
