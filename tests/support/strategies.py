"""Hypothesis strategies for openapi.yaml's schemas, derived from the document, not per field.

An OpenAPI 3.1 schema is almost a JSON Schema; `json_schema` closes the gap so that
hypothesis-jsonschema generates exactly the values the document allows:

- local `$ref`s are inlined (the result stands alone), and `allOf` parts merged into one object;
- a request never carries `readOnly` properties, a response never `writeOnly` ones;
- `format: date-time`, `date` and `uuid` stay (the models parse them); `format: int32`
  becomes its bounds; `int64` the integers JSON carries exactly between
  implementations, ±(2**53 - 1) (RFC 8259 §6), which is also what Prism accepts for int64;
- a request's objects carry only documented properties (the SDK refuses others before sending;
  `extra_body` is how a caller sends them on purpose);
- a pattern's `$` becomes `\\Z`: in ECMA-262 (Prism, Klarna) `$` matches only at the very end,
  in Python's `re` also before a trailing newline, which Prism would reject.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Literal

from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tests.support.document import load_document, resolve

Direction = Literal["request", "response"]
INTEGER_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**53 - 1), 2**53 - 1)}
HIDDEN_IN = {"request": "readOnly", "response": "writeOnly"}
CHECKED_FORMATS = ("date-time", "date", "uuid")
ANNOTATIONS = ("description", "examples", "example", "readOnly", "writeOnly", "format", "deprecated")


def json_schema(node: Any, direction: Direction) -> Any:
    """A self-contained JSON Schema for an OpenAPI schema node, as seen in `direction`."""
    node = resolve(node)
    if not isinstance(node, dict):
        return node
    if "allOf" in node:  # objects merged into one (a closed request object must see every part's properties)
        merged: dict[str, Any] = {key: value for key, value in node.items() if key != "allOf"}
        for part in node["allOf"]:
            part = resolve(part)
            merged["properties"] = {**merged.get("properties", {}), **part.get("properties", {})}
            merged["required"] = [*merged.get("required", []), *part.get("required", [])]
            merged.setdefault("type", part.get("type", "object"))
        node = merged
    converted = {key: value for key, value in node.items() if key not in ANNOTATIONS}
    if node.get("format") in CHECKED_FORMATS:  # the models parse these: generate valid ones
        converted["format"] = node["format"]
    bounds = INTEGER_BOUNDS.get(node.get("format", ""))
    if node.get("type") == "integer" and bounds:
        converted.setdefault("minimum", bounds[0])
        converted.setdefault("maximum", bounds[1])
    if "pattern" in node:
        converted["pattern"] = re.sub(r"(?<!\\)\$$", r"\\Z", node["pattern"])
    if "items" in node:
        converted["items"] = json_schema(node["items"], direction)
    if "properties" in node:
        hidden = HIDDEN_IN[direction]
        properties = {
            name: json_schema(schema, direction)
            for name, schema in node["properties"].items()
            if not resolve(schema).get(hidden)
        }
        converted["properties"] = properties
        if direction == "request":
            converted["additionalProperties"] = False  # the SDK refuses unknown keys (extra_body sends them)
        if "required" in node:
            converted["required"] = [name for name in node["required"] if name in properties]
    return converted


@functools.cache
def component_strategy(name: str, direction: Direction) -> st.SearchStrategy[dict[str, Any]]:
    """Values of `components.schemas[name]` that the document allows in `direction`."""
    schema = load_document()["components"]["schemas"][name]
    return from_schema(json_schema(schema, direction))
