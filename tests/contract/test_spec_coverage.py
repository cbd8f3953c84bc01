"""A rule of our document, as it stands today: every operation declares the statuses any call
to Klarna can meet, so that each has its typed error and its contract test.

This is a check of openapi.yaml, like a lint rule, not something other tests rely on: the
contract tests read the statuses each operation declares and test those alone (an operation
without a 401 has no credentials test, one whose success has no body is tested for that). An
operation of another API that cannot declare these statuses changes this rule, not the tests.
"""

from __future__ import annotations

from tests.support.document import declared_statuses, operations

# Statuses any call can meet: bad credentials, a refusal, the rate limit, a failure; and for a call
# that addresses a resource by a path parameter (a token, a session id), that it is gone.
STATUSES_EVERY_OPERATION_DECLARES = {401, 403, 429, 500}
STATUSES_OF_AN_ADDRESSED_RESOURCE = {404}


def test_every_operation_declares_the_statuses_any_call_can_meet() -> None:
    missing = {}
    for operation_id, (_, path, _) in operations().items():
        expected = set(STATUSES_EVERY_OPERATION_DECLARES)
        if "{" in path:
            expected |= STATUSES_OF_AN_ADDRESSED_RESOURCE
        missing[operation_id] = sorted(expected - declared_statuses(operation_id))
    assert all(not gaps for gaps in missing.values()), missing
