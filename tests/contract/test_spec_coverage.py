"""The contract tests cover the whole document: nothing in openapi.yaml goes untested, and no
table of operations needs editing for a new one."""

from __future__ import annotations

from tests.contract.test_orders import calls_for
from tests.support.calls import call_arguments
from tests.support.document import documented_responses, operations

# Statuses any call can meet: bad credentials, a consumed or unknown token, the rate limit, a failure.
STATUSES_EVERY_OPERATION_DECLARES = {401, 403, 404, 429, 500}


def test_every_operation_in_the_document_has_a_contract_call() -> None:
    for operation_id in operations():
        sync_call, async_call = calls_for(operation_id)  # the functional module exists and is found
        assert callable(sync_call) and callable(async_call)


def test_every_operation_has_an_example_for_each_of_its_path_parameters() -> None:
    for operation_id, (_, path, _) in operations().items():
        _, path_values, _ = call_arguments(operation_id)
        assert len(path_values) == path.count("{") and all(isinstance(value, str) for value in path_values), path


def test_every_operation_declares_the_statuses_any_call_can_meet() -> None:
    declared: dict[str, set[int]] = {}
    for documented in documented_responses():
        declared.setdefault(documented.operation_id, set()).add(documented.status)
    missing = {op: sorted(STATUSES_EVERY_OPERATION_DECLARES - found) for op, found in declared.items()}
    assert all(not gaps for gaps in missing.values()), missing
