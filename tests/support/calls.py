"""How to call any operation of the document, derived from it: the functional module of an
operation, example values for its parameters and its body. Nothing here names an operation."""

from __future__ import annotations

from typing import Any

from klarna_payments.testing._document import instance_of
from openapi_python_client.strings import PythonIdentifier, snake_case

from tests.support.document import load_document, operations, resolve


def example_of(node: Any) -> Any:
    """A parameter's or media type's example, as the document gives it, else one its schema allows."""
    node = resolve(node)
    if "example" in node:
        return node["example"]
    if node.get("examples"):
        examples = node["examples"]
        first = next(iter(examples.values())) if isinstance(examples, dict) else examples[0]
        return resolve(first).get("value", first) if isinstance(first, dict) else first
    return instance_of(node.get("schema", {}))


def call_arguments(operation_id: str) -> tuple[str, list[Any], dict[str, Any]]:
    """(module path, path values, keyword arguments) of the functional layer's call for an operation."""
    _, path, operation = operations()[operation_id]
    module = f"klarna_payments.api.{snake_case(operation['tags'][0])}.{snake_case(operation_id)}"
    item = load_document()["paths"][path]
    parameters = [resolve(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
    path_values = [example_of(p) for p in parameters if p["in"] == "path"]
    keywords = {
        str(PythonIdentifier(p["name"], "field_")): example_of(p)
        for p in parameters
        if p["in"] in ("query", "header") and p.get("required") and not p.get("x-klarna-sdk")
    }
    body = resolve(operation.get("requestBody", {})).get("content", {}).get("application/json")
    if body is not None:
        keywords["body"] = example_of(body)
    return module, path_values, keywords
