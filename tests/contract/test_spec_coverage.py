"""The contract tests cover the whole document: nothing in openapi.yaml goes untested, and no
table of operations needs editing for a new one."""

from __future__ import annotations

from tests.support.document import documented_responses, operations

# Statuses any call can meet: bad credentials, a refusal, the rate limit, a failure; and for a call
# that addresses a resource by a path parameter (a token, a session id), that it is gone.
STATUSES_EVERY_OPERATION_DECLARES = {401, 403, 429, 500}
STATUSES_OF_AN_ADDRESSED_RESOURCE = {404}


def test_every_operation_declares_the_statuses_any_call_can_meet() -> None:
    declared: dict[str, set[int]] = {}
    for documented in documented_responses():
        declared.setdefault(documented.operation_id, set()).add(documented.status)
    missing = {}
    for operation_id, found in declared.items():
        expected = set(STATUSES_EVERY_OPERATION_DECLARES)
        if "{" in operations()[operation_id][1]:
            expected |= STATUSES_OF_AN_ADDRESSED_RESOURCE
        missing[operation_id] = sorted(expected - found)
    assert all(not gaps for gaps in missing.values()), missing
