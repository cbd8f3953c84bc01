"""Request bodies, checked against the document and encoded, before anything is sent.

A body is the operation's model or a plain dict (a `params` TypedDict at type-checking time).
Either way the JSON it becomes is checked once, by `body_problems`: every missing required
field, unknown field (with the documented name it is closest to), read-only field, `null` for a
field that is not nullable, value outside a request enum, and nested value that is not an
object (or list of objects), or container where a scalar belongs, is named with its path,
`order_lines[3].name`. Scalar types and formats are left to the type checker (the TypedDicts),
to the order-rule check (`preflight`: amounts are integers) and to Klarna. A dict is sent as it
is; it is not converted to a model and back, which on a 1000-line order would cost more than
the HTTP call. Fields the document does not know yet go in `extra_body`, on purpose.

Enums the project added beyond Klarna's own document (`x-klarna-added-enum` in openapi.yaml:
`order_lines[].type`) stay `Literal`s for type checkers but are not refused at run time: an
unlisted value is sent, with a WARNING.
"""

from __future__ import annotations

import difflib
import enum
import json
from collections.abc import Mapping
from typing import Any, Final

import attrs

from . import models, preflight
from ._logs import body_warnings, preflight_warnings
from ._schema import Field, Operation
from ._spec import MODELS
from .errors import OrderRuleError, printable

# Per model: its documented fields, those that hold objects or lists, the scalar ones, the enum
# fields (closed ones refuse other values, open ones warn), the read-only and the nullable ones.
_KNOWN: Final = {name: frozenset(model.fields) for name, model in MODELS.items()}
_NESTED: Final = {
    name: frozenset(key for key, field in model.fields.items() if field.model or field.type == "array")
    for name, model in MODELS.items()
}
_SCALARS: Final = {
    name: frozenset(
        key for key, field in model.fields.items() if field.type in ("string", "integer", "number", "boolean")
    )
    for name, model in MODELS.items()
}
_ENUMS: Final = {
    name: tuple(
        (key, frozenset(field.enum)) for key, field in model.fields.items() if field.enum and field.type != "array"
    )
    for name, model in MODELS.items()
}
_READ_ONLY: Final = {
    name: frozenset(key for key, field in model.fields.items() if field.read_only) for name, model in MODELS.items()
}
_NULLABLE: Final = {
    name: frozenset(key for key, field in model.fields.items() if field.nullable) for name, model in MODELS.items()
}
_CONTAINERS: Final = frozenset({dict, list, tuple})
_VALUE_LIMIT = 60
MAX_DEPTH: Final = 64  # of `extra_body` values; Klarna's own bodies nest four levels


NO_EXTRA_BODY: Final[Mapping[str, object]] = {}


def _shown(value: object) -> str:
    return printable(repr(value), _VALUE_LIMIT)


def _unknown(path: str, name: object, known: frozenset[str]) -> str:
    shown = printable(str(name), _VALUE_LIMIT)
    close = difflib.get_close_matches(str(name), known, n=1, cutoff=0.75) if isinstance(name, str) else []
    hint = f" (did you mean {close[0]}?)" if close else " (send it with extra_body= if Klarna accepts it)"
    return f"{path}{shown}: unknown field{hint}"


def body_problems(model: str, data: Mapping[str, Any], path: str = "", warnings: list[str] | None = None) -> list[str]:
    """Every problem of `data` as the JSON of a `model`, in body order, each starting with its path.

    Values outside an open (project-added) enum go to `warnings` instead.
    """
    spec = MODELS[model]
    problems = [f"{path}{name}: required field missing" for name in sorted(spec.required - data.keys())]
    known, read_only, nested, enums = _KNOWN[model], _READ_ONLY[model], _NESTED[model], dict(_ENUMS[model])
    scalars, nullable = _SCALARS[model], _NULLABLE[model]
    for name, value in data.items():
        where = f"{path}{printable(str(name), _VALUE_LIMIT)}"
        if name not in known:
            problems.append(_unknown(path, name, known))
        elif name in read_only:
            problems.append(f"{where}: read-only (only Klarna sends it)")
        elif value is None:
            if name not in nullable:
                problems.append(f"{where}: null is not allowed (leave the field out instead)")
        elif name in enums:
            problems += _enum_problems(spec.fields[name], enums[name], value, where, warnings)
        elif name in nested:
            problems += _nested_problems(spec.fields[name], value, where, warnings)
        elif name in scalars and type(value) in _CONTAINERS:
            problems.append(f"{where}: must be a {spec.fields[name].type}, not {type(value).__name__}")
    return problems


def _enum_problems(
    field: Field, allowed: frozenset[str], value: object, where: str, warnings: list[str] | None
) -> list[str]:
    if isinstance(value, enum.Enum):
        value = value.value
    if not isinstance(value, str):
        return [f"{where}: must be one of {field.enum}, not {type(value).__name__}"]
    if value in allowed:
        return []
    if field.open_enum:
        if warnings is not None:
            warnings.append(f"{where}: {_shown(value)} is not one of {field.enum} (sent as it is)")
        return []
    return [f"{where}: {_shown(value)} is not one of {field.enum}"]


def _nested_problems(field: Field, value: object, where: str, warnings: list[str] | None) -> list[str]:
    if field.type != "array":
        assert field.model is not None
        return _object_problems(field.model, value, where, warnings)
    if not isinstance(value, list | tuple):
        return [f"{where}: must be a list, not {type(value).__name__}"]
    if field.model:
        return _items_problems(field.model, value, where, warnings)
    if not field.enum:
        return [
            f"{where}[{i}]: must be a {field.item_type}, not {type(item).__name__}"
            for i, item in enumerate(value)
            if type(item) in _CONTAINERS or item is None
        ]
    allowed = frozenset(field.enum)
    return [
        problem
        for i, item in enumerate(value)
        for problem in _enum_problems(field, allowed, item, f"{where}[{i}]", warnings)
    ]


def _items_problems(
    model: str, items: list[Any] | tuple[Any, ...], where: str, warnings: list[str] | None
) -> list[str]:
    """The problems of a list of `model` objects. The common case stays cheap (a 1000-line order
    is checked on every call): a plain dict of documented keys with its required ones, no
    read-only key, nothing nested, no null and no container value, and allowed enum values is
    passed in a few C-level operations; anything else gets `body_problems`, which names what is
    wrong (or warns)."""
    known, required, read_only, nested = _KNOWN[model], MODELS[model].required, _READ_ONLY[model], _NESTED[model]
    enums = _ENUMS[model]
    problems: list[str] = []
    for index, item in enumerate(items):
        if (
            type(item) is dict
            and known >= item.keys() >= required
            and read_only.isdisjoint(item)
            and nested.isdisjoint(item)
            and _CONTAINERS.isdisjoint(map(type, item.values()))
            and None not in item.values()
        ):
            for key, allowed in enums:
                value = item.get(key)
                if value is not None and (type(value) is not str or value not in allowed):
                    break
            else:
                continue
        problems += _object_problems(model, item, f"{where}[{index}]", warnings)
    return problems


def _object_problems(model: str, value: object, path: str, warnings: list[str] | None) -> list[str]:
    if isinstance(value, Mapping):
        return body_problems(model, value, f"{path}.", warnings)
    if type(value).__name__ == model and callable(getattr(value, "to_dict", None)):
        return body_problems(model, _model_json(value, model, path), f"{path}.", warnings)
    return [f"{path}: must be an object, not {type(value).__name__}"]


def _model_json(model: Any, name: str, path: str = "") -> dict[str, Any]:
    """`model.to_dict()`, with a value the model's own types cannot encode named by its path
    (a plain string where a request enum member belongs: `OrderLine(type_="subscription")`)."""
    try:
        data: dict[str, Any] = model.to_dict()
    except (AttributeError, TypeError, ValueError) as error:
        problems = model_problems(model, name, path)
        raise ValueError("; ".join(problems) or f"{path or name}: cannot be encoded ({error})") from None
    return data


def model_problems(model: Any, name: str, path: str = "") -> list[str]:
    """Values in a model's typed fields that its `to_dict` cannot encode, by path."""
    spec = MODELS[name]
    json_names = {python: key for key, python in spec.python_names.items()}
    problems = []
    for attribute in attrs.fields(type(model)):
        key = json_names.get(attribute.name, attribute.name)
        field = spec.fields.get(key)
        value = getattr(model, attribute.name)
        if field is None or value is None or type(value).__name__ == "Unset":
            continue
        where = f"{path}{'.' if path else ''}{key}"
        values = value if isinstance(value, list | tuple) else [value]
        for index, item in enumerate(values):
            at = f"{where}[{index}]" if isinstance(value, list | tuple) else where
            if field.enum and not isinstance(item, enum.Enum):
                problems.append(f"{at}: {_shown(item)} is not one of {field.enum}")
            elif field.model and type(item).__name__ == field.model:
                problems += model_problems(item, field.model, at)
    return problems


def _depth_problem(value: object, where: str) -> str | None:
    """A problem when `value` nests deeper than MAX_DEPTH (checked without recursion)."""
    pending: list[tuple[object, int]] = [(value, 1)]
    while pending:
        current, depth = pending.pop()
        if depth > MAX_DEPTH:
            return f"{where}: nests deeper than {MAX_DEPTH} levels"
        if isinstance(current, Mapping):
            pending += [(child, depth + 1) for child in current.values()]
        elif isinstance(current, list | tuple):
            pending += [(child, depth + 1) for child in current]
    return None


def _encode_model(value: object) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# httpx's own JSON settings (compact, UTF-8), plus NaN and Infinity refused: they are not JSON.
_encode_json: Final = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_encode_model
).encode


def request_body(
    operation: Operation, body: object, *, check_rules: bool, extra_body: Mapping[str, object] = NO_EXTRA_BODY
) -> bytes:
    """The JSON bytes of `body` for `operation`, after the checks above and the order rules, with
    `extra_body`'s fields added (unchecked: fields the document does not know yet)."""
    model = operation.body
    assert model is not None
    model_class = getattr(models, model)
    data: Mapping[str, Any]
    if isinstance(body, model_class):
        try:
            data = _model_json(body, model)
        except ValueError as error:
            raise ValueError(f"{operation.name}: invalid body: {error}") from None
    elif isinstance(body, Mapping):
        data = body
    else:
        raise TypeError(f"{operation.name}: body must be a {model} or a dict, not {type(body).__name__}")
    warnings: list[str] = []
    problems = body_problems(model, data, "", warnings)
    if not isinstance(extra_body, Mapping):
        problems.append(f"extra_body: must be a mapping, not {type(extra_body).__name__}")
    else:
        for key, value in extra_body.items():
            if not isinstance(key, str) or not key:
                problems.append(f"extra_body: {_shown(key)} is not a field name")
            elif (deep := _depth_problem(value, f"extra_body.{printable(key, _VALUE_LIMIT)}")) is not None:
                problems.append(deep)
    if problems:
        raise ValueError(f"{operation.name}: invalid body: {'; '.join(problems)}")
    if warnings:
        body_warnings(operation, warnings)
    if check_rules and (check := preflight.CHECKS.get(MODELS[model].schema)) is not None:
        found = check(data)
        errors = [problem for problem in found if problem.severity == "error"]
        if errors:
            raise OrderRuleError(operation.name, errors)
        preflight_warnings(operation, (problem for problem in found if problem.severity == "warning"))
    if extra_body:
        data = {**data, **extra_body}
    try:
        return _encode_json(data).encode()
    except RecursionError:
        raise ValueError(f"{operation.name}: invalid body: it nests too deeply to encode") from None
    except (TypeError, ValueError) as error:
        raise ValueError(f"{operation.name}: body is not JSON-serializable: {error}") from None
