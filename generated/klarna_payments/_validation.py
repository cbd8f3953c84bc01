"""Request bodies, checked against the document and encoded, before anything is sent.

A body is the operation's model or a plain dict (a `params` TypedDict at type-checking time).
Either way the JSON it becomes is checked once, by `body_problems`: every missing required
field, read-only field, value outside a request enum and nested value that is not an object
(or list of objects) is named with its path, `order_lines[3].name`. Field types and formats
are left to the type checker (the TypedDicts), to the order-rule check (`preflight`: amounts
are integers) and to Klarna. A dict is sent as it is (fields the document does not know
included); it is not converted to a model and back, which on a 1000-line order would cost more
than the HTTP call.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from typing import Any, Final

import attrs

from . import models, preflight
from ._logs import preflight_warnings
from ._schema import Field, Operation
from ._spec import MODELS
from .errors import OrderRuleError

# Per model: the fields that hold objects or lists, the enum fields, and the read-only ones.
_NESTED: Final = {
    name: frozenset(key for key, field in model.fields.items() if field.model or field.type == "array")
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
_VALUE_LIMIT = 60


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _VALUE_LIMIT else text[: _VALUE_LIMIT - 1] + "…"


def body_problems(model: str, data: Mapping[str, Any], path: str = "") -> list[str]:
    """Every problem of `data` as the JSON of a `model`, in body order, each starting with its path."""
    spec = MODELS[model]
    problems = [f"{path}{name}: required field missing" for name in sorted(spec.required - data.keys())]
    read_only, nested, enums = _READ_ONLY[model], _NESTED[model], dict(_ENUMS[model])
    for name, value in data.items():
        where = f"{path}{name}"
        if name in read_only:
            problems.append(f"{where}: read-only (only Klarna sends it)")
        elif value is None:
            continue
        elif name in enums and value not in enums[name]:
            problems.append(f"{where}: {_shown(value)} is not one of {spec.fields[name].enum}")
        elif name in nested:
            problems += _nested_problems(spec.fields[name], value, where)
    return problems


def _nested_problems(field: Field, value: object, where: str) -> list[str]:
    if field.type != "array":
        assert field.model is not None
        return _object_problems(field.model, value, where)
    if not isinstance(value, list | tuple):
        return [f"{where}: must be a list, not {type(value).__name__}"]
    if field.model:
        return _items_problems(field.model, value, where)
    allowed = field.enum or ()
    return [
        f"{where}[{i}]: {_shown(item)} is not one of {allowed}"
        for i, item in enumerate(value)
        if allowed and item not in allowed
    ]


def _items_problems(model: str, items: list[Any] | tuple[Any, ...], where: str) -> list[str]:
    """The problems of a list of `model` objects. The common case stays cheap (a 1000-line order
    is checked on every call): a plain dict with its required keys, no read-only key, nothing
    nested and allowed enum values is passed in a few C-level operations; anything else gets
    `body_problems`, which names what is wrong."""
    required, read_only, nested, enums = MODELS[model].required, _READ_ONLY[model], _NESTED[model], _ENUMS[model]
    problems: list[str] = []
    for index, item in enumerate(items):
        if type(item) is dict and item.keys() >= required and read_only.isdisjoint(item) and nested.isdisjoint(item):
            for key, allowed in enums:
                value = item.get(key)
                if value is not None and value not in allowed:
                    break
            else:
                continue
        problems += _object_problems(model, item, f"{where}[{index}]")
    return problems


def _object_problems(model: str, value: object, path: str) -> list[str]:
    if isinstance(value, Mapping):
        return body_problems(model, value, f"{path}.")
    if type(value).__name__ == model and callable(getattr(value, "to_dict", None)):
        return body_problems(model, _model_json(value, model, path), f"{path}.")
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


def _encode_model(value: object) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# httpx's own JSON settings (compact, UTF-8), plus NaN and Infinity refused: they are not JSON.
_encode_json: Final = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_encode_model
).encode


def request_body(operation: Operation, body: object, *, check_rules: bool) -> bytes:
    """The JSON bytes of `body` for `operation`, after the checks above and the order rules."""
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
    problems = body_problems(model, data)
    if problems:
        raise ValueError(f"{operation.name}: invalid body: {'; '.join(problems)}")
    if check_rules and (check := preflight.CHECKS.get(MODELS[model].schema)) is not None:
        found = check(data)
        errors = [problem for problem in found if problem.severity == "error"]
        if errors:
            raise OrderRuleError(operation.name, errors)
        preflight_warnings(operation, (problem for problem in found if problem.severity == "warning"))
    try:
        return _encode_json(data).encode()
    except (TypeError, ValueError) as error:
        raise ValueError(f"{operation.name}: body is not JSON-serializable: {error}") from None
