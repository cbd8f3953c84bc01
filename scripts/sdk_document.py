"""What the SDK's generator reads from openapi.yaml, in one place: the one model of the document.

- `Document`: the parsed document with its names resolved the way openapi-python-client
  resolves them (class names after `class_overrides`, snake_case operation names), which
  schemas a request can carry and which a response can, the operations and their parameters,
  and every schema as the runtime sees it (`schema_fields`): `$ref`s to any kind of schema
  (a string or enum component is that scalar, not a model), `allOf` of objects merged, 3.0
  `nullable: true` and 3.1 `type: [..., "null"]`, arrays of scalars and of objects, `format`
  and the constraints (lengths, ranges, patterns). A construct it cannot represent is a
  `DocumentError` naming its JSON pointer, never a silently wrong table.
- The generator's view of it is `sdk_view.generator_view`; the modules written from it beside
  the generator's output (`_spec.py`, `params.py`, `_iterators.py`, `klarna_document.jinja`)
  are `sdk_emit`'s.
"""

from __future__ import annotations

import copy
import functools
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
ANSWERS = "x-klarna-answers"  # error answers of an operation that mean more than their status (Klarna's words)
# What each known answer means to the runtime (`_policy.py`, `errors.py`):
# done-earlier: after an attempt that may have been executed, the work was done (a repeated cancel);
# consumed: what the call creates already exists (an authorization used before);
# not-cancellable: the cancel is refused as the authorization was used (AuthorizationNotCancellableError).
ANSWER_MEANINGS = ("done-earlier", "consumed", "not-cancellable")
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

    def answers(self, operation: Operation) -> dict[str, tuple[int, str | None, str]]:
        """What `x-klarna-answers` declares: meaning -> (status, error_code or None, words of the
        message), each a declared 4xx status of the operation. `done-earlier` is for an operation
        with an effect whose repeat is harmless (a DELETE, say): a read never settles; `consumed`
        for one that creates something (`x-klarna-creates`). Anything else is a DocumentError."""
        declared = operation.node.get(ANSWERS)
        if declared is None:
            return {}
        pointer = f"{operation.pointer}/{ANSWERS}"
        if not isinstance(declared, dict):
            raise DocumentError(f"{pointer}: a mapping of meaning to answer, not {type(declared).__name__}")
        found = {}
        for meaning, answer in declared.items():
            where = f"{pointer}/{meaning}"
            if meaning not in ANSWER_MEANINGS:
                raise DocumentError(f"{where}: unknown meaning; one of {', '.join(ANSWER_MEANINGS)}")
            if not isinstance(answer, dict) or set(answer) - {"status", "error_code", "message"}:
                raise DocumentError(f"{where}: a mapping of status, error_code (optional) and message")
            status, code, message = answer.get("status"), answer.get("error_code"), answer.get("message")
            a_status = isinstance(status, int) and not isinstance(status, bool)
            if not a_status or str(status) not in operation.node["responses"]:
                raise DocumentError(f"{where}/status: one of the operation's declared statuses, not {status!r}")
            if not 400 <= status < 500:
                raise DocumentError(f"{where}/status: a 4xx status, not {status}")
            if code is not None and not (isinstance(code, str) and code):
                raise DocumentError(f"{where}/error_code: Klarna's error_code (a string), not {code!r}")
            if not (isinstance(message, str) and message.strip()):
                raise DocumentError(f"{where}/message: words of Klarna's error message, not {message!r}")
            found[meaning] = (status, code, message.strip().lower())
        harmless = operation.method in {"PUT", "DELETE"} or self.repeatable(operation)
        if "done-earlier" in found and not harmless:
            raise DocumentError(
                f"{pointer}/done-earlier: only an operation whose repeat is harmless (a DELETE, or x-klarna-idempotent:"
                f" true) can be settled by an answer; {operation.operation_id} is {operation.method}"
            )
        if "consumed" in found and not operation.node.get("x-klarna-creates"):
            raise DocumentError(f"{pointer}/consumed: only an operation with x-klarna-creates creates something")
        return found

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
