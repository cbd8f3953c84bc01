"""What the fake knows of every operation from the document alone (the `openapi.json` it ships).

Every operation of the document is routed, and gets a default behaviour from it: the request is
checked against the document (its required query and header parameters, and its body against
the schema: 400 `BAD_VALUE` naming the paths, as Klarna words it), and the answer is the
operation's success, built from the document's example for it (or, without one, the smallest
body its schema allows, from the schema's own examples, enums and formats). So an operation added
to openapi.yaml works in the fake, statelessly, the day it is generated; the stateful rules of
Klarna's known operations sit on top (`_orders.py`, ...).
"""

from __future__ import annotations

import copy
import functools
import json
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from .._spec import OPERATIONS
from ._state import Call, _document, _Problem, checked_body

# What a string of each format looks like, for a body built from a schema without examples.
_FORMAT_EXAMPLES: Final = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com/",
    "email": "customer@example.com",
}
_METHODS: Final = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Route:
    """One operation of the document: how to recognise its requests, and its node."""

    name: str  # the generator's name, as the SDK's OPERATIONS use
    method: str
    pattern: re.Pattern[str]
    path_parameters: tuple[str, ...]
    node: Mapping[str, Any]
    parameters: tuple[Mapping[str, Any], ...]  # the path item's and the operation's, resolved
    template: str  # the document's path, `{name}` for each path parameter


def resolve(node: Any) -> Any:
    """`node`, its `$ref`s followed into the document."""
    document = _document()
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@functools.cache
def routes() -> tuple[Route, ...]:
    names_by_id = {operation.operation_id: name for name, operation in OPERATIONS.items()}
    found = []
    for path, item in _document()["paths"].items():
        for method in _METHODS:
            node = item.get(method)
            if node is None:
                continue
            names = tuple(re.findall(r"\{([^}]+)\}", path))
            pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(path)) + "$")
            parameters = tuple(resolve(p) for p in [*item.get("parameters", []), *node.get("parameters", [])])
            name = names_by_id[node["operationId"]]  # the generator's snake_case, not a second guess of it
            found.append(Route(name, method.upper(), pattern, names, node, parameters, path))
    return tuple(found)


def route_named(name: str) -> Route:
    """The operation the SDK calls `name` (`capture_order`)."""
    return next(candidate for candidate in routes() if candidate.name == name)


def route(method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    """The operation a request addresses, with its decoded path parameters; None for no operation."""
    for candidate in routes():
        match = candidate.pattern.match(path)
        if match and candidate.method == method:
            values = (urllib.parse.unquote(value) for value in match.groups())
            return candidate, dict(zip(candidate.path_parameters, values, strict=True))
    return None


def check_request(operation: Route, call: Call) -> None:
    """Klarna's 400 for a request the document does not allow: a missing required parameter, or
    a body its schema or its rule set refuses."""
    missing = [
        parameter["name"]
        for parameter in operation.parameters
        if parameter.get("required") and parameter["in"] in ("query", "header") and not _given(parameter, call)
    ]
    if missing:
        raise _Problem(400, "BAD_VALUE", *(f"Bad value: {name}" for name in missing))
    schema = _body_schema(operation)
    if schema is not None:
        checked_body(schema, call.body)


def _given(parameter: Mapping[str, Any], call: Call) -> bool:
    if parameter["in"] == "query":
        return bool(call.query.get(parameter["name"]))
    return parameter["name"] in call.headers


def _body_schema(operation: Route) -> str | None:
    body = resolve(operation.node.get("requestBody", {}))
    reference = body.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")
    return reference.rsplit("/", 1)[-1] if isinstance(reference, str) else None


def default_answer(operation: Route, call: Call) -> tuple[int, Any, dict[str, str]]:
    """The document's answer to a request it allows: the first success, with its example body
    (or, for a success answered in headers alone, its declared headers)."""
    check_request(operation, call)
    status, response = min(
        ((int(code), resolve(answer)) for code, answer in operation.node["responses"].items() if code.startswith("2")),
        key=lambda pair: pair[0],
    )
    content = response.get("content") or {}
    media = content.get("application/json")
    if media is None and content:  # a report (CSV, PDF): its example's bytes, under its media type
        media_type, other = next(iter(content.items()))
        example = other.get("example", "")
        body = example.encode() if isinstance(example, str) else b""
        return status, body, {**_example_headers(response), "Content-Type": media_type}
    if media is None:
        return status, None, _example_headers(response)
    if "example" in media:
        return status, copy.deepcopy(media["example"]), {}
    examples = media.get("examples") or {}
    if examples:
        return status, copy.deepcopy(resolve(next(iter(examples.values()))).get("value")), {}
    return status, instance_of(media.get("schema", {})), {}


def _example_headers(response: Mapping[str, Any]) -> dict[str, str]:
    """The headers a response declares, each with its example (or a value its schema allows)."""
    headers = {}
    for name, header in (response.get("headers") or {}).items():
        header = resolve(header)
        value = header["example"] if "example" in header else instance_of(header.get("schema", {}))
        headers[name] = value if isinstance(value, str) else json.dumps(value)
    return headers


def instance_of(schema: Any) -> Any:
    """The smallest value `schema` allows: its example, else its required fields built alike."""
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return None
    for key in ("example", "const", "default"):
        if key in schema:
            return copy.deepcopy(schema[key])
    if schema.get("examples"):
        return copy.deepcopy(schema["examples"][0])
    if schema.get("enum"):
        return next(value for value in schema["enum"] if value is not None)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in [*schema["allOf"], {key: value for key, value in schema.items() if key != "allOf"}]:
            value = instance_of(part)
            merged.update(value if isinstance(value, dict) else {})
        return merged
    kind = schema.get("type")
    kind = next((each for each in kind if each != "null"), None) if isinstance(kind, list) else kind
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        return {name: instance_of(properties[name]) for name in schema.get("required", []) if name in properties}
    if kind == "array":
        return [instance_of(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        text = _FORMAT_EXAMPLES.get(schema.get("format", ""), "string")
        return text.ljust(schema.get("minLength", 0), "x")
    if kind in ("integer", "number"):
        minimum = schema.get("minimum", schema.get("exclusiveMinimum", -1) + 1)
        return max(0, minimum) if "maximum" not in schema else min(max(0, minimum), schema["maximum"])
    if kind == "boolean":
        return True
    return None
