"""How to call any operation of the document, derived from it: the functional module of an
operation, example values for its parameters and its body. Nothing here names an operation, and
nothing needs the generator: tests/runtime runs it in the compat venvs too."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from klarna_payments._schema import Operation
from klarna_payments._spec import OPERATIONS
from klarna_payments.testing._document import instance_of

from tests.support.document import load_document, operations, resolve

PATH_PARAMETER = re.compile(r"\{([^}]+)\}")


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


def parameters_of(operation_id: str) -> list[dict[str, Any]]:
    """The resolved parameters of an operation: its path item's, then its own."""
    _, path, operation = operations()[operation_id]
    item = load_document()["paths"][path]
    return [resolve(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]


def path_values(operation_id: str) -> dict[str, Any]:
    """Path parameter name -> its example, in the order the path names them (the generated
    functions take them positionally in that order, whatever order the document declares them in)."""
    _, path, _ = operations()[operation_id]
    examples = {p["name"]: example_of(p) for p in parameters_of(operation_id) if p["in"] == "path"}
    return {name: examples[name] for name in PATH_PARAMETER.findall(path)}


def body_of(operation_id: str) -> Any | None:
    """The document's example request body, else one its schema allows; None when it takes none."""
    _, _, operation = operations()[operation_id]
    media = resolve(operation.get("requestBody", {})).get("content", {}).get("application/json")
    return None if media is None else example_of(media)


def operation_named(operation_id: str) -> Operation:
    """The runtime's table entry of the operation the document calls `operation_id`."""
    return next(operation for operation in OPERATIONS.values() if operation.operation_id == operation_id)


def call_arguments(operation_id: str) -> tuple[str, list[Any], dict[str, Any]]:
    """(module path, path values, keyword arguments) of the functional layer's call for an operation."""
    spec = operation_named(operation_id)
    module = f"klarna_payments.api.{spec.resource}.{spec.name}"
    keywords = {
        spec.parameter_python_names.get(p["name"], p["name"]): example_of(p)
        for p in parameters_of(operation_id)
        if p["in"] in ("query", "header") and p.get("required") and not p.get("x-klarna-sdk")
    }
    body = body_of(operation_id)
    if body is not None:
        keywords["body"] = body
    return module, list(path_values(operation_id).values()), keywords


@dataclass(frozen=True)
class WireRequest:
    """An operation's request as it travels, without the SDK: for what Prism answers on its own."""

    method: str
    path: str  # the path with each parameter's example in its place
    params: dict[str, str]
    headers: dict[str, str]
    body: Any | None


def wire_request(operation_id: str) -> WireRequest:
    """The request of an operation with the document's examples: its required query and header
    parameters, its body where it declares one."""
    method, path, _ = operations()[operation_id]
    values = path_values(operation_id)
    required = [p for p in parameters_of(operation_id) if p.get("required")]
    return WireRequest(
        method=method.upper(),
        path=PATH_PARAMETER.sub(lambda match: str(values[match.group(1)]), path),
        params={p["name"]: str(example_of(p)) for p in required if p["in"] == "query"},
        headers={p["name"]: str(example_of(p)) for p in required if p["in"] == "header"},
        body=body_of(operation_id),
    )


def value_of(schema: Any) -> Any:
    """A schema's own example, else a value it allows."""
    schema = resolve(schema)
    if "example" in schema:
        return schema["example"]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    return instance_of(schema)


def with_every_writable_property(schema: Any, value: Any) -> Any:
    """`value` with each property a client may send (not readOnly) that it leaves out added, from
    the document's examples, in nested objects and array items too: a body that sets every field
    the document knows, today's and any it gains."""
    schema = resolve(schema)
    if schema.get("type") == "array" and isinstance(value, list):
        return [with_every_writable_property(schema["items"], item) for item in value]
    if schema.get("type") != "object" or not isinstance(value, dict):
        return value
    filled = dict(value)
    for name, property_schema in schema.get("properties", {}).items():
        if resolve(property_schema).get("readOnly"):
            continue
        given = filled[name] if name in filled else value_of(property_schema)
        filled[name] = with_every_writable_property(property_schema, given)
    return filled
