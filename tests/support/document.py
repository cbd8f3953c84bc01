"""Read openapi.yaml (and generator-config.yaml) so tests derive their tables from the document.

Nothing here knows the operations by name: a new operation or status in openapi.yaml shows up
in these tables without a change to this file.
"""

from __future__ import annotations

import datetime
import functools
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from klarna_payments._schema import Field
from klarna_payments._spec import MODELS

# sdk_document (and through it the generator) is imported where a function needs it: the
# runtime tests also run in venvs with only the SDK, its dependencies and pytest (tests/compat).
ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def load_document(path: Path = SPEC_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


def resolve(node: Any, document: dict[str, Any] | None = None) -> Any:
    """Follow local `$ref`s until a node that is not a reference (as `sdk_document.resolve`
    does, written here so that tests/runtime can derive calls in the venvs without the generator)."""
    document = document or load_document()
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class DocumentedResponse:
    """One (operation, status) pair the document promises."""

    operation_id: str
    method: str
    path: str
    status: int
    schema_name: str | None  # component name of the JSON body (of its items), None when there is no body
    array: bool = False  # the body is a JSON array of `schema_name`

    def __str__(self) -> str:
        return f"{self.operation_id}-{self.status}"


def operations(document: dict[str, Any] | None = None) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation object)."""
    document = document or load_document()
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                found[item[method]["operationId"]] = (method, path, item[method])
    return found


def response_object(operation_id: str, status: int, document: dict[str, Any] | None = None) -> dict[str, Any]:
    """The resolved response object an operation declares for a status."""
    document = document or load_document()
    _, _, operation = operations(document)[operation_id]
    found: dict[str, Any] = next(
        resolve(response, document) for declared, response in operation["responses"].items() if int(declared) == status
    )
    return found


def declared_statuses(operation_id: str, document: dict[str, Any] | None = None) -> set[int]:
    _, _, operation = operations(document)[operation_id]
    return {int(status) for status in operation["responses"]}


def declared_headers(operation_id: str, status: int) -> dict[str, dict[str, Any]]:
    """Response header name -> its resolved header object, as the document declares them."""
    headers = response_object(operation_id, status).get("headers", {})
    return {name: resolve(header) for name, header in headers.items()}


def documented_example(operation_id: str, status: int) -> Any:
    """The example JSON body of a response (None when it declares no body or no example)."""
    media = response_object(operation_id, status).get("content", {}).get("application/json", {})
    if "example" in media:
        return media["example"]
    examples = media.get("examples") or {}
    return resolve(next(iter(examples.values()))).get("value") if examples else None


def documented_responses(document: dict[str, Any] | None = None) -> list[DocumentedResponse]:
    document = document or load_document()
    pairs = []
    for operation_id, (method, path, operation) in operations(document).items():
        for status, response in operation["responses"].items():
            content = resolve(response, document).get("content", {})
            schema = content.get("application/json", {}).get("schema", {})
            array = schema.get("type") == "array"
            schema_ref = (schema.get("items", {}) if array else schema).get("$ref")
            schema_name = schema_ref.rsplit("/", 1)[-1] if schema_ref else None
            pairs.append(DocumentedResponse(operation_id, method, path, int(status), schema_name, array))
    return pairs


@functools.cache
def model_class_name(schema_name: str) -> str:
    """The generated class name of a component schema, as generator-config.yaml renames it."""
    from sdk_document import Document

    return Document.load().class_name(schema_name)


def unset_writable_properties(schema: Any, value: Any, where: str = "body") -> list[str]:
    """Paths of properties a client may send (not readOnly) that `value` leaves out.

    Walks nested objects and the items of arrays: a body built to set every field (see
    `calls.with_every_writable_property`) that lost one on its way through a model names it here.
    """
    schema = resolve(schema)
    if schema.get("type") == "array" and isinstance(value, list):
        return [
            path
            for i, item in enumerate(value)
            for path in unset_writable_properties(schema["items"], item, f"{where}[{i}]")
        ]
    if schema.get("type") != "object" or not isinstance(value, dict):
        return []
    missing = []
    for name, property_schema in schema.get("properties", {}).items():
        if resolve(property_schema).get("readOnly"):
            continue
        if name not in value:
            missing.append(f"{where}.{name}")
        else:
            missing.extend(unset_writable_properties(property_schema, value[name], f"{where}.{name}"))
    return missing


def unlisted(values: tuple[str, ...] | None) -> str:
    """A short value an enum does not list, whatever values the document adds to it."""
    listed = set(values or ())
    return next(value for value in (f"UNLISTED_{n}" for n in itertools.count()) if value not in listed)


# The formats a model parses into values whose spelling in JSON may vary.
PARSED_FORMATS: dict[str | None, Any] = {
    "date-time": datetime.datetime.fromisoformat,
    "date": datetime.date.fromisoformat,
}


def decoded(model: str, value: Any) -> Any:
    """`value` (a JSON body of `model`) with each date-time and date the model declares parsed.

    Two bodies are the same when their decoded values are equal: a model writes `Z` as `+00:00`,
    Prism and Klarna may write either. Everything else compares exactly, unknown fields included.
    """
    if not isinstance(value, dict):
        return value
    fields = MODELS[model].fields
    return {key: _decoded_field(fields[key], item) if key in fields else item for key, item in value.items()}


def _decoded_field(field: Field, value: Any) -> Any:
    if isinstance(value, list) and field.type == "array":
        return [_decoded_item(field, item) for item in value]
    return _decoded_item(field, value)


def _decoded_item(field: Field, value: Any) -> Any:
    if isinstance(value, dict) and field.model:
        return decoded(field.model, value)
    if isinstance(value, str) and field.format in PARSED_FORMATS:
        try:
            return PARSED_FORMATS[field.format](value)
        except ValueError:
            return value  # not a value of its format: compared as the text it is
    return value
