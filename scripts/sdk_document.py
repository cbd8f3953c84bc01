"""What the SDK's generator reads from openapi.yaml, in one place.

- `Document`: the parsed document with its names resolved the way openapi-python-client
  resolves them (class names after `class_overrides`, snake_case operation names), which
  schemas a request can carry and which a response can, and the operations.
- `generator_view`: the document as the generator is given it. Three things the generator
  cannot express are settled here, from the document, instead of in templates:
  a request-only schema loses its `readOnly` properties (so `CreateOrderRequest` has no
  `status` to send) and its `default`s (so a model sends nothing the equivalent dict does not);
  a string enum a response can carry becomes `anyOf: [enum, string]` (so the model types it
  `OrderFraudStatus | str`: a new Klarna value decodes, and mypy knows it may); and the
  idempotency header parameter leaves the operations (the runtime sends it, and the
  functional layer names its argument `idempotency_key` like the resource methods).
- `spec_module` and `params_module`: the source of `klarna_payments/_spec.py` (tables the
  runtime reads) and `klarna_payments/params.py` (a TypedDict per request schema).
"""

from __future__ import annotations

import copy
import functools
import keyword
import pprint
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
FIELD_PREFIX = "field_"  # openapi-python-client's default `field_prefix`
IDEMPOTENCY_KEY_ROLE = "idempotency-key"
CREATING_METHODS = frozenset({"POST", "PATCH"})
CORRELATION_ID_ROLE = "correlation-id"
ADDED_ENUM = "x-klarna-added-enum"  # an enum Klarna's own document lacks: typed, but not refused at run time
JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


class DocumentError(ValueError):
    """The document lacks something the SDK's generator needs."""


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a node that is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    """The component name a `{"$ref": "#/components/schemas/x"}` points at, else None."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"].rsplit("/", 1)[-1])
    return None


@dataclass(frozen=True)
class Operation:
    name: str  # the generator's python name: snake_case(operationId)
    operation_id: str
    method: str
    path: str
    node: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]  # resolved, path item's and the operation's

    @property
    def path_parameters(self) -> tuple[str, ...]:
        return tuple(p["name"] for p in self.parameters if p["in"] == "path")


class Document:
    """openapi.yaml (or another copy of it) as the generator will name it."""

    def __init__(self, document: dict[str, Any], config: dict[str, Any]) -> None:
        self.raw = document
        self.overrides: dict[str, Any] = config.get("class_overrides") or {}
        self.schemas: dict[str, Any] = document["components"]["schemas"]

    @classmethod
    def load(cls, spec: Path = SPEC, config: Path = CONFIG) -> Document:
        return cls(yaml.safe_load(spec.read_text(encoding="utf-8")), yaml.safe_load(config.read_text(encoding="utf-8")))

    def resolve(self, node: Any) -> Any:
        return resolve(self.raw, node)

    def class_name(self, schema_name: str) -> str:
        """The model class of a component schema, as openapi-python-client 0.29.1 names it:
        `class_overrides` are looked up by the class name the schema would get without one."""
        default = ClassName(schema_name, FIELD_PREFIX)
        override = self.overrides.get(str(default)) or {}
        return str(ClassName(override["class_name"], FIELD_PREFIX)) if override.get("class_name") else str(default)

    # Operations and their bodies

    def operations(self) -> Iterator[Operation]:
        for path, item in self.raw["paths"].items():
            for method in HTTP_METHODS:
                node = item.get(method)
                if node is None:
                    continue
                parameters = tuple(self.resolve(p) for p in [*item.get("parameters", []), *node.get("parameters", [])])
                name = str(PythonIdentifier(snake_case(node["operationId"]), FIELD_PREFIX))
                yield Operation(name, node["operationId"], method.upper(), path, node, parameters)

    def request_schema(self, operation: Operation) -> str | None:
        body = self.resolve(operation.node.get("requestBody", {}))
        return ref_name(body.get("content", {}).get("application/json", {}).get("schema"))

    def response_schemas(self, operation: Operation) -> dict[int, str | None]:
        """status -> component schema of its JSON body (None: no JSON body)."""
        found: dict[int, str | None] = {}
        for status, response in operation.node["responses"].items():
            content = self.resolve(response).get("content", {})
            found[int(status)] = ref_name(content.get("application/json", {}).get("schema"))
        return found

    # Which schemas a request or a response can carry

    def reachable(self, roots: set[str], *, skip: str) -> set[str]:
        """Component schemas reachable from `roots`, not through properties marked `skip`."""
        seen: set[str] = set()
        pending = list(roots)
        while pending:
            name = pending.pop()
            if name in seen:
                continue
            seen.add(name)
            for prop in self.schemas[name].get("properties", {}).values():
                if self.resolve(prop).get(skip):
                    continue
                for node in (prop, prop.get("items")):
                    if (child := ref_name(node)) is not None:
                        pending.append(child)
        return seen

    @functools.cached_property
    def request_side(self) -> set[str]:
        roots = {name for op in self.operations() if (name := self.request_schema(op))}
        return self.reachable(roots, skip="readOnly")

    @functools.cached_property
    def response_side(self) -> set[str]:
        roots = {name for op in self.operations() for name in self.response_schemas(op).values() if name}
        return self.reachable(roots, skip="writeOnly")

    # Names written only in the document

    def sdk_role(self, section: str, role: str) -> tuple[str, dict[str, Any]]:
        """(key, node) of the one `components.<section>` entry marked `x-klarna-sdk: <role>`."""
        marked = [
            (key, node) for key, node in self.raw["components"][section].items() if node.get("x-klarna-sdk") == role
        ]
        if len(marked) != 1:
            raise DocumentError(f"components.{section} must have exactly one entry with x-klarna-sdk: {role}")
        return marked[0]

    @property
    def idempotency_header(self) -> str:
        return str(self.sdk_role("parameters", IDEMPOTENCY_KEY_ROLE)[1]["name"])

    @property
    def correlation_header(self) -> str:
        """The name under which responses carry the header component marked as the correlation id."""
        component = f"#/components/headers/{self.sdk_role('headers', CORRELATION_ID_ROLE)[0]}"
        responses = [*self.raw["components"].get("responses", {}).values()]
        responses += [response for op in self.operations() for response in op.node["responses"].values()]
        names = {
            name
            for response in responses
            for name, header in response.get("headers", {}).items()
            if header.get("$ref") == component
        }
        if len(names) != 1:
            raise DocumentError(f"responses must carry {component} under one header name, not {sorted(names)}")
        return names.pop()

    def sends_idempotency_key(self, operation: Operation) -> bool:
        """Whether `operation` declares the idempotency header, which must be exactly when it
        creates something (POST, PATCH): the templates give those methods `idempotency_key`."""
        declared = any(p.get("x-klarna-sdk") == IDEMPOTENCY_KEY_ROLE for p in operation.parameters)
        if declared != (operation.method in CREATING_METHODS):
            should = "must" if operation.method in CREATING_METHODS else "must not"
            raise DocumentError(
                f"{operation.operation_id} ({operation.method}) {should} declare {self.idempotency_header}"
            )
        return declared


# The generator's view


def generator_view(document: Document) -> dict[str, Any]:
    """A copy of the document for openapi-python-client (see the module docstring)."""
    view = copy.deepcopy(document.raw)
    schemas = view["components"]["schemas"]
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
    for name in document.response_side:
        for key, prop in schemas[name].get("properties", {}).items():
            if prop.get("type") == "string" and "enum" in prop:
                closed = {"type": "string", "enum": prop.pop("enum"), "title": key}
                prop.pop("type")
                prop["anyOf"] = [closed, {"type": "string"}]
    for parameter in view["components"].get("parameters", {}).values():
        # The generator documents a parameter with its schema's description, not the parameter's.
        if "description" in parameter and "schema" in parameter:
            parameter["schema"].setdefault("description", parameter["description"])
    for item in view["paths"].values():
        for container in [item, *(item.get(method, {}) for method in HTTP_METHODS)]:
            if "parameters" in container:
                container["parameters"] = [
                    p for p in container["parameters"] if resolve(view, p).get("x-klarna-sdk") != IDEMPOTENCY_KEY_ROLE
                ]
    return view


# klarna_payments/_spec.py


def _field(document: Document, prop: Any) -> str:
    """A `Field(...)` literal for one schema property."""
    node = document.resolve(prop)
    json_type = node.get("type")
    nullable = bool(node.get("nullable"))
    if isinstance(json_type, list):  # OpenAPI 3.1: `type: [string, "null"]`
        nullable = nullable or "null" in json_type
        others = [kind for kind in json_type if kind != "null"]
        json_type = others[0] if len(others) == 1 else None
    model = ref_name(prop)
    item_type = enum = None
    if json_type == "array":
        items = node.get("items", {})
        model = ref_name(items)
        resolved_items = document.resolve(items)
        item_type = "object" if model else resolved_items.get("type")
        enum = resolved_items.get("enum")
    elif model is not None:
        json_type = "object"
    else:
        enum = node.get("enum")
    options = {
        "model": document.class_name(model) if model else None,
        "enum": tuple(enum) if enum else None,
        "item_type": item_type,
        "read_only": bool(node.get("readOnly")) or None,
        "nullable": nullable or None,
        "open_enum": bool(node.get(ADDED_ENUM)) or None,
    }
    given = "".join(f", {name}={value!r}" for name, value in options.items() if value is not None)
    return f"Field({json_type!r}{given})"


def spec_module(document: Document) -> str:
    """Source of `klarna_payments/_spec.py`: the tables the runtime reads."""
    raw = document.raw
    servers = {(s["x-klarna-region"], s["x-klarna-environment"]): s["url"] for s in raw["servers"]}
    regions = sorted({region for region, _ in servers})
    environments = sorted({environment for _, environment in servers})
    operations = []
    for op in document.operations():
        body = document.request_schema(op)
        responses = {
            status: document.class_name(schema) if schema else None
            for status, schema in document.response_schemas(op).items()
        }
        operations.append(
            f"    {op.name!r}: Operation(\n"
            f"        name={op.name!r},\n"
            f"        operation_id={op.operation_id!r},\n"
            f"        method={op.method!r},\n"
            f"        path={op.path!r},\n"
            f"        path_parameters={op.path_parameters!r},\n"
            f"        body={document.class_name(body) if body else None!r},\n"
            f"        responses={pprint.pformat(responses, width=80)},\n"
            f"        sends_idempotency_key={document.sends_idempotency_key(op)!r},\n"
            f"        creates={op.node.get('x-klarna-creates')!r},\n"
            "    ),"
        )
    models = []
    for schema_name, schema in sorted(document.schemas.items(), key=lambda item: document.class_name(item[0])):
        if schema.get("type") != "object":
            continue
        fields = "".join(
            f"            {key!r}: {_field(document, prop)},\n" for key, prop in schema.get("properties", {}).items()
        )
        python_names = {
            key: str(PythonIdentifier(key, FIELD_PREFIX))
            for key in schema.get("properties", {})
            if str(PythonIdentifier(key, FIELD_PREFIX)) != key
        }
        models.append(
            f"    {document.class_name(schema_name)!r}: Model(\n"
            f"        schema={schema_name!r},\n"
            f"        required=frozenset({sorted(schema.get('required', []))!r}),\n"
            f"        fields={{\n{fields}        }},\n"
            f"        python_names={python_names!r},\n"
            "    ),"
        )
    return "\n".join(
        [
            '"""Tables read from openapi.yaml by `make generate` (scripts/generate.py); not edited by hand."""',
            "",
            "from typing import Final, Literal",
            "",
            "from ._schema import Field, Model, Operation",
            "",
            f"VERSION: Final = {str(raw['info']['version'])!r}",
            "",
            "# Header names, written in the document only (x-klarna-sdk).",
            f"IDEMPOTENCY_KEY_HEADER: Final = {document.idempotency_header!r}",
            f"CORRELATION_ID_HEADER: Final = {document.correlation_header!r}",
            "",
            "# The values of the region= and environment= options, from the servers' x-klarna-* names.",
            f"Region = Literal[{', '.join(repr(r) for r in regions)}]",
            f"Environment = Literal[{', '.join(repr(e) for e in environments)}]",
            f"REGIONS: Final = {tuple(regions)!r}",
            f"ENVIRONMENTS: Final = {tuple(environments)!r}",
            "",
            "# (region, environment) -> base URL, from the document's `servers`.",
            f"SERVERS: Final[dict[tuple[str, str], str]] = {pprint.pformat(servers, width=100)}",
            "",
            "# The generator's operation name -> what the runtime needs to call it.",
            "OPERATIONS: Final[dict[str, Operation]] = {",
            *operations,
            "}",
            "",
            "# Model class -> its schema, by JSON property name.",
            "MODELS: Final[dict[str, Model]] = {",
            *models,
            "}",
            "",
        ]
    )


# klarna_payments/params.py


def _annotation(document: Document, prop: Any) -> str:
    node = document.resolve(prop)
    if (model := ref_name(prop)) is not None:
        return f"{document.class_name(model)}Param"
    if "enum" in node:
        return f"Literal[{', '.join(repr(value) for value in node['enum'])}]"
    if node.get("type") == "array":
        return f"Sequence[{_annotation(document, node.get('items', {}))}]"
    if node.get("type") == "object":
        return "Mapping[str, object]"
    return JSON_TYPES.get(node.get("type", ""), "object")


def _docstring(text: str, indent: str) -> str:
    lines = [line.rstrip() for line in text.strip().replace('"""', "'''").replace("\\", "\\\\").splitlines()]
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""\n'
    body = "\n".join(f"{indent}{line}" if line else "" for line in lines)
    return f'{indent}"""\n{body}\n{indent}"""\n'


def _typed_dict(document: Document, schema_name: str) -> str:
    schema = document.schemas[schema_name]
    name = f"{document.class_name(schema_name)}Param"
    required = set(schema.get("required", []))
    entries = []
    for key, prop in schema.get("properties", {}).items():
        node = document.resolve(prop)
        if node.get("readOnly"):
            continue
        annotation = _annotation(document, prop)
        entries.append((key, f"Required[{annotation}]" if key in required else annotation, node.get("description")))
    doc = schema.get("description") or f"The `{schema_name}` object of a request body."
    if all(key.isidentifier() and not keyword.iskeyword(key) for key, _, _ in entries):
        members = "".join(
            f"\n    {key}: {annotation}\n" + (_docstring(description, "    ") if description else "")
            for key, annotation, description in entries
        )
        return f"class {name}(TypedDict, total=False):\n{_docstring(doc, '    ')}{members}"
    # A property that is not an identifier (a keyword, a dash) needs TypedDict's functional form.
    fields = "".join(f"        {key!r}: {annotation},\n" for key, annotation, _ in entries)
    declaration = f"{name} = TypedDict(\n    {name!r},\n    {{\n{fields}    }},\n    total=False,\n)\n"
    return declaration + f"{name}.__doc__ = {doc.strip()!r}\n"


def params_module(document: Document) -> str:
    """Source of `klarna_payments/params.py`: a TypedDict per schema a request body can carry."""
    names = sorted(document.request_side, key=document.class_name)
    classes = "\n\n".join(_typed_dict(document, name) for name in names)
    exported = ", ".join(repr(f"{document.class_name(name)}Param") for name in names)
    return (
        '"""Request bodies as TypedDicts, for static checking of plain dicts.\n\n'
        "One per schema a request body can carry, named after its model with `Param`. Required\n"
        "properties are `Required`, read-only ones absent, enums `Literal`s of the document's values.\n"
        "Generated from openapi.yaml by `make generate`; a dict needs no import from here to be sent.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from collections.abc import Mapping, Sequence\n"
        "from typing import Literal, Required, TypedDict\n\n"
        f"__all__ = [{exported}]\n\n\n"
        f"{classes}"
    )
