"""A new operation in openapi.yaml becomes a resource method after generation, with no hand edit."""

from __future__ import annotations

import copy
import importlib
from pathlib import Path

import pytest
import yaml
from generate import SPEC, generate

from tests.support.copies import imported_copy

pytestmark = pytest.mark.slow  # runs the generator


def test_added_operation_becomes_a_method_on_the_resource(tmp_path: Path) -> None:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    path = "/payments/v1/authorizations/{authorizationToken}/order"
    read = copy.deepcopy(document["paths"][path]["post"])
    read.pop("requestBody")
    read["parameters"] = []
    read.update(operationId="readOrderPreview", summary="Preview the order an authorization would create")
    document["paths"][path]["get"] = read
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")

    generate(tmp_path / "out", spec=spec)

    with imported_copy(tmp_path / "out"):
        resource = importlib.import_module("klarna_payments.api.orders")
        assert callable(resource.Orders.read_order_preview)
        assert callable(resource.AsyncOrders.read_order_preview)
        assert "Preview the order" in resource.Orders.read_order_preview.__doc__
