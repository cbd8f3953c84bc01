"""What the SDK's generator reads from openapi.yaml, in one place: the one model of the document.

- `Document`: the parsed document with its names resolved the way openapi-python-client
  resolves them (class names after `class_overrides`, snake_case operation names), which
  schemas a request can carry and which a response can, the operations and their parameters,
  and every schema as the runtime sees it (`schema_fields`): `$ref`s to any kind of schema
  (a string or enum component is that scalar, not a model), `allOf` of objects merged, 3.0
  `nullable: true` and 3.1 `type: [..., "null"]`, arrays of scalars and of objects, `format`
  and the constraints (lengths, ranges, patterns). A construct it cannot represent is a
  `DocumentError` naming its JSON pointer, never a silently wrong table.
- `generator_view`: the document as the generator is given it. What the generator cannot
  express is settled here, from the document, instead of in templates:
  a request-only schema loses its `readOnly` properties (so `CreateOrderRequest` has no
  `status` to send) and its `default`s (so a model sends nothing the equivalent dict does not);
  a string enum a response can carry becomes `anyOf: [enum, string]` (so the model types it
  `OrderFraudStatus | str`: a new Klarna value decodes, and mypy knows it may), *per use*: a
  schema that requests and responses share, and that holds such an enum, gets a response copy
  (`<name>_response`), so the request type stays strict and reusing a schema in a response
  never changes an existing public type; a parameter's `default` leaves its schema and is said
  in its description (Klarna applies it; the SDK sends only what the caller gives); the
  idempotency header parameter leaves the operations (the runtime sends it, and the functional
  layer names its argument `idempotency_key` like the resource methods); and what the document
  marks `deprecated: true` (an operation, a parameter, a property) has its description opened
  with `DEPRECATED`, so the docstrings say it and the endpoint templates decorate the
  operation's functions.
- `spec_module` and `params_module`: the source of `klarna_payments/_spec.py` (tables the
  runtime reads) and `klarna_payments/params.py` (a TypedDict per request schema);
  `templates_module`: `klarna_document.jinja`, the model's facts the templates read (which
  operations take an idempotency key).
"""

from __future__ import annotations

import copy
import functools
import json
import keyword
import pprint
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case, snake_case

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
FIELD_PREFIX = "field_"  # openapi-python-client's default `field_prefix`
IDEMPOTENCY_KEY_ROLE = "idempotency-key"
CREATING_METHODS = frozenset({"POST", "PATCH"})
CORRELATION_ID_ROLE = "correlation-id"
# The header names a document gets when it marks none with `x-klarna-sdk` (Klarna's own documents
# mark nothing): Klarna's names for them across its APIs.
DEFAULT_HEADERS = {IDEMPOTENCY_KEY_ROLE: "Klarna-Idempotency-Key", CORRELATION_ID_ROLE: "Klarna-Correlation-Id"}
SERVER_REGION = "x-klarna-region"
SERVER_ENVIRONMENT = "x-klarna-environment"
ADDED_ENUM = "x-klarna-added-enum"  # an enum Klarna's own document lacks: typed, but not refused at run time
SECRET = "x-klarna-secret"  # a field whose value is a secret: reprs hide it
PAGINATION = "x-klarna-pagination"  # a list operation's paging: items field, offset and size parameters
RULES = "x-klarna-rules"  # the Klarna rule set a request schema's bodies are checked against (preflight)
# klarna_payments.preflight.RULES has one check per name (test_preflight.py holds the two together)
RULE_SETS = ("order", "customer-token", "refund", "authorization-update")
# How the generator's view opens the description of what the document marks `deprecated: true`
# (an operation, a parameter, a property): docstrings say it, and the endpoint templates test for it.
DEPRECATED = "Deprecated by Klarna:"
RESPONSE_COPY_SUFFIX = "_response"
JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
SCALAR_TYPES = frozenset(JSON_TYPES)
# The schema keywords the runtime checks, by the Field attribute that carries them.
CONSTRAINTS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "pattern": "pattern",
    "minItems": "min_items",
    "maxItems": "max_items",
}
FORMATS = frozenset({"date-time", "date", "uuid", "uri", "email"})  # the ones decoding checks
PARAMETER_LOCATIONS = frozenset({"path", "query", "header"})
# What a tag (a client attribute) or an operation (a resource method) must not be named.
RESERVED_RESOURCE_NAMES = frozenset(
    {"base_url", "timeout", "max_retries", "region", "environment", "close", "with_options", "aclose"}
)
RESERVED_METHOD_NAMES = frozenset({"with_raw_response"})


class DocumentError(ValueError):
    """The document lacks something the SDK's generator needs, or uses what it cannot represent."""


def marked_secret(node: dict[str, Any], pointer: str) -> bool:
    """Whether `node` (a property, a schema or a parameter) is marked `x-klarna-secret: true`;
    a value other than true or false is a DocumentError (a typo must not unmark a secret)."""
    marked = node.get(SECRET, False)
    if not isinstance(marked, bool):
        raise DocumentError(f"{pointer}/{SECRET}: true or false, not {marked!r}")
    return marked


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


def unwrap(node: Any) -> Any:
    """A property's schema without a one-part `allOf` wrapper (`allOf: [{$ref: x}]` is how a
    `$ref` gets a description of its own)."""
    if isinstance(node, dict) and len(node.get("allOf") or ()) == 1 and "properties" not in node:
        return node["allOf"][0]
    return node


def json_type(node: dict[str, Any], pointer: str) -> tuple[str | None, bool]:
    """(the JSON type, nullable) of a resolved schema: 3.1 type lists and 3.0 `nullable`."""
    kind = node.get("type")
    nullable = bool(node.get("nullable"))
    if isinstance(kind, list):
        nullable = nullable or "null" in kind
        others = [each for each in kind if each != "null"]
        if len(others) > 1:
            raise DocumentError(f"{pointer}: a type list of {others} is not supported (one type, and null)")
        kind = others[0] if others else None
    return kind, nullable


def opened_enum(node: dict[str, Any]) -> bool:
    """Whether `node` is a response enum `generator_view` opened: `anyOf: [enum, {type: string}]`."""
    parts = node.get("anyOf")
    return isinstance(parts, list) and len(parts) == 2 and parts[1] == {"type": "string"}


def constraints(node: dict[str, Any]) -> dict[str, Any]:
    """The checked keywords of a schema as `Field` attributes (3.0's boolean exclusive bounds made 3.1's)."""
    found = {attribute: node[key] for key, attribute in CONSTRAINTS.items() if key in node}
    for bound in ("minimum", "maximum"):
        exclusive = f"exclusive_{bound}"
        if found.get(exclusive) is True:
            found[exclusive] = found.pop(bound, None)
        elif found.get(exclusive) is False:
            del found[exclusive]
    return found


def _given(value: object) -> bool:
    """Whether a `Field` attribute differs from its default (None, or False for a flag; 0 is a value)."""
    return value is not None and value is not False


@dataclass(frozen=True)
class Operation:
    name: str  # the generator's python name: snake_case(operationId)
    operation_id: str
    method: str
    path: str
    node: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]  # resolved, path item's and the operation's
    pointer: str  # its JSON pointer, for messages

    def parameter_names(self, location: str) -> tuple[str, ...]:
        return tuple(p["name"] for p in self.parameters if p["in"] == location)

    @property
    def path_parameters(self) -> tuple[str, ...]:
        return self.parameter_names("path")

    @property
    def resource(self) -> str:
        """The client attribute it lands on: its first tag as the generator names it (`default`
        when it has none), `klarna.<resource>.<name>`."""
        return resource_name((self.node.get("tags") or ["default"])[0])


def resource_name(tag: object) -> str:
    """The client attribute of a tag's resource, as the generator names the tag's package."""
    return str(PythonIdentifier(str(tag), "tag"))


# Inline object schemas, made components


def _title(node: Any) -> str | None:
    """A schema's `title`, which names a component's model in place of its key."""
    title = node.get("title") if isinstance(node, dict) else None
    return title if isinstance(title, str) and title else None


def _inline_object(node: Any) -> bool:
    """Whether a schema is an object written in place (a model the generator names), not a `$ref`."""
    if not isinstance(node, dict) or "$ref" in node:
        return False
    kinds = node.get("type") if isinstance(node.get("type"), list) else [node.get("type")]
    parts = node.get("allOf") or ()
    wrapper = len(parts) == 1 and isinstance(parts[0], dict) and "$ref" in parts[0] and "properties" not in node
    return "properties" in node or ("object" in kinds and bool(parts)) or (bool(parts) and not wrapper)


class _Hoister:
    """Moves every inline object schema of a document into `components.schemas`, under the class
    name openapi-python-client 0.29.1 gives such a model (its parent's class and the property,
    `<Parent><Property>`, `<Parent><Property>Item` for array items, `<Operation>Body` for a
    request body, `<Operation>Response<status>` for a response; a `title` replaces the
    property's name), and refers to it there. Every layer then sees models by name only."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document.setdefault("components", {}).setdefault("schemas", {})
        self.taken = {str(ClassName(_title(node) or name, FIELD_PREFIX)): name for name, node in self.schemas.items()}

    def hoist(self, node: dict[str, Any], class_string: str, pointer: str) -> dict[str, str]:
        name = str(ClassName(class_string, FIELD_PREFIX))
        if name in self.taken or name in self.schemas:
            raise DocumentError(
                f"{pointer}: this inline object would be the model {name}, as #/components/schemas/"
                f"{self.taken.get(name, name)} is; give it a `title` or make it a component and $ref it"
            )
        node.pop("title", None)  # its part in the name is spent (a component's title would rename it)
        self.schemas[name] = node
        self.taken[name] = name
        self.walk(node, name, pointer)
        return {"$ref": f"#/components/schemas/{name}"}

    def walk(self, schema: dict[str, Any], class_name: str, pointer: str) -> None:
        """Hoist the inline objects in an object schema's properties (and its inline `allOf` parts)."""
        for index, part in enumerate(schema.get("allOf") or ()):
            if isinstance(part, dict) and "$ref" not in part:
                self.walk(part, class_name, f"{pointer}/allOf/{index}")
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            return
        for key, prop in properties.items():
            where = f"{pointer}/properties/{key}"
            if _inline_object(prop):
                properties[key] = self.hoist(
                    prop, pascal_case(class_name) + pascal_case(prop.get("title") or key), where
                )
            elif isinstance(prop, dict) and _inline_object(items := prop.get("items")):
                title = items.get("title") or f"{key}_item"
                prop["items"] = self.hoist(items, pascal_case(class_name) + pascal_case(title), f"{where}/items")

    def media(self, content: Any, class_string: str, pointer: str) -> None:
        media = content.get("application/json") if isinstance(content, dict) else None
        schema = media.get("schema") if isinstance(media, dict) else None
        where = f"{pointer}/application~1json/schema"
        if _inline_object(schema):
            media["schema"] = self.hoist(schema, class_string, where)
        elif isinstance(schema, dict) and _inline_object(items := schema.get("items")):
            schema["items"] = self.hoist(items, f"{class_string}Item", f"{where}/items")

    def run(self) -> None:
        for name in list(self.schemas):
            if isinstance(self.schemas[name], dict):
                self.walk(self.schemas[name], str(ClassName(name, FIELD_PREFIX)), f"#/components/schemas/{name}")
        components = self.document["components"]
        for section in ("requestBodies", "responses"):
            for key, node in (components.get(section) or {}).items():
                media = (node.get("content") or {}).get("application/json") or {}
                if _inline_object(media.get("schema")):
                    raise DocumentError(
                        f"#/components/{section}/{key}/content/application~1json/schema: an inline object in a "
                        "shared response or request body; make it a component and $ref it"
                    )
        for path, item in (self.document.get("paths") or {}).items():
            for method in HTTP_METHODS:
                node = item.get(method) if isinstance(item, dict) else None
                if not isinstance(node, dict) or "operationId" not in node:
                    continue
                pointer = f"#/paths/{path.replace('~', '~0').replace('/', '~1')}/{method}"
                operation = pascal_case(node["operationId"])
                body = node.get("requestBody")
                if isinstance(body, dict) and "$ref" not in body:
                    self.media(body.get("content"), f"{operation}Body", f"{pointer}/requestBody/content")
                for status, response in (node.get("responses") or {}).items():
                    if isinstance(response, dict) and "$ref" not in response:
                        where = f"{pointer}/responses/{status}/content"
                        self.media(response.get("content"), f"{operation}Response{status}", where)


def with_components_for_inline_objects(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` whose inline object schemas are components (see `_Hoister`)."""
    copied = copy.deepcopy(document)
    _Hoister(copied).run()
    return copied


class Document:
    """openapi.yaml (or another copy of it) as the generator will name it.

    `raw` is the document with its inline object schemas made components, named as the
    generator names their models; `source` is the document as written."""

    def __init__(self, document: dict[str, Any], config: dict[str, Any]) -> None:
        self.source = document
        self.raw = with_components_for_inline_objects(document)
        self.config = config
        self.overrides: dict[str, Any] = config.get("class_overrides") or {}
        self.schemas: dict[str, Any] = self.raw["components"]["schemas"]

    @classmethod
    def load(cls, spec: Path = SPEC, config: Path = CONFIG) -> Document:
        return cls(yaml.safe_load(spec.read_text(encoding="utf-8")), yaml.safe_load(config.read_text(encoding="utf-8")))

    def resolve(self, node: Any) -> Any:
        return resolve(self.raw, node)

    def class_name(self, schema_name: str) -> str:
        """The model class of a component schema, as openapi-python-client 0.29.1 names it:
        `class_overrides` are looked up by the class name the schema would get without one."""
        default = ClassName(_title(self.schemas.get(schema_name)) or schema_name, FIELD_PREFIX)
        override = self.overrides.get(str(default)) or {}
        return str(ClassName(override["class_name"], FIELD_PREFIX)) if override.get("class_name") else str(default)

    # Schemas as the runtime sees them

    def is_object(self, node: Any) -> bool:
        """Whether a schema describes an object with properties (a model), `allOf` included."""
        node = self.resolve(unwrap(node))
        return isinstance(node, dict) and (node.get("type") == "object" or "properties" in node or "allOf" in node)

    def object_schema(self, node: Any, pointer: str) -> tuple[dict[str, Any], list[str]]:
        """(properties, required) of an object schema, its `allOf` parts merged in order."""
        node = self.resolve(unwrap(node))
        properties: dict[str, Any] = {}
        required: list[str] = []
        for index, part in enumerate(node.get("allOf") or ()):
            if not self.is_object(part):
                raise DocumentError(f"{pointer}/allOf/{index}: allOf is supported only of object schemas")
            more, needed = self.object_schema(part, f"{pointer}/allOf/{index}")
            properties.update(more)
            required += needed
        for keyword_ in ("oneOf", "anyOf"):
            if keyword_ in node:
                raise DocumentError(f"{pointer}/{keyword_}: {keyword_} is not supported in a model's schema")
        properties.update(node.get("properties") or {})
        required += node.get("required") or []
        return properties, list(dict.fromkeys(required))

    def model_of(self, node: Any, pointer: str) -> str | None:
        """The component a property (or an array's items) refers to when it is an object."""
        node = unwrap(node)
        if not self.is_object(node):
            return None
        target = ref_name(node)
        if target is None:
            raise DocumentError(f"{pointer}: an inline object schema; make it a component and $ref it")
        return target

    def schema_fields(self, name: str) -> dict[str, dict[str, Any]]:
        """Every property of component `name`, as the keyword arguments of the runtime's `Field`."""
        pointer = f"#/components/schemas/{name}"
        properties, _ = self.object_schema(self.schemas[name], pointer)
        return {key: self.field(prop, f"{pointer}/properties/{key}") for key, prop in properties.items()}

    def field(self, prop: Any, pointer: str) -> dict[str, Any]:
        """One property's `Field` keyword arguments (only those that differ from the defaults)."""
        deprecated = self.is_deprecated(prop)
        prop = unwrap(prop)
        node = self.resolve(prop)
        if not isinstance(node, dict):
            raise DocumentError(f"{pointer}: not a schema")
        if opened_enum(node):  # a response enum this view opened: the enum's own schema
            prop = node["anyOf"][0]
            node = {**self.resolve(prop), **{k: v for k, v in node.items() if k != "anyOf"}}
        for keyword_ in ("oneOf", "anyOf", "not"):
            if keyword_ in node:
                raise DocumentError(f"{pointer}/{keyword_}: {keyword_} is not supported in a property")
        kind, nullable = json_type(node, pointer)
        found: dict[str, Any] = {"type": kind}
        constrained = node
        if (model := self.model_of(prop, pointer)) is not None:
            found.update(type="object", model=self.class_name(model))
        elif kind == "array":
            items = unwrap(node.get("items", {}))
            if (item_model := self.model_of(items, f"{pointer}/items")) is not None:
                found.update(model=self.class_name(item_model), item_type="object")
            else:
                resolved = self.resolve(items)
                item_kind, _ = json_type(resolved, f"{pointer}/items")
                found["item_type"] = item_kind
                if resolved.get("enum"):
                    found["enum"] = tuple(value for value in resolved["enum"] if value is not None)
                    found["open_enum"] = bool(resolved.get(ADDED_ENUM) or node.get(ADDED_ENUM))
                if resolved.get("format") in FORMATS:
                    found["format"] = resolved["format"]
                constrained = {**resolved, **{k: v for k, v in node.items() if k in ("minItems", "maxItems")}}
        elif node.get("enum"):
            found["enum"] = tuple(value for value in node["enum"] if value is not None)
            found["open_enum"] = bool(node.get(ADDED_ENUM))
        elif kind == "object" or (kind is not None and kind not in SCALAR_TYPES):
            raise DocumentError(f"{pointer}: a free-form {kind}; give it properties (a component) or a scalar type")
        if kind in SCALAR_TYPES and node.get("format") in FORMATS:
            found["format"] = node["format"]
        found.update(
            constraints(constrained),
            read_only=bool(node.get("readOnly")),
            nullable=nullable,
            secret=marked_secret(node, pointer) or (isinstance(prop, dict) and marked_secret(prop, pointer)),
            deprecated=deprecated,
        )
        return {key: value for key, value in found.items() if key == "type" or _given(value)}

    # Operations, their parameters and bodies

    def operations(self) -> Iterator[Operation]:
        yield from self._operations

    @functools.cached_property
    def _operations(self) -> tuple[Operation, ...]:
        found: list[Operation] = []
        seen: dict[str, str] = {}
        for path, item in (self.raw.get("paths") or {}).items():
            for method in HTTP_METHODS:
                node = item.get(method)
                if node is None:
                    continue
                pointer = f"#/paths/{path.replace('~', '~0').replace('/', '~1')}/{method}"
                parameters = tuple(self.resolve(p) for p in [*item.get("parameters", []), *node.get("parameters", [])])
                for index, parameter in enumerate(parameters):
                    if parameter.get("in") not in PARAMETER_LOCATIONS:
                        where = f"{pointer} parameter {parameter.get('name')!r}"
                        raise DocumentError(f"{where}: parameters in {parameter.get('in')} are not supported")
                    if "schema" not in parameter:
                        raise DocumentError(f"{pointer}/parameters/{index}: a parameter needs a schema")
                operation_id = node.get("operationId")
                if not isinstance(operation_id, str) or not operation_id:
                    raise DocumentError(f"{pointer}/operationId: every operation needs one (it names the method)")
                name = str(PythonIdentifier(snake_case(operation_id), FIELD_PREFIX))
                if name in seen:
                    raise DocumentError(
                        f"{pointer}/operationId: {operation_id!r} names the method {name}, as {seen[name]}"
                    )
                if name in RESERVED_METHOD_NAMES or name.startswith("_"):
                    raise DocumentError(f"{pointer}/operationId: {operation_id!r} would shadow the resource's {name}")
                for tag in node.get("tags") or ["default"]:
                    attribute = resource_name(tag)
                    if attribute in RESERVED_RESOURCE_NAMES or attribute.startswith("_"):
                        raise DocumentError(f"{pointer}/tags: the tag {tag!r} would shadow the client's {attribute}")
                seen[name] = f"{pointer}/operationId"
                if any(str(status).startswith("2") for status in node.get("responses") or {}):
                    seen.setdefault(f"{name}_to_file", f"{pointer}/operationId (a download's method)")
                found.append(Operation(name, operation_id, method.upper(), path, node, parameters, pointer))
        return tuple(found)

    def parameter_fields(self, operation: Operation) -> dict[str, tuple[dict[str, Any], bool, str]]:
        """name in the document -> (its schema as `Field` keyword arguments, required, the Python
        argument name the generator gives it) of every path, query and header parameter but the
        idempotency key (the runtime sends that one). A parameter is a scalar or an array of
        scalars; `x-klarna-secret` on the parameter or its schema makes it secret (messages name
        it, never quote it). Two parameters sharing a name or an argument name are refused."""
        found: dict[str, tuple[dict[str, Any], bool, str]] = {}
        locations: dict[str, str] = {}
        for parameter in operation.parameters:
            if self.is_idempotency_parameter(parameter):
                continue
            name, location = str(parameter["name"]), str(parameter["in"])
            where = f"{operation.pointer} parameter {name!r}"
            if locations.get(name, location) != location:
                raise DocumentError(f"{where}: a {locations[name]} parameter has that name too; rename one")
            field = self.field(parameter["schema"], f"{where}/schema")
            if field.get("model") is not None:
                raise DocumentError(f"{where}/schema: a parameter must be a scalar or an array of scalars")
            if marked_secret(parameter, where):
                field["secret"] = True
            python_name = str(PythonIdentifier(name, FIELD_PREFIX))
            if any(other == python_name for other_name, (_, _, other) in found.items() if other_name != name):
                raise DocumentError(f"{where}: another parameter is the argument {python_name} too; rename one")
            locations[name] = location
            found[name] = (field, location == "path" or bool(parameter.get("required")), python_name)
        return found

    def request_schema(self, operation: Operation) -> str | None:
        body = self.resolve(operation.node.get("requestBody", {}))
        content = body.get("content", {})
        if content and "application/json" not in content:
            raise DocumentError(f"{operation.pointer}/requestBody: only application/json bodies are supported")
        schema = content.get("application/json", {}).get("schema")
        if schema is None:
            return None
        target = ref_name(unwrap(schema))
        if target is None or not self.is_object(schema):
            raise DocumentError(f"{operation.pointer}/requestBody: the body must $ref an object component")
        return target

    def response_schemas(self, operation: Operation) -> dict[int, str | None]:
        """status -> component schema of its JSON body (None: no JSON body)."""
        found: dict[int, str | None] = {}
        for status, response in operation.node["responses"].items():
            content = self.resolve(response).get("content", {})
            schema = content.get("application/json", {}).get("schema")
            if int(status) in self.array_responses(operation):
                schema = self.resolve(schema)["items"]
            target = ref_name(unwrap(schema)) if schema is not None else None
            if schema is not None and (target is None or not self.is_object(schema)):
                raise DocumentError(
                    f"{operation.pointer}/responses/{status}: the body must be an object, or an array of objects"
                )
            found[int(status)] = target
        return found

    def array_responses(self, operation: Operation) -> frozenset[int]:
        """The statuses whose JSON body is an array (of the model `response_schemas` names)."""
        found = set()
        for status, response in operation.node["responses"].items():
            schema = self.resolve(response).get("content", {}).get("application/json", {}).get("schema")
            node = self.resolve(schema) if schema is not None else None
            if isinstance(node, dict) and json_type(node, operation.pointer)[0] == "array":
                found.add(int(status))
        return frozenset(found)

    def pagination(self, operation: Operation) -> dict[str, Any] | None:
        """What `x-klarna-pagination` declares of a list operation, checked against the document:
        `items` (the array property of its success holding the items), `offset` and `size` (its
        integer query parameters), optionally `total` (the dotted path of the count of all items)
        and `method` (the iterator's name, `iter_<items>` by default)."""
        declared = operation.node.get(PAGINATION)
        if declared is None:
            return None
        pointer = f"{operation.pointer}/{PAGINATION}"
        if not isinstance(declared, dict) or not all(
            isinstance(declared.get(key), str) for key in ("items", "offset", "size")
        ):
            raise DocumentError(f"{pointer}: needs items, offset and size (names in the document)")
        if operation.method != "GET":
            raise DocumentError(f"{pointer}: only a GET can be walked page by page")
        successes = [schema for status, schema in self.response_schemas(operation).items() if 200 <= status < 300]
        if not successes or successes[0] is None:
            raise DocumentError(f"{pointer}: the operation's success must be a JSON object holding the items")
        page = successes[0]
        item = self.schema_fields(page).get(declared["items"], {})
        if item.get("type") != "array" or "model" not in item:
            raise DocumentError(f"{pointer}/items: {declared['items']!r} is not an array of objects in {page}")
        query = {p["name"]: p for p in operation.parameters if p["in"] == "query"}
        for key in ("offset", "size"):
            parameter = query.get(declared[key])
            if parameter is None or json_type(self.resolve(parameter["schema"]), pointer)[0] != "integer":
                raise DocumentError(f"{pointer}/{key}: {declared[key]!r} is not an integer query parameter")
        total: tuple[str, ...] = ()
        if isinstance(declared.get("total"), str):
            schema, total = page, tuple(declared["total"].split("."))
            for index, step in enumerate(total):
                field = self.schema_fields(schema).get(step) if schema else None
                last = index == len(total) - 1
                if field is None or (last and field["type"] != "integer") or (not last and "model" not in field):
                    raise DocumentError(f"{pointer}/total: {declared['total']!r} is not an integer field of {page}")
                schema = next((name for name in self.schemas if self.class_name(name) == field.get("model")), None)
        method = declared.get("method") or f"iter_{declared['items']}"
        return {
            "method": str(PythonIdentifier(method, FIELD_PREFIX)),
            "items": declared["items"],
            "items_attribute": str(PythonIdentifier(declared["items"], FIELD_PREFIX)),
            "item_model": item["model"],
            "offset": str(PythonIdentifier(declared["offset"], FIELD_PREFIX)),
            "size": str(PythonIdentifier(declared["size"], FIELD_PREFIX)),
            "total": total,
        }

    def byte_responses(self, operation: Operation) -> dict[int, str]:
        """status -> media type of each success whose body is not JSON (a CSV or PDF report):
        the SDK returns its bytes."""
        found = {}
        for status, response in operation.node["responses"].items():
            content = self.resolve(response).get("content") or {}
            if str(status).startswith("2") and content and "application/json" not in content:
                found[int(status)] = ", ".join(sorted(content))
        return found

    def header_results(self, operation: Operation) -> dict[int, dict[str, dict[str, Any]]]:
        """status -> {header name: its resolved header object} of each success answered in its
        headers alone (no body: `201` with `Capture-Id` and `Location`), the correlation id aside."""
        found: dict[int, dict[str, dict[str, Any]]] = {}
        for status, response in operation.node["responses"].items():
            response = self.resolve(response)
            if not str(status).startswith("2") or response.get("content"):
                continue
            headers = {
                name: self.resolve(header)
                for name, header in (response.get("headers") or {}).items()
                if name.lower() != self.correlation_header.lower()
            }
            if headers:
                found[int(status)] = headers
        return found

    def header_result_name(self, operation: Operation, status: int) -> str:
        """The component name of the model holding a header-only success (`captureOrder_result`)."""
        several = len(self.header_results(operation)) > 1
        name = f"{operation.operation_id}_{status}_result" if several else f"{operation.operation_id}_result"
        if name in self.schemas:
            raise DocumentError(f"#/components/schemas/{name}: the name of {operation.operation_id}'s result is taken")
        return name

    def header_result_schema(self, operation: Operation, status: int) -> dict[str, Any]:
        """The object schema of a header-only success: a string (or the header's type) per header,
        under its snake_case name, required when the header is."""
        properties, required = {}, []
        for name, header in self.header_results(operation)[status].items():
            pointer = f"{operation.pointer}/responses/{status}/headers/{name}"
            schema = self.resolve(header.get("schema") or {"type": "string"})
            if not isinstance(schema, dict) or json_type(schema, pointer)[0] not in SCALAR_TYPES:
                raise DocumentError(f"{pointer}/schema: a response header needs a scalar schema")
            key = snake_case(name)
            description = header.get("description") or schema.get("description") or f"The `{name}` header."
            properties[key] = {**copy.deepcopy(schema), "description": description}
            if header.get("required"):
                required.append(key)
        summary = operation.node.get("summary") or operation.operation_id
        schema = {
            "type": "object",
            "description": f"What {summary!r} answers, from its headers.",
            "properties": properties,
        }
        return {**schema, "required": required} if required else schema

    # Which schemas a request or a response can carry

    def references(self, name: str, *, skip: str) -> Iterator[str]:
        """The object components `name`'s properties refer to, not through properties marked `skip`."""
        properties, _ = self.object_schema(self.schemas[name], f"#/components/schemas/{name}")
        for key, prop in properties.items():
            if self.resolve(unwrap(prop)).get(skip):
                continue
            pointer = f"#/components/schemas/{name}/properties/{key}"
            node = self.resolve(unwrap(prop))
            for child in (prop, node.get("items") if isinstance(node, dict) else None):
                if child is not None and (target := self.model_of(child, pointer)) is not None:
                    yield target

    def reachable(self, roots: set[str], *, skip: str) -> set[str]:
        """Object components reachable from `roots`, not through properties marked `skip`."""
        seen: set[str] = set()
        pending = list(roots)
        while pending:
            name = pending.pop()
            if name not in seen:
                seen.add(name)
                pending += self.references(name, skip=skip)
        return seen

    @functools.cached_property
    def request_side(self) -> set[str]:
        roots = {name for op in self.operations() if (name := self.request_schema(op))}
        return self.reachable(roots, skip="readOnly")

    @functools.cached_property
    def response_side(self) -> set[str]:
        roots = {name for op in self.operations() for name in self.response_schemas(op).values() if name}
        return self.reachable(roots, skip="writeOnly")

    def opens_enums(self, name: str) -> bool:
        """Whether a response copy of `name` would type some enum differently (opened), here or
        in a schema it refers to."""
        return any(
            "enum" in fields
            for reached in self.reachable({name}, skip="writeOnly")
            for fields in self.schema_fields(reached).values()
        )

    @functools.cached_property
    def response_copies(self) -> dict[str, str]:
        """Shared schemas whose response use needs a copy of its own, and that copy's name."""
        shared = self.request_side & self.response_side
        copies = {name: f"{name}{RESPONSE_COPY_SUFFIX}" for name in sorted(shared) if self.opens_enums(name)}
        for name, copy_name in copies.items():
            if copy_name in self.schemas:
                raise DocumentError(
                    f"#/components/schemas/{copy_name}: the name the response copy of {name} needs is taken"
                )
        return copies

    # The servers

    @functools.cached_property
    def servers(self) -> tuple[tuple[str, str | None, str | None], ...]:
        """(URL, region, environment) of each server in the document's order; region and
        environment are None for a document that names none (`x-klarna-region` and
        `x-klarna-environment` are optional, but all or nothing)."""
        servers = self.raw.get("servers") or []
        if not isinstance(servers, list):
            raise DocumentError("#/servers: must be a list of server objects")
        found = []
        named = [
            index for index, server in enumerate(servers) if SERVER_REGION in server or SERVER_ENVIRONMENT in server
        ]
        for index, server in enumerate(servers):
            pointer = f"#/servers/{index}"
            url = server.get("url") if isinstance(server, dict) else None
            if not isinstance(url, str) or not url.startswith(("https://", "http://")):
                raise DocumentError(f"{pointer}/url: an absolute http(s) URL is needed (the SDK's base URL)")
            if "{" in url:
                raise DocumentError(f"{pointer}/url: server variables are not supported; list each URL as a server")
            if named and not (
                isinstance(server.get(SERVER_REGION), str) and isinstance(server.get(SERVER_ENVIRONMENT), str)
            ):
                raise DocumentError(
                    f"{pointer}: {SERVER_REGION} and {SERVER_ENVIRONMENT} name every server or none "
                    f"(#/servers/{named[0]} has them)"
                )
            found.append((url.rstrip("/"), server.get(SERVER_REGION), server.get(SERVER_ENVIRONMENT)))
        pairs = [(region, environment) for _, region, environment in found if region is not None]
        if len(pairs) != len(set(pairs)):
            raise DocumentError(f"#/servers: two servers share a ({SERVER_REGION}, {SERVER_ENVIRONMENT}) pair")
        return tuple(found)

    # Names written only in the document

    def sdk_role(self, section: str, role: str) -> tuple[str, dict[str, Any]] | None:
        """(key, node) of the one `components.<section>` entry marked `x-klarna-sdk: <role>`,
        None when no entry is marked (the role then takes its default name)."""
        entries = (self.raw.get("components") or {}).get(section) or {}
        marked = [(key, node) for key, node in entries.items() if self.resolve(node).get("x-klarna-sdk") == role]
        if len(marked) > 1:
            raise DocumentError(f"components.{section}: only one entry may have x-klarna-sdk: {role}")
        return marked[0] if marked else None

    @property
    def idempotency_header(self) -> str:
        marked = self.sdk_role("parameters", IDEMPOTENCY_KEY_ROLE)
        return str(marked[1]["name"]) if marked else DEFAULT_HEADERS[IDEMPOTENCY_KEY_ROLE]

    def is_idempotency_parameter(self, parameter: dict[str, Any]) -> bool:
        """Whether a (resolved) parameter carries the idempotency key: marked so, or in a document
        that marks none, a header parameter under the default name."""
        if self.sdk_role("parameters", IDEMPOTENCY_KEY_ROLE) is not None:
            return parameter.get("x-klarna-sdk") == IDEMPOTENCY_KEY_ROLE
        return parameter.get("in") == "header" and str(parameter.get("name")).lower() == self.idempotency_header.lower()

    @property
    def correlation_header(self) -> str:
        """The name under which responses carry the header component marked as the correlation id."""
        marked = self.sdk_role("headers", CORRELATION_ID_ROLE)
        if marked is None:
            return DEFAULT_HEADERS[CORRELATION_ID_ROLE]
        component = f"#/components/headers/{marked[0]}"
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
        """Whether `operation` declares the idempotency header: the templates give those methods
        `idempotency_key`. A document that marks the header (`x-klarna-sdk`) must declare it
        exactly on the operations that create something (POST, PATCH), unless it marks one
        `x-klarna-idempotent` (true or false: see `repeatable` and `keyless`); one that marks
        nothing (Klarna's own) may leave it out of a POST, whose lost answer is then never retried."""
        declared = any(self.is_idempotency_parameter(p) for p in operation.parameters)
        strict = self.sdk_role("parameters", IDEMPOTENCY_KEY_ROLE) is not None
        if not declared and self.repeatable(operation):
            return False  # its repeat is harmless by nature: no key, and retried like a DELETE
        if self.keyless(operation):
            return False  # Klarna takes no key here: none, and a lost answer is never retried
        if declared != (operation.method in CREATING_METHODS) and (declared or strict):
            should = "must" if operation.method in CREATING_METHODS else "must not"
            raise DocumentError(
                f"{operation.operation_id} ({operation.method}) {should} declare {self.idempotency_header}"
            )
        return declared

    def repeatable(self, operation: Operation) -> bool:
        """Whether the document says a POST or PATCH has, repeated, the effect of one request
        (`x-klarna-idempotent: true`, e.g. setting a status): it may leave out the key, and a
        lost answer is retried. Only `true` counts; any other value is a DocumentError."""
        marked = operation.node.get("x-klarna-idempotent", False)
        if not isinstance(marked, bool):
            raise DocumentError(f"{operation.pointer}/x-klarna-idempotent: true or false, not {marked!r}")
        if marked and operation.method not in CREATING_METHODS:
            raise DocumentError(f"{operation.pointer}/x-klarna-idempotent: {operation.method} is idempotent already")
        return marked

    def keyless(self, operation: Operation) -> bool:
        """Whether the document says a POST or PATCH takes no idempotency key although its repeat
        is not harmless (`x-klarna-idempotent: false`, e.g. creating a hosted payment page
        session, for which Klarna declares no key): none is sent, and once an attempt may have
        been executed the call is never repeated (an unknown outcome). The mark on a GET or
        DELETE, or beside the declared key, is a DocumentError."""
        if operation.node.get("x-klarna-idempotent", None) is not False:
            return False
        if operation.method not in CREATING_METHODS:
            raise DocumentError(f"{operation.pointer}/x-klarna-idempotent: false is for a POST or PATCH")
        if any(self.is_idempotency_parameter(p) for p in operation.parameters):
            raise DocumentError(
                f"{operation.pointer}/x-klarna-idempotent: false is for an operation without {self.idempotency_header}"
            )
        return True

    def is_deprecated(self, prop: Any) -> bool:
        """Whether a property is marked `deprecated: true`: itself, its one-part `allOf` wrapper,
        or the schema it refers to."""
        nodes = (prop, unwrap(prop), self.resolve(unwrap(prop)))
        return any(isinstance(node, dict) and node.get("deprecated") is True for node in nodes)

    def deprecation(self, operation: Operation) -> dict[str, Any] | None:
        """The keyword arguments of the runtime's `Deprecation` for `operation` (None: nothing of
        it is deprecated): itself, its query and header parameters, its body's fields."""
        found: dict[str, Any] = {
            "operation": operation.node.get("deprecated") is True,
            "parameters": tuple(
                p["name"] for p in operation.parameters if p["in"] != "path" and p.get("deprecated") is True
            ),
        }
        if found["operation"]:
            paragraph = str(operation.node.get("description") or "").strip().split("\n\n")[0]
            found["note"] = " ".join(paragraph.split())
        body = self.request_schema(operation)
        found["body"] = body is not None and any(
            field.get("deprecated")
            for name in self.reachable({body}, skip="readOnly")
            for field in self.schema_fields(name).values()
        )
        if not any(found.values()):
            return None
        return {"label": f"{operation.resource}.{operation.name}", **found}

    def rules(self, name: str) -> str | None:
        """The rule set a request schema's bodies are checked against (`x-klarna-rules`)."""
        rules = self.schemas[name].get(RULES)
        if rules is not None and rules not in RULE_SETS:
            raise DocumentError(f"#/components/schemas/{name}/{RULES}: {rules!r} is not one of {RULE_SETS}")
        return rules


# The generator's view


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


def _deprecated_text(description: object, consequence: str, separator: str = " ") -> str:
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
            node["description"] = _deprecated_text(node.get("description"), warns, "\n\n")
        for container in (view["paths"][op.path], node):
            for parameter in map(functools.partial(resolve, view), container.get("parameters", [])):
                if parameter.get("deprecated") is not True or id(parameter) in said:
                    continue
                said.add(id(parameter))
                parameter["description"] = _deprecated_text(parameter.get("description"), "passing it warns")
                if isinstance(parameter.get("schema"), dict) and "$ref" not in parameter["schema"]:
                    parameter["schema"]["description"] = parameter["description"]
    for name, schema in view["components"]["schemas"].items():
        sent = name in document.request_side
        for prop in (schema.get("properties") or {}).values() if isinstance(schema, dict) else ():
            target = resolve(view, unwrap(prop))
            if isinstance(prop, dict) and any(node.get("deprecated") is True for node in (prop, unwrap(prop), target)):
                described = prop.get("description") or target.get("description")
                consequence = "a body that sends it warns" if sent else "Klarna may stop sending it"
                prop["description"] = _deprecated_text(described, consequence)


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


# klarna_payments/_spec.py


def _field_literal(fields: dict[str, Any]) -> str:
    given = "".join(f", {name}={value!r}" for name, value in fields.items() if name != "type")
    return f"Field({fields['type']!r}{given})"


def _pagination_literal(paging: dict[str, Any] | None) -> str:
    if paging is None:
        return "None"
    keys = ("method", "items_attribute", "offset", "size", "total")
    return "Pagination(" + ", ".join(f"{key}={paging[key]!r}" for key in keys) + ")"


def _deprecation_line(found: dict[str, Any] | None) -> str:
    """The `deprecation=` line of an operation's entry, or nothing when nothing of it is deprecated."""
    if found is None:
        return ""
    given = "".join(f", {name}={value!r}" for name, value in found.items() if name != "label" and value)
    return f"        deprecation=Deprecation({found['label']!r}{given}),\n"


def _literal(values: list[str]) -> str:
    return f"Literal[{', '.join(repr(value) for value in values)}]" if values else "Never"


TEMPLATES_MODULE = "klarna_document.jinja"  # the name the templates import it by


def templates_module(document: Document) -> str:
    """Source of `klarna_document.jinja`, written beside the templates at `make generate`: what
    the templates need of the document model that the generator's endpoint does not carry."""
    keyed = sorted(op.name for op in document.operations() if document.sends_idempotency_key(op))
    checked = sorted(
        op.name for op in document.operations() if (body := document.request_schema(op)) and document.rules(body)
    )
    return (
        "{# Written by scripts/generate.py from the document model (scripts/sdk_document.py). #}\n"
        f"{{% set KEYED_OPERATIONS = {keyed!r} %}}\n"
        f"{{% set CHECKED_OPERATIONS = {checked!r} %}}\n"
    )


def spec_module(document: Document) -> str:
    """Source of `klarna_payments/_spec.py`: the tables the runtime reads."""
    raw = document.raw
    view = Document(generator_view(document), document.config)  # model names as generated (response copies)
    servers = {(region, environment): url for url, region, environment in document.servers if region and environment}
    regions = sorted({region for region, _ in servers})
    environments = sorted({environment for _, environment in servers})
    default_url, default_region, default_environment = (document.servers or [(None, None, None)])[0]
    operations = []
    for op, generated in zip(document.operations(), view.operations(), strict=True):
        body = document.request_schema(op)
        responses = {
            status: view.class_name(schema) if schema else None
            for status, schema in view.response_schemas(generated).items()
        }
        headers = tuple(name for name in op.parameter_names("header") if name != document.idempotency_header)
        header_results = {
            status: {snake_case(name): name for name in answered}
            for status, answered in document.header_results(op).items()
        }
        parameter_fields = document.parameter_fields(op)
        parameters = ", ".join(f"{name!r}: {_field_literal(field)}" for name, (field, _, _) in parameter_fields.items())
        required_parameters = [name for name, (_, required, _) in parameter_fields.items() if required]
        python_names = {name: python for name, (_, _, python) in parameter_fields.items() if python != name}
        operations.append(
            f"    {op.name!r}: Operation(\n"
            f"        name={op.name!r},\n"
            f"        resource={op.resource!r},\n"
            f"        operation_id={op.operation_id!r},\n"
            f"        method={op.method!r},\n"
            f"        path={op.path!r},\n"
            f"        path_parameters={op.path_parameters!r},\n"
            f"        body={document.class_name(body) if body else None!r},\n"
            f"        responses={pprint.pformat(responses, width=80)},\n"
            f"        sends_idempotency_key={document.sends_idempotency_key(op)!r},\n"
            f"        repeatable={document.repeatable(op)!r},\n"
            f"        creates={op.node.get('x-klarna-creates')!r},\n"
            f"        query_parameters={op.parameter_names('query')!r},\n"
            f"        header_parameters={headers!r},\n"
            f"        header_results={header_results!r},\n"
            f"        byte_responses={document.byte_responses(op)!r},\n"
            f"        array_responses={document.array_responses(op)!r},\n"
            f"        pagination={_pagination_literal(document.pagination(op))},\n"
            f"{_deprecation_line(document.deprecation(op))}"
            f"        parameters={{{parameters}}},\n"
            f"        required_parameters=frozenset({sorted(required_parameters)!r}),\n"
            f"        parameter_python_names={python_names!r},\n"
            "    ),"
        )
    shapes = ("Deprecation, " if "deprecation=" in "".join(operations) else "") + "Field, Model, Operation, Pagination"
    models = []
    for schema_name in sorted((s for s in view.schemas if view.is_object(view.schemas[s])), key=view.class_name):
        # The document's own schema (read-only fields included: requests must not carry them),
        # or the view's response copy.
        source = document if schema_name in document.schemas else view
        fields_of = source.schema_fields(schema_name)
        _, required = source.object_schema(source.schemas[schema_name], f"#/components/schemas/{schema_name}")
        fields = "".join(f"            {key!r}: {_field_literal(value)},\n" for key, value in fields_of.items())
        python_names = {
            key: str(PythonIdentifier(key, FIELD_PREFIX))
            for key in fields_of
            if str(PythonIdentifier(key, FIELD_PREFIX)) != key
        }
        rules = document.rules(schema_name) if schema_name in document.schemas else None
        models.append(
            f"    {view.class_name(schema_name)!r}: Model(\n"
            f"        schema={schema_name!r},\n"
            f"        required=frozenset({sorted(required)!r}),\n"
            f"        fields={{\n{fields}        }},\n"
            f"        python_names={python_names!r},\n"
            f"        rules={rules!r},\n"
            "    ),"
        )
    return "\n".join(
        [
            '"""Tables read from openapi.yaml by `make generate` (scripts/generate.py); not edited by hand."""',
            "",
            "from typing import Final, Literal, Never",
            "",
            f"from ._schema import {shapes}",
            "",
            f"VERSION: Final = {str(raw['info']['version'])!r}",
            "",
            "# Header names, written in the document only (x-klarna-sdk).",
            f"IDEMPOTENCY_KEY_HEADER: Final = {document.idempotency_header!r}",
            f"CORRELATION_ID_HEADER: Final = {document.correlation_header!r}",
            "",
            "# The values of the region= and environment= options, from the servers' x-klarna-* names",
            "# (Never: this document names none, and base_url= or the default server is the choice).",
            f"Region = {_literal(regions)}",
            f"Environment = {_literal(environments)}",
            f"REGIONS: Final[tuple[str, ...]] = {tuple(regions)!r}",
            f"ENVIRONMENTS: Final[tuple[str, ...]] = {tuple(environments)!r}",
            "",
            "# (region, environment) -> base URL, from the document's `servers` (empty when it names none).",
            f"SERVERS: Final[dict[tuple[str, str], str]] = {pprint.pformat(servers, width=100)}",
            "# Every server URL in the document's order; the first is the default base URL.",
            f"SERVER_URLS: Final[tuple[str, ...]] = {tuple(url for url, _, _ in document.servers)!r}",
            f"DEFAULT_BASE_URL: Final[str | None] = {default_url!r}",
            f"DEFAULT_REGION: Final[str | None] = {default_region!r}",
            f"DEFAULT_ENVIRONMENT: Final[str | None] = {default_environment!r}",
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


# klarna_payments/_iterators.py


def iterators_module(document: Document) -> str:
    """Source of `klarna_payments/_iterators.py`: per tag, the mixins of its resource classes
    with an iterator over every item of each paginated operation (`iter_payouts`)."""
    by_tag: dict[str, list[tuple[Operation, dict[str, Any]]]] = {}
    tags = []
    for op in document.operations():
        tag = op.resource
        tags.append(tag)
        if (paging := document.pagination(op)) is not None:
            by_tag.setdefault(tag, []).append((op, paging))
    models = sorted({paging["item_model"] for listed in by_tag.values() for _, paging in listed})
    classes = []
    for tag in dict.fromkeys(tags):
        for prefix, iterator, runner in (("", "Iterator", "iterate"), ("Async", "AsyncIterator", "aiterate")):
            methods = [
                f"    def {paging['method']}(self, **query: Any) -> {iterator}[{paging['item_model']}]:\n"
                f'        """Every item of ``{op.name}`` across its pages, each fetched when the last is\n'
                f'        used up; the keywords are ``{op.name}``\'s (``{paging["offset"]}``: where to start)."""\n'
                f"        return _pagination.{runner}(self, {op.name!r}, query)\n"
                for op, paging in by_tag.get(tag, [])
            ]
            about = f'    """The iterators of `{tag}`{"" if methods else " (none: no operation of it paginates)"}."""\n'
            classes.append(f"class {prefix}{ClassName(tag, FIELD_PREFIX)}Iterators:\n{about}\n" + "\n".join(methods))
    imports = "".join(f"    from .models import {name}\n" for name in models)
    return (
        '"""Iterators over every item of the paginated operations (`x-klarna-pagination`), as mixins\n'
        "of the resource classes. Generated from openapi.yaml by `make generate`.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from collections.abc import AsyncIterator, Iterator\n"
        "from typing import TYPE_CHECKING, Any\n\n"
        "from . import _pagination\n\n"
        + (f"if TYPE_CHECKING:\n{imports}\n" if imports else "")
        + "\n"
        + "\n\n".join(classes)
    )


# klarna_payments/params.py


def _annotation(document: Document, prop: Any, pointer: str) -> str:
    prop = unwrap(prop)
    node = document.resolve(prop)
    _, nullable = json_type(node, pointer)
    if (model := document.model_of(prop, pointer)) is not None:
        annotation = f"{document.class_name(model)}Param"
    elif node.get("enum"):
        annotation = f"Literal[{', '.join(repr(value) for value in node['enum'] if value is not None)}]"
    elif json_type(node, pointer)[0] == "array":
        annotation = f"Sequence[{_annotation(document, node.get('items', {}), f'{pointer}/items')}]"
    else:
        annotation = JSON_TYPES.get(json_type(node, pointer)[0] or "", "object")
    return f"{annotation} | None" if nullable else annotation


def _docstring(text: str, indent: str) -> str:
    lines = [line.rstrip() for line in text.strip().replace('"""', "'''").replace("\\", "\\\\").splitlines()]
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""\n'
    body = "\n".join(f"{indent}{line}" if line else "" for line in lines)
    return f'{indent}"""\n{body}\n{indent}"""\n'


def _typed_dict(document: Document, schema_name: str) -> str:
    pointer = f"#/components/schemas/{schema_name}"
    schema = document.schemas[schema_name]
    properties, required_keys = document.object_schema(schema, pointer)
    name = f"{document.class_name(schema_name)}Param"
    required = set(required_keys)
    entries = []
    for key, prop in properties.items():
        node = document.resolve(unwrap(prop))
        if node.get("readOnly"):
            continue
        annotation = _annotation(document, prop, f"{pointer}/properties/{key}")
        description = node.get("description")
        if document.is_deprecated(prop):
            description = _deprecated_text(description, "a body that sends it warns")
        entries.append((key, f"Required[{annotation}]" if key in required else annotation, description))
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
