"""What `deprecated: true` in openapi.yaml makes a call do: the rules of `_deprecation.py`.

openapi.yaml deprecates nothing today, so these tests mark the tables as `make generate` would
(`Operation.deprecation`, `Field.deprecated`) for one test each. The generated side (decorators,
docstrings, every layer, the breaking gate) is in tests/generation/test_drill.py.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from klarna_payments import _deprecation, _spec
from klarna_payments._schema import Deprecation
from klarna_payments.models import CreateOrderRequest

from tests.support.mock import Recorder, json_response, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN

ORDER = json_response(200, {"order_id": "o-1"})
SECRET = "s3cr3t-value"


class Marks:
    """The tables as a document deprecating an operation (or its parameters) or a field would
    have them, for one test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch

    def operation(self, name: str, **deprecation: Any) -> Deprecation:
        marked = Deprecation(f"orders.{name}", **deprecation)
        operation = _spec.OPERATIONS[name]._replace(deprecation=marked)
        self.monkeypatch.setattr(_spec, name.upper(), operation)  # the constant the generated methods pass
        self.monkeypatch.setitem(_spec.OPERATIONS, name, operation)
        return marked

    def field(self, model: str, key: str) -> None:
        spec = _spec.MODELS[model]
        fields = {**spec.fields, key: spec.fields[key]._replace(deprecated=True)}
        self.monkeypatch.setitem(_spec.MODELS, model, spec._replace(fields=fields))


@pytest.fixture
def mark(monkeypatch: pytest.MonkeyPatch) -> Iterator[Marks]:
    _deprecation._walk_plan.cache_clear()
    _deprecation._leads_to_deprecated.cache_clear()
    yield Marks(monkeypatch)
    _deprecation._walk_plan.cache_clear()
    _deprecation._leads_to_deprecated.cache_clear()


def messages(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(warning.message) for warning in caught if warning.category is DeprecationWarning]


def create_order(body: object) -> list[str]:
    with warnings.catch_warnings(record=True) as caught, sync_sdk(Recorder(ORDER)) as klarna:
        warnings.simplefilter("always")
        klarna.orders.create_order(TOKEN, body)
    return messages(caught)


def test_a_deprecated_operation_warns_with_its_method_path_and_note(mark: Marks) -> None:
    mark.operation("cancel_authorization", operation=True, note="Use release_authorization.")
    with sync_sdk(Recorder(json_response(204, {}))) as klarna, pytest.warns(DeprecationWarning) as caught:
        klarna.orders.cancel_authorization(TOKEN)
    assert messages(caught.list) == [
        "orders.cancel_authorization (DELETE /payments/v1/authorizations/{authorizationToken}) "
        "is deprecated by Klarna: Use release_authorization."
    ]


def test_the_warning_points_at_the_callers_line(mark: Marks) -> None:
    mark.operation("cancel_authorization", operation=True)
    with sync_sdk(Recorder(json_response(204, {}))) as klarna, pytest.warns(DeprecationWarning) as caught:
        line = sys._getframe().f_lineno + 1
        klarna.orders.with_raw_response.cancel_authorization(TOKEN)
    assert (caught.list[0].filename, caught.list[0].lineno) == (__file__, line)


def test_a_deprecated_field_in_a_dict_body_warns_by_its_path(mark: Marks) -> None:
    mark.operation("create_order", body=True)
    mark.field("CreateOrderRequest", "merchant_reference2")
    assert create_order({**ORDER_BODY, "merchant_reference2": SECRET}) == [
        "orders.create_order: body.merchant_reference2 is deprecated by Klarna"
    ]


def test_a_deprecated_field_of_a_model_body_warns(mark: Marks) -> None:
    mark.operation("create_order", body=True)
    mark.field("CreateOrderRequest", "merchant_reference2")
    body = CreateOrderRequest.from_dict({**ORDER_BODY, "merchant_reference2": SECRET})
    assert create_order(body) == ["orders.create_order: body.merchant_reference2 is deprecated by Klarna"]


def test_a_deprecated_field_of_the_lines_warns_once_for_all_of_them(mark: Marks) -> None:
    mark.operation("create_order", body=True)
    mark.field("OrderLine", "reference")
    line = {**ORDER_BODY["order_lines"][0], "reference": SECRET}
    body = {**ORDER_BODY, "order_lines": [line, line], "order_amount": 2 * line["total_amount"]}
    assert create_order(body) == ["orders.create_order: body.order_lines[].reference is deprecated by Klarna"]


def test_a_body_without_the_deprecated_field_does_not_warn(mark: Marks) -> None:
    mark.operation("create_order", body=True)
    mark.field("CreateOrderRequest", "merchant_reference2")
    assert create_order(ORDER_BODY) == []


def test_a_deprecated_parameter_warns_only_when_given(mark: Marks) -> None:
    marked = mark.operation("cancel_authorization", parameters=("note",))
    operation = _spec.OPERATIONS["cancel_authorization"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _deprecation.call_warnings(operation, marked, {"note": None}, None)
        _deprecation.call_warnings(operation, marked, {"note": SECRET}, None)
    assert messages(caught) == ["orders.cancel_authorization: the query parameter note is deprecated by Klarna"]


def test_no_warning_says_a_value(mark: Marks) -> None:
    marked = mark.operation("create_order", operation=True, parameters=("Note",), body=True)
    mark.field("CreateOrderRequest", "merchant_reference2")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _deprecation.call_warnings(_spec.OPERATIONS["create_order"], marked, None, {"Note": SECRET})
    said = messages(caught) + create_order({**ORDER_BODY, "merchant_reference2": SECRET})
    assert len(said) == 4 and not any(SECRET in message for message in said)


def test_a_call_with_nothing_deprecated_never_loads_the_deprecation_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "klarna_payments._deprecation")
    assert create_order({**ORDER_BODY, "merchant_reference2": "r2"}) == []
    assert "klarna_payments._deprecation" not in sys.modules
