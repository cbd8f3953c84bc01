"""The document as openapi-python-client is given it (`generator_view`): what the generator
cannot express is settled here, from the document model (`sdk_document.Document`), instead of
in templates.

- A request-only schema loses its `readOnly` properties (so `CreateOrderRequest` has no
  `status` to send) and its `default`s (so a model sends nothing the equivalent dict does not).
- A string enum a response can carry becomes `anyOf: [enum, string]` (so the model types it
  `OrderFraudStatus | str`: a new Klarna value decodes, and mypy knows it may), *per use*: a
  schema that requests and responses share, and that holds such an enum, gets a response copy
  (`<name>_response`), so the request type stays strict and reusing a schema in a response
  never changes an existing public type.
- A parameter's `default` leaves its schema and is said in its description (Klarna applies it;
  the SDK sends only what the caller gives); the idempotency header parameter leaves the
  operations (the runtime sends it, and the functional layer names its argument
  `idempotency_key` like the resource methods).
- What the document marks `deprecated: true` (an operation, a parameter, a property) has its
  description opened with `DEPRECATED`, so the docstrings say it and the endpoint templates
  decorate the operation's functions.
- A report (CSV, PDF) is typed as bytes, a header-only success as a model of its headers.
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

from sdk_document import DEPRECATED, HTTP_METHODS, Document, ref_name, resolve, unwrap

__all__ = ["deprecated_text", "generator_view"]


def _open_enum(prop: dict[str, Any], key: str, view: dict[str, Any]) -> None:
    """Type a response property's enum as `anyOf: [enum, string]` (inline or by `$ref`)."""
    node = resolve(view, unwrap(prop))
    if not isinstance(node, dict) or not node.get("enum") or node.get("type") not in ("string", ["string", "null"]):
        return
    if "$ref" in prop or "allOf" in prop:
        closed = {key_: prop.pop(key_) for key_ in ("$ref", "allOf") if key_ in prop}
        prop["anyOf"] = [closed, {"type": "string"}]
        return
    closed = {"type": "string", "enum": prop.pop("enum"), "title": key}
    prop.pop("type")
    prop["anyOf"] = [closed, {"type": "string"}]


def _retarget(node: Any, copies: dict[str, str]) -> None:
    """Point every `$ref` to a copied schema in `node` (a response-side schema) at its copy."""
    if isinstance(node, dict):
        target = ref_name(node)
        if target in copies and node["$ref"].startswith("#/components/schemas/"):
            node["$ref"] = f"#/components/schemas/{copies[target]}"
        for value in node.values():
            _retarget(value, copies)
    elif isinstance(node, list):
        for value in node:
            _retarget(value, copies)


def deprecated_text(description: object, consequence: str, separator: str = " ") -> str:
    """`description` opened with `DEPRECATED` and what using the thing does (a paragraph of its own
    for an operation; for an argument or attribute one line of the Args entry)."""
    return f"{DEPRECATED} {consequence}.{separator}{description or ''}".strip()


def _say_deprecated(document: Document, view: dict[str, Any]) -> None:
    """Open the description of each deprecated operation, parameter and property with
    `DEPRECATED`: the docstrings of the methods, their arguments, the model attributes say it."""
    said: set[int] = set()  # a parameter component several operations share is said once
    for op in document.operations():
        node = view["paths"][op.path][op.method.lower()]
        if node.get("deprecated") is True:
            warns = "every call warns (DeprecationWarning)"
            node["description"] = deprecated_text(node.get("description"), warns, "\n\n")
        for container in (view["paths"][op.path], node):
            for parameter in map(functools.partial(resolve, view), container.get("parameters", [])):
                if parameter.get("deprecated") is not True or id(parameter) in said:
                    continue
                said.add(id(parameter))
                parameter["description"] = deprecated_text(parameter.get("description"), "passing it warns")
                if isinstance(parameter.get("schema"), dict) and "$ref" not in parameter["schema"]:
                    parameter["schema"]["description"] = parameter["description"]
    for name, schema in view["components"]["schemas"].items():
        sent = name in document.request_side
        for prop in (schema.get("properties") or {}).values() if isinstance(schema, dict) else ():
            target = resolve(view, unwrap(prop))
            if isinstance(prop, dict) and any(node.get("deprecated") is True for node in (prop, unwrap(prop), target)):
                described = prop.get("description") or target.get("description")
                consequence = "a body that sends it warns" if sent else "Klarna may stop sending it"
                prop["description"] = deprecated_text(described, consequence)


def _parameters_of(container: Any) -> list[Any]:
    """The parameters written in a path item or an operation (a `$ref` stays one)."""
    found = container.get("parameters") if isinstance(container, dict) else None
    return [p for p in found if "$ref" not in p] if isinstance(found, list) else []


def _document_parameter(parameter: dict[str, Any], view: dict[str, Any]) -> None:
    """The generator documents a parameter with its schema's description, not the parameter's;
    a `default` is what Klarna uses when the parameter is not sent, so it leaves the schema (the
    SDK sends nothing the caller did not give) and is said in the description instead."""
    schema = parameter["schema"]
    if "description" in parameter:
        schema.setdefault("description", parameter["description"])
    default = schema.pop("default", None)
    if default is None:
        default = resolve(view, schema).get("default")
    if default is not None:
        said = f"When it is not sent, Klarna uses `{json.dumps(default)}`."
        schema["description"] = f"{schema.get('description', '').rstrip()} {said}".lstrip()


def generator_view(document: Document) -> dict[str, Any]:
    """A copy of the document for openapi-python-client (see the module docstring)."""
    view = copy.deepcopy(document.raw)
    schemas = view["components"]["schemas"]
    copies = document.response_copies
    for name, copy_name in copies.items():
        schemas[copy_name] = copy.deepcopy(document.raw["components"]["schemas"][name])
    for name in (document.response_side - document.request_side) | set(copies.values()):
        _retarget(schemas[name], copies)
    for op in document.operations():
        for response in view["paths"][op.path][op.method.lower()]["responses"].values():
            _retarget(response, copies)
    for name in document.request_side - document.response_side:
        schema = schemas[name]
        properties = schema.get("properties", {})
        read_only = [key for key, prop in properties.items() if document.resolve(prop).get("readOnly")]
        for key in read_only:
            del properties[key]
        if "required" in schema:
            schema["required"] = [key for key in schema["required"] if key not in read_only]
        for prop in properties.values():
            prop.pop("default", None)
    response_only = (document.response_side - document.request_side) | set(copies.values())
    for name in response_only:
        for key, prop in schemas[name].get("properties", {}).items():
            _open_enum(prop, key, view)
            if isinstance(prop.get("items"), dict):
                _open_enum(prop["items"], key, view)
    for op in document.operations():
        responses = view["paths"][op.path][op.method.lower()]["responses"]
        for status in document.byte_responses(op):
            # The generator types a binary body `File`; the templates make it `bytes`, as the runtime returns.
            key = next(key for key in responses if str(key) == str(status))
            answer = copy.deepcopy(document.resolve(responses[key]))
            answer["content"] = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
            responses[key] = answer
        for status in document.header_results(op):
            # A header-only success becomes a model of its headers, decoded from them at run time.
            name = document.header_result_name(op, status)
            schemas[name] = document.header_result_schema(op, status)
            key = next(key for key in responses if str(key) == str(status))
            answer = copy.deepcopy(document.resolve(responses[key]))
            answer["content"] = {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}
            responses[key] = answer
    _say_deprecated(document, view)
    inline = [p for item in view["paths"].values() for c in (item, *item.values()) for p in _parameters_of(c)]
    for parameter in [*view["components"].get("parameters", {}).values(), *inline]:
        if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
            _document_parameter(parameter, view)
    for item in view["paths"].values():
        for container in [item, *(item.get(method, {}) for method in HTTP_METHODS)]:
            if "parameters" in container:
                container["parameters"] = [
                    p for p in container["parameters"] if not document.is_idempotency_parameter(resolve(view, p))
                ]
    return view
