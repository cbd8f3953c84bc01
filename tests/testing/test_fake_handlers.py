"""The fake's handler table (`klarna_payments.testing._handlers`, written at `make generate`):
every operation of this project's document is answered by the fake's stateful behaviour, never
silently by the document's default answer.

An operation added to openapi.yaml without a `_operation_<name>` method in the fake's module for
its resource fails here; add the method (CONTRIBUTING.md, "Changing the API", step 4). A
foreign document's operations the fake does not know get the document's answer instead
(tests/generation/test_foreign_document.py).
"""

from __future__ import annotations

from klarna_payments.testing import FakeKlarna
from klarna_payments.testing._handlers import HANDLERS
from sdk_document import CONFIG, SPEC, Document


def test_the_table_has_exactly_the_documents_operations() -> None:
    operations = [operation.name for operation in Document.load(SPEC, CONFIG).operations()]
    assert sorted(HANDLERS) == sorted(operations)


def test_every_operation_of_the_document_has_a_stateful_handler() -> None:
    assert [name for name, handler in HANDLERS.items() if handler is None] == []


def test_each_handler_is_the_fakes_method_named_after_its_operation() -> None:
    wrong = [
        name
        for name, handler in HANDLERS.items()
        if handler is not None and getattr(FakeKlarna, f"_operation_{name}", None) is not handler
    ]
    assert wrong == []
