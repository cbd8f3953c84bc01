"""The modules `make generate` writes from the document model beside the generator's output.

- `spec_module`: `klarna_payments/_spec.py`, the tables the runtime reads (servers, header
  names, every operation as a constant `_schema.Operation` the generated methods pass to the
  runtime, and every model as `_schema.Model`);
- `params_module`: `klarna_payments/params.py`, a TypedDict per schema a request body can carry;
- `iterators_module`: `klarna_payments/_iterators.py`, per resource, the iterators over every
  item of its paginated operations;
- `handlers_module`: `klarna_payments/testing/_handlers.py`, the fake's stateful handler of each
  operation (a `_operation_<name>` method of one of its mixins in templates/runtime/testing/),
  or None: the document's answer;
- `templates_module`: `klarna_document.jinja`, the model's facts the generator's templates read.

Each gathers its facts from `sdk_document.Document` here and is rendered from its template in
`templates/tables/` (Jinja, like the rest of the generated code); `make generate` formats the
result with ruff.
"""

from __future__ import annotations

import ast
import functools
import keyword
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case
from sdk_document import FIELD_PREFIX, JSON_TYPES, ROOT, Document, DocumentError, Operation, json_type, unwrap
from sdk_view import deprecated_text, generator_view

TABLES = ROOT / "templates" / "tables"
FAKE = ROOT / "templates" / "runtime" / "testing"  # the fake's modules, as copied into the package
HANDLER_PREFIX = "_operation_"  # a fake's method answering the operation named after it
TEMPLATES_MODULE = "klarna_document.jinja"  # the name the generator's templates import it by

__all__ = [
    "TABLES",
    "TEMPLATES_MODULE",
    "fake_handlers",
    "handlers_module",
    "iterators_module",
    "operation_constant",
    "params_module",
    "spec_module",
    "templates_module",
]


def operation_constant(name: str) -> str:
    """The name of an operation's constant in `_spec.py` (`create_order`: `CREATE_ORDER`), which
    the generated methods pass to the runtime."""
    return name.upper()


def _field(fields: dict[str, Any]) -> str:
    """A `_schema.Field(...)` literal: the JSON type, then every other attribute that is set."""
    given = "".join(f", {name}={value!r}" for name, value in fields.items() if name != "type")
    return f"Field({fields['type']!r}{given})"


def _literal_type(values: list[str]) -> str:
    return f"Literal[{', '.join(repr(value) for value in values)}]" if values else "Never"


def _docstring(text: str, indent: str) -> str:
    """`text` as a docstring at `indent` (one line, or its lines between quotes on their own)."""
    lines = [line.rstrip() for line in text.strip().replace('"""', "'''").replace("\\", "\\\\").splitlines()]
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""'
    body = "\n".join(f"{indent}{line}" if line else "" for line in lines)
    return f'{indent}"""\n{body}\n{indent}"""'


@functools.cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TABLES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # Python source, not HTML
    )
    environment.filters.update(
        py=repr,
        py_tuple=lambda values: repr(tuple(values)),
        field=_field,
        literal_type=_literal_type,
        docstring=_docstring,
    )
    return environment


def _render(template: str, **facts: Any) -> str:
    return _environment().get_template(template).render(**facts)


def templates_module(document: Document) -> str:
    """Source of `klarna_document.jinja`, written beside the templates at `make generate`: what
    the templates need of the document model that the generator's endpoint does not carry."""
    keyed = sorted(op.name for op in document.operations() if document.sends_idempotency_key(op))
    checked = sorted(
        op.name for op in document.operations() if (body := document.request_schema(op)) and document.rules(body)
    )
    constants = {op.name: operation_constant(op.name) for op in document.operations()}
    # A Jinja module for Jinja templates: written here, as a template of it would be all escapes.
    return (
        "{# Written by scripts/generate.py from the document model (scripts/sdk_document.py). #}\n"
        f"{{% set KEYED_OPERATIONS = {keyed!r} %}}\n"
        f"{{% set CHECKED_OPERATIONS = {checked!r} %}}\n"
        f"{{% set OPERATION_CONSTANTS = {constants!r} %}}\n"
    )


# klarna_payments/_spec.py


def _operation_facts(document: Document, view: Document, op: Operation, generated: Operation) -> dict[str, Any]:
    body = document.request_schema(op)
    parameter_fields = document.parameter_fields(op)
    responses = {
        status: view.class_name(schema) if schema else None
        for status, schema in view.response_schemas(generated).items()
    }
    body_class = document.class_name(body) if body else None
    return {
        "name": op.name,
        "constant": operation_constant(op.name),
        "resource": op.resource,
        "operation_id": op.operation_id,
        "method": op.method,
        "path": op.path,
        "path_parameters": op.path_parameters,
        "body": body_class,
        "responses": responses,
        # what its `model_classes` function imports from `models`
        "classes": sorted({*([body_class] if body_class else []), *filter(None, responses.values())}),
        "sends_idempotency_key": document.sends_idempotency_key(op),
        "repeatable": document.repeatable(op),
        "creates": op.node.get("x-klarna-creates"),
        "answers": document.answers(op),
        "query_parameters": op.parameter_names("query"),
        "header_parameters": tuple(
            name for name in op.parameter_names("header") if name != document.idempotency_header
        ),
        "header_results": {
            status: {snake_case(name): name for name in answered}
            for status, answered in document.header_results(op).items()
        },
        "byte_responses": document.byte_responses(op),
        "array_responses": document.array_responses(op),
        "pagination": document.pagination(op),
        "deprecation": document.deprecation(op),
        "parameters": {name: field for name, (field, _, _) in parameter_fields.items()},
        "required_parameters": sorted(name for name, (_, required, _) in parameter_fields.items() if required),
        "parameter_python_names": {name: python for name, (_, _, python) in parameter_fields.items() if python != name},
    }


def _model_facts(document: Document, view: Document, schema_name: str) -> dict[str, Any]:
    # The document's own schema (read-only fields included: requests must not carry them), or
    # the view's response copy.
    source = document if schema_name in document.schemas else view
    fields = source.schema_fields(schema_name)
    _, required = source.object_schema(source.schemas[schema_name], f"#/components/schemas/{schema_name}")
    python_names = {key: str(PythonIdentifier(key, FIELD_PREFIX)) for key in fields}
    return {
        "class_name": view.class_name(schema_name),
        "schema": schema_name,
        "required": sorted(required),
        "fields": fields,
        "python_names": {key: python for key, python in python_names.items() if python != key},
        "rules": document.rules(schema_name) if schema_name in document.schemas else None,
    }


def spec_module(document: Document) -> str:
    """Source of `klarna_payments/_spec.py`: the tables the runtime reads."""
    view = Document(generator_view(document), document.config)  # model names as generated (response copies)
    servers = {(region, environment): url for url, region, environment in document.servers if region and environment}
    default_url, default_region, default_environment = (document.servers or [(None, None, None)])[0]
    operations = [
        _operation_facts(document, view, op, generated)
        for op, generated in zip(document.operations(), view.operations(), strict=True)
    ]
    objects = sorted((name for name in view.schemas if view.is_object(view.schemas[name])), key=view.class_name)
    shapes = [
        *(["Deprecation"] if any(op["deprecation"] for op in operations) else []),
        "Field",
        *(["KnownAnswer"] if any(op["answers"] for op in operations) else []),
        "Model",
        "ModelClasses",
        "Operation",
        "Pagination",
    ]
    source = _render(
        "_spec.py.jinja",
        shapes=shapes,
        version=str(document.raw["info"]["version"]),
        idempotency_header=document.idempotency_header,
        correlation_header=document.correlation_header,
        regions=sorted({region for region, _ in servers}),
        environments=sorted({environment for _, environment in servers}),
        servers=servers,
        server_urls=tuple(url for url, _, _ in document.servers),
        default_url=default_url,
        default_region=default_region,
        default_environment=default_environment,
        operations=operations,
        models=[_model_facts(document, view, name) for name in objects],
    )
    _refuse_shadowed_names(source, document)
    return source


def _refuse_shadowed_names(source: str, document: Document) -> None:
    """DocumentError for an operation whose constant is another name of `_spec.py` (an
    operation `servers` would replace the SERVERS table): each module-level name is bound once."""
    bound: set[str] = set()
    for statement in ast.parse(source).body:
        targets = statement.targets if isinstance(statement, ast.Assign) else [getattr(statement, "target", None)]
        names = [target.id for target in targets if isinstance(target, ast.Name)]
        names += [statement.name] if isinstance(statement, ast.FunctionDef | ast.ClassDef) else []
        for name in names:
            if name in bound:
                clash = next((op for op in document.operations() if operation_constant(op.name) == name), None)
                where = f"{clash.pointer}/operationId: " if clash is not None else ""
                raise DocumentError(f"{where}its constant {name} in _spec.py is another name there; rename it")
            bound.add(name)


# klarna_payments/_iterators.py


def iterators_module(document: Document) -> str:
    """Source of `klarna_payments/_iterators.py`: per tag, the mixins of its resource classes
    with an iterator over every item of each paginated operation (`iter_payouts`)."""
    listed: dict[str, list[tuple[Operation, dict[str, Any]]]] = {}
    for op in document.operations():
        found = listed.setdefault(op.resource, [])
        if (paging := document.pagination(op)) is not None:
            found.append((op, {**paging, "constant": operation_constant(op.name)}))
    resources = [
        {"tag": tag, "class_name": str(ClassName(tag, FIELD_PREFIX)), "listed": pages} for tag, pages in listed.items()
    ]
    item_models = sorted({paging["item_model"] for pages in listed.values() for _, paging in pages})
    return _render("_iterators.py.jinja", resources=resources, item_models=item_models)


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


def _body_facts(document: Document, schema_name: str) -> dict[str, Any]:
    """A request schema as its TypedDict: name, docstring and (key, annotation, description)s."""
    pointer = f"#/components/schemas/{schema_name}"
    schema = document.schemas[schema_name]
    properties, required = document.object_schema(schema, pointer)
    entries = []
    for key, prop in properties.items():
        node = document.resolve(unwrap(prop))
        if node.get("readOnly"):
            continue
        annotation = _annotation(document, prop, f"{pointer}/properties/{key}")
        description = node.get("description")
        if document.is_deprecated(prop):
            description = deprecated_text(description, "a body that sends it warns")
        entries.append((key, f"Required[{annotation}]" if key in required else annotation, description))
    return {
        "name": f"{document.class_name(schema_name)}Param",
        "doc": schema.get("description") or f"The `{schema_name}` object of a request body.",
        "entries": entries,
        "identifiers": all(key.isidentifier() and not keyword.iskeyword(key) for key, _, _ in entries),
    }


def params_module(document: Document) -> str:
    """Source of `klarna_payments/params.py`: a TypedDict per schema a request body can carry."""
    names = sorted(document.request_side, key=document.class_name)
    return _render("params.py.jinja", bodies=[_body_facts(document, name) for name in names])


# klarna_payments/testing/_handlers.py


def fake_handlers(fake: Path = FAKE) -> dict[str, tuple[str, str]]:
    """Operation name -> (module, class) of the fake's method `_operation_<name>`, read from the
    fake's modules with `ast` (nothing of them is imported). A method two classes define is a
    ValueError: which one answers would depend on the order of `FakeKlarna`'s bases."""
    found: dict[str, tuple[str, str]] = {}
    for path in sorted(fake.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            for method in node.body:
                if isinstance(method, ast.FunctionDef) and method.name.startswith(HANDLER_PREFIX):
                    name = method.name.removeprefix(HANDLER_PREFIX)
                    if name in found:
                        raise ValueError(
                            f"{path.name}: {node.name}.{method.name} is also {'.'.join(found[name])}.{method.name}"
                        )
                    found[name] = (path.stem, node.name)
    return found


def handlers_module(document: Document, fake: Path = FAKE) -> str:
    """Source of `klarna_payments/testing/_handlers.py`: each operation of the document -> the
    fake's stateful handler of it (`OrdersBehaviour._operation_create_order`), or None where the
    fake has none and answers from the document alone (a new or a foreign document's operation)."""
    handlers = fake_handlers(fake)
    table = {op.name: handlers.get(op.name) for op in document.operations()}
    imports = sorted({handler for handler in table.values() if handler is not None})
    return _render("_handlers.py.jinja", table=table, imports=imports, prefix=HANDLER_PREFIX)
