"""Request bodies, checked against the document and encoded, before anything is sent.

A body is the operation's model or a plain dict (a `params` TypedDict at type-checking time).
Either way the JSON it becomes is checked once, by `body_problems`, against the document's
schemas (the tables in `_spec.py`): every missing required field, unknown field (with the
documented name it is closest to), read-only field, `null` for a field that is not nullable,
value of the wrong type, outside a request enum, too short or too long, out of range or not
matching its pattern, and nested value that is not an object (or a list of them), is named with
its path, `order_lines[3].name`. Klarna's rules for the body (sums, tax; `x-klarna-rules` in
the document) follow in `preflight`. A dict is sent as it is; it is not converted to a model
and back, which on a 1000-line order would cost more than the HTTP call. Fields the document
does not know yet go in `extra_body`, on purpose.

The common case is decided first by one loop per model generated from the same tables
(`_loop_source`): a body it passes has no problem `body_problems` would name. For a rule set
with per-line rules (`_line_rules.ORDER_LINES`) the rules run inside that loop, so a long order's
lines are walked once for both; anything the loop does not pass gets the full walk.

Enums the project added beyond Klarna's own document (`x-klarna-added-enum` in openapi.yaml:
`order_lines[].type`) stay `Literal`s for type checkers but are not refused at run time: an
unlisted value is sent, with a WARNING.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from . import _codegen, preflight
from ._decoding import fits_format
from ._line_rules import LineRules
from ._logs import body_warnings, preflight_warnings
from ._schema import Field, Operation
from ._spec import MODELS
from ._text import printable
from .errors import OrderRuleError

_PYTHON_TYPES: Final[dict[str, tuple[type, ...]]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}
_VALUE_LIMIT = 60
MAX_DEPTH: Final = 64  # of `extra_body` values; Klarna's own bodies nest four levels

NO_EXTRA_BODY: Final[Mapping[str, object]] = {}


@functools.cache
def _pattern(pattern: str) -> re.Pattern[str] | None:
    """A document pattern (ECMA-262) as Python's: a final `$` matches only at the very end."""
    try:
        return re.compile(re.sub(r"(?<!\\)\$$", r"\\Z", pattern))
    except re.error:
        return None  # a construct Python lacks: left to Klarna


def _scalar_problem(field: Field, kind: str | None, value: object, *, secret: bool = False) -> str | None:
    """What is wrong with `value` as a scalar of `kind` under `field`'s constraints, if anything
    (`secret`: said without the value, or its length)."""
    expected = _PYTHON_TYPES.get(kind or "")
    if expected is None:
        return None
    if not isinstance(value, expected) or (isinstance(value, bool) and kind != "boolean"):
        article = "an" if kind == "integer" else "a"
        return f"must be {article} {kind}, not {type(value).__name__}"
    if isinstance(value, str):
        length = "" if secret else f", not {len(value)}"
        if field.min_length is not None and len(value) < field.min_length:
            if not value:
                return "must not be empty"
            return f"must be at least {field.min_length} characters long{length}"
        if field.max_length is not None and len(value) > field.max_length:
            return f"must be at most {field.max_length} characters long{length}"
        compiled = _pattern(field.pattern) if field.pattern is not None else None
        if compiled is not None and compiled.search(value) is None:
            return f"does not match {field.pattern}" if secret else f"{_shown(value)} does not match {field.pattern}"
    elif not isinstance(value, bool):
        number: float = value  # type: ignore[assignment]
        given = "" if secret else f", not {_number(number)}"
        if field.minimum is not None and number < field.minimum:
            return f"must be at least {_number(field.minimum)}{given}"
        if field.maximum is not None and number > field.maximum:
            return f"must be at most {_number(field.maximum)}{given}"
        if field.exclusive_minimum is not None and number <= field.exclusive_minimum:
            return f"must be more than {_number(field.exclusive_minimum)}{given}"
        if field.exclusive_maximum is not None and number >= field.exclusive_maximum:
            return f"must be less than {_number(field.exclusive_maximum)}{given}"
    return None


def _compiled_check(model: str) -> Callable[[Sequence[Any], int], int]:
    """`check(items, start)`: the index of the first of `items[start:]` that needs a closer look
    (-1: none), compiled once per model from its fields in the document.

    An item passes when it is a plain dict of documented request fields with every required one,
    every value of its field's type, within its bounds and enum, and nested objects and lists of
    objects passing their own model's check. Anything else (an unknown or read-only field, an
    unlisted value of an open enum, a model instance, a wrong value) is left to `body_problems`,
    which names it or warns. A 1000-line order is checked on every call, so the test is one
    generated loop with the fields' tests inlined (as attrs and dataclasses generate their
    methods): each present field is counted, and an item holding more fields than were counted
    has one the fast path does not take.
    """
    function: Callable[[Sequence[Any], int], int] = _compile(_loop_source(model), "check", f"check {model}")
    return function


def _loop_source(
    model: str, *, skip: str | None = None, rules: LineRules | None = None
) -> tuple[list[str], dict[str, Any]]:
    """The source of `check` (see `_compiled_check`) and its constants. `skip`: a list field
    whose items are not walked (another pass walks them). `rules`: a rule set's per-line
    statements run for each item that passes, which makes the function `check(items, start,
    *context)` returning `(index, sums)`."""
    spec = MODELS[model]
    constants: dict[str, Any] = {"_nested_check": _nested_check}
    reads = set(rules.reads) if rules else set()
    statements: list[str] = []
    if rules is not None:
        statements, rule_constants = rules.statements()
        constants.update(rule_constants)
    failed = "return index, None" if rules else "return index"
    body = []
    for index, (key, field) in enumerate(spec.fields.items()):
        test = None if field.read_only else _value_test(field, f"c{index}", constants, walk=key != skip)
        if test is None:
            continue  # present, it is counted nowhere: the item goes to body_problems
        value = f"line_{key} = v" if key in reads else "v"  # a value the rules read keeps a name
        if key in spec.required:
            body += [f"{value} = item[{key!r}]", f"if not ({test}): {failed}"]
        else:
            body += [
                f"if {key!r} in item:",
                "    n += 1",
                f"    {value} = item[{key!r}]",
                f"    if not ({test}): {failed}",
            ]
    required = sum(1 for key in spec.required if key in spec.fields)
    unset = [f"line_{key} = None" for key in (rules.reads if rules else ()) if key not in spec.required]
    lines = [
        f"def check(seq, start{''.join(', ' + name for name in rules.context) if rules else ''}):",
        *(f"    {name} = 0" for name in (rules.sums if rules else ())),
        "    for index in range(start, len(seq)):",
        "        item = seq[index]",
        f"        if item.__class__ is not dict: {failed}",
        *(f"        {line}" for line in unset),
        "        try:",
        f"            n = {required}",
        *(f"            {line}" for line in body),
        "        except KeyError:",
        f"            {failed}",
        f"        if len(item) != n: {failed}",
        *(f"        {line}" for line in statements),
        f"    return -1{', (' + ', '.join(rules.sums) + ',)' if rules else ''}",
    ]
    return lines, constants


def _compile(source: tuple[list[str], dict[str, Any]], name: str, what: str) -> Any:
    """The function `name` defined by `source` (lines and the constants they use), compiled
    under a file name that says `what` it checks (`_codegen`)."""
    lines, constants = source
    return _codegen.define(name, "\n".join(lines), what, constants)


@functools.cache
def _check_skipping(model: str, field: str) -> Callable[[Sequence[Any], int], int]:
    """`_compiled_check` of `model` that leaves the items of the list `field` to another pass."""
    source = _loop_source(model, skip=field)
    function: Callable[[Sequence[Any], int], int] = _compile(source, "check", f"check {model} but {field}")
    return function


def _nested_check(model: str) -> Callable[[Sequence[Any], int], int]:
    """The compiled check of a nested model, made when first called (a model may contain itself)."""
    return lambda items, start: _plan(model).check(items, start)


def _value_test(field: Field, name: str, constants: dict[str, Any], *, walk: bool = True) -> str | None:
    """The inline condition for one field's value `v`, its constants registered under `name`
    (None: the fast path does not take the field). `walk=False`: a list's items are not checked."""
    test = _typed_test(field, name, constants, walk)
    if test is not None and field.nullable:
        return f"v is None or {test}"
    return test


def _typed_test(field: Field, name: str, constants: dict[str, Any], walk: bool = True) -> str | None:
    if field.enum and field.type != "array":
        constants[name] = frozenset(field.enum)
        return f"(v.__class__ is str and v in {name})"
    if field.model is not None:
        constants[name] = _nested_check(field.model)
        if field.type != "array":
            return f"(v.__class__ is dict and {name}((v,), 0) < 0)"
        sizes = _bounds("len(v)", field.min_items, field.max_items)
        return f"(v.__class__ is list{sizes} and {name}(v, 0) < 0)" if walk else f"(v.__class__ is list{sizes})"
    if field.type == "string":
        parts = ["v.__class__ is str", *_string_bounds(field)]
        compiled = _pattern(field.pattern) if field.pattern is not None else None
        if compiled is not None:
            constants[name] = compiled
            parts.append(f"{name}.search(v) is not None")
        return "(" + " and ".join(parts) + ")"
    if field.type in ("integer", "number"):
        kind = "v.__class__ is int" if field.type == "integer" else "(v.__class__ is int or v.__class__ is float)"
        exclusive = [
            f"v {operator} {_literal(bound)}"
            for bound, operator in ((field.exclusive_minimum, ">"), (field.exclusive_maximum, "<"))
            if bound is not None
        ]
        return "(" + " and ".join([kind + _bounds("v", field.minimum, field.maximum), *exclusive]) + ")"
    if field.type == "boolean":
        return "v.__class__ is bool"
    if field.type is None or field.type == "object":
        return "True"  # any JSON value, a free-form object: body_problems takes them as they are
    return None  # a list of scalars: body_problems checks it


def _string_bounds(field: Field) -> list[str]:
    bounds = _bounds("len(v)", field.min_length or None, field.max_length)
    return [bounds.removeprefix(" and ")] if bounds else []


def _bounds(value: str, low: float | None, high: float | None) -> str:
    """` and low <= value <= high` (either side may be absent), literals as ints where whole."""
    if low is not None and high is not None:
        return f" and {_literal(low)} <= {value} <= {_literal(high)}"
    if low is not None:
        return f" and {value} >= {_literal(low)}"
    if high is not None:
        return f" and {value} <= {_literal(high)}"
    return ""


def _literal(bound: float) -> str:
    # An int compared with an int is cheaper than with a float, and exact beyond 2**53.
    return repr(int(bound)) if float(bound).is_integer() else repr(float(bound))


@dataclass(frozen=True)
class _Plan:
    """What checking one model's bodies needs, worked out once per model on first use."""

    known: frozenset[str]
    required: frozenset[str]
    nested: frozenset[str]  # objects and lists
    scalars: frozenset[str]
    enums: dict[str, frozenset[str]]
    read_only: frozenset[str]
    nullable: frozenset[str]
    check: Callable[[Sequence[Any], int], int]  # the compiled common case (`_compiled_check`)


@functools.cache
def _plan(model: str) -> _Plan:
    fields = MODELS[model].fields
    return _Plan(
        known=frozenset(fields),
        required=MODELS[model].required,
        nested=frozenset(key for key, field in fields.items() if field.model or field.type == "array"),
        scalars=frozenset(key for key, field in fields.items() if field.type in _PYTHON_TYPES and not field.enum),
        enums={key: frozenset(field.enum) for key, field in fields.items() if field.enum and field.type != "array"},
        read_only=frozenset(key for key, field in fields.items() if field.read_only),
        nullable=frozenset(key for key, field in fields.items() if field.nullable),
        check=_compiled_check(model),
    )


def _number(value: float) -> str:
    """A limit or a value as written: 200000000, not 2e+08; 0.5 stays 0.5."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _shown(value: object) -> str:
    return printable(repr(value), _VALUE_LIMIT)


def _unknown(path: str, name: object, known: frozenset[str]) -> str:
    shown = printable(str(name), _VALUE_LIMIT)
    import difflib  # an unknown field is rare: its import waits for one

    close = difflib.get_close_matches(str(name), known, n=1, cutoff=0.75) if isinstance(name, str) else []
    hint = f" (did you mean {close[0]}?)" if close else " (send it with extra_body= if Klarna accepts it)"
    return f"{path}{shown}: unknown field{hint}"


def body_problems(model: str, data: Mapping[str, Any], path: str = "", warnings: list[str] | None = None) -> list[str]:
    """Every problem of `data` as the JSON of a `model`, in body order, each starting with its path.

    Values outside an open (project-added) enum go to `warnings` instead.
    """
    spec, plan = MODELS[model], _plan(model)
    if type(data) is dict and plan.check((data,), 0) < 0:
        return []
    problems = [f"{path}{name}: required field missing" for name in sorted(plan.required - data.keys())]
    for name, value in data.items():
        where = f"{path}{printable(str(name), _VALUE_LIMIT)}"
        if name not in plan.known:
            problems.append(_unknown(path, name, plan.known))
        elif name in plan.read_only:
            problems.append(f"{where}: read-only (only Klarna sends it)")
        elif value is None:
            if name not in plan.nullable:
                problems.append(f"{where}: null is not allowed (leave the field out instead)")
        elif name in plan.enums:
            problems += _enum_problems(spec.fields[name], plan.enums[name], value, where, warnings)
        elif name in plan.nested:
            problems += _nested_problems(spec.fields[name], value, where, warnings)
        elif name in plan.scalars and (problem := _scalar_problem(spec.fields[name], spec.fields[name].type, value)):
            problems.append(f"{where}: {problem}")
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
    problems = []
    if field.min_items is not None and len(value) < field.min_items:
        problems.append(f"{where}: must hold at least {field.min_items} items, not {len(value)}")
    if field.max_items is not None and len(value) > field.max_items:
        problems.append(f"{where}: must hold at most {field.max_items} items, not {len(value)}")
    if field.model:
        return problems + _items_problems(field.model, value, where, warnings)
    if field.enum:
        allowed = frozenset(field.enum)
        return problems + [
            problem
            for i, item in enumerate(value)
            for problem in _enum_problems(field, allowed, item, f"{where}[{i}]", warnings)
        ]
    for index, item in enumerate(value):
        problem = "null is not allowed" if item is None else _scalar_problem(field, field.item_type, item)
        if problem:
            problems.append(f"{where}[{index}]: {problem}")
    return problems


def _items_problems(model: str, items: Sequence[Any], where: str, warnings: list[str] | None) -> list[str]:
    """The problems of a list of `model` objects: the items the compiled check passes need
    nothing more (a 1000-line order is checked on every call); `body_problems` says what is
    wrong with (or warns about) each of the others."""
    check = _plan(model).check
    problems: list[str] = []
    index = check(items, 0)
    while index >= 0:
        problems += _object_problems(model, items[index], f"{where}[{index}]", warnings)
        index = check(items, index + 1)
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
    import attrs  # loaded with the models already

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
    if isinstance(value, Mapping):  # a Mapping that is not a dict (MappingProxyType): the checks took it
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# httpx's own JSON settings (compact, UTF-8), plus NaN and Infinity refused: they are not JSON.
# No check for cycles (a dict per line and list, about 5 % of encoding a 1000-line order): the
# checks above walk the body's objects and bound `extra_body`'s depth, and a cycle that got past
# them still ends in RecursionError, which `request_body` reports as a body nesting too deeply.
_encode_json: Final = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False, default=_encode_model
).encode


def _lines_passing(model: str, data: Mapping[str, Any], rules: preflight.RuleSet | None) -> tuple[int, ...] | None:
    """The sums of a body's lines when every line passes its documented checks and its rule set's
    line rules, in one generated pass (`_loop_source`); None when some line needs a closer look,
    or the rule set has no line rules."""
    if rules is None or rules.lines is None or rules.context is None or type(data) is not dict:
        return None
    check = _fused_lines_check(model, rules.lines)
    lines = data.get(rules.lines.field)
    if check is None or type(lines) is not list:
        return None
    index, sums = check(lines, 0, **rules.context(data))
    return sums if index < 0 else None


@functools.cache
def _fused_lines_check(model: str, rules: LineRules) -> Callable[..., tuple[int, Any]] | None:
    """The one pass over `model`'s list of lines with `rules` inlined; None when the document
    gives it no such list, or no longer types the fields the rules take as integers as such
    (the rules then check each line themselves)."""
    field = MODELS[model].fields.get(rules.field)
    if field is None or field.model is None or field.type != "array":
        return None
    item_fields = MODELS[field.model].fields
    if any(name not in item_fields or item_fields[name].type != "integer" for name in rules.integers):
        return None
    source = _loop_source(field.model, rules=rules)
    function: Callable[..., tuple[int, Any]] = _compile(source, "check", f"check {field.model} with its rules")
    return function


def _rest_passes(model: str, data: Mapping[str, Any], rules: preflight.RuleSet | None) -> bool:
    """Whether a body whose lines `_lines_passing` passed passes its documented checks elsewhere."""
    assert rules is not None and rules.lines is not None
    return _check_skipping(model, rules.lines.field)((data,), 0) < 0


def request_body(
    operation: Operation,
    body: object,
    *,
    check_rules: bool,
    extra_body: Mapping[str, object] = NO_EXTRA_BODY,
    region: str | None = None,
) -> bytes:
    """The JSON bytes of `body` for `operation`, after the checks above and the order rules (with
    the client's `region` checked against the purchase country), with `extra_body`'s fields added
    (unchecked: fields the document does not know yet)."""
    model, model_class = operation.body, operation.model_classes().body
    assert model is not None and model_class is not None
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
    rules = preflight.RULES[name] if check_rules and (name := MODELS[model].rules) is not None else None
    line_sums = _lines_passing(model, data, rules)
    problems: list[str] = []
    if line_sums is None or not _rest_passes(model, data, rules):
        line_sums = None  # the whole body, the slow way: it names every problem
        problems = body_problems(model, data, "", warnings)
    if not isinstance(extra_body, Mapping):
        problems.append(f"extra_body: must be a mapping, not {type(extra_body).__name__}")
    else:
        for key, value in extra_body.items():
            if not isinstance(key, str) or not key:
                problems.append(f"extra_body: {_shown(key)} is not a field name")
            elif key in MODELS[model].fields:
                # A declared field in extra_body would override the checked one, unchecked.
                problems.append(
                    f"extra_body: {printable(key, _VALUE_LIMIT)} is a field of {model}: set it in the body, "
                    "where it is checked (extra_body is for fields the document does not declare)"
                )
            elif (deep := _depth_problem(value, f"extra_body.{printable(key, _VALUE_LIMIT)}")) is not None:
                problems.append(deep)
    if problems:
        raise ValueError(f"{operation.name}: invalid body: {'; '.join(problems)}")
    if warnings:
        body_warnings(operation, warnings)
    if rules is not None:
        if line_sums is not None and rules.check_with_sums is not None:
            found = rules.check_with_sums(data, line_sums)
        else:
            found = rules.check(data)
        if region is not None:
            found = [*found, *preflight.check_region(data, region)]
        errors = [problem for problem in found if problem.severity == "error"]
        if errors:
            raise OrderRuleError(operation.name, errors)
        preflight_warnings(operation, (problem for problem in found if problem.severity == "warning"))
    if operation.deprecation is not None and operation.deprecation.body:
        from ._deprecation import field_warnings

        field_warnings(operation.deprecation, model, data)
    if extra_body:
        data = {**data, **extra_body}
    try:
        return _encode_json(data).encode()
    except RecursionError:
        raise ValueError(f"{operation.name}: invalid body: it nests too deeply to encode") from None
    except (TypeError, ValueError) as error:
        raise ValueError(f"{operation.name}: body is not JSON-serializable: {error}") from None


# Path, query and header parameters


def parameter_problems(
    operation: Operation,
    path_values: Sequence[object],
    query: Mapping[str, object] | None,
    headers: Mapping[str, object] | None,
) -> list[str]:
    """Every problem of a call's path, query and header parameters, each starting with the
    Python argument it came from (`size: must be at most 500, not 501`): a required one missing
    (None), a value of the wrong type (an int where the document says integer, never a bool),
    outside its enum, length, bounds or pattern, not of its format, a naive datetime, a blank
    path segment. A secret parameter's value is never quoted. An optional None is not sent.

    The common case is decided first by one function per operation generated from the same
    tables (`_parameter_source`), as for bodies: the parameters it passes have no problem."""
    if _parameter_check(operation)(path_values, query or NO_EXTRA_BODY, headers or NO_EXTRA_BODY):
        return []
    return _parameter_walk(operation, path_values, query, headers)


def _parameter_walk(
    operation: Operation,
    path_values: Sequence[object],
    query: Mapping[str, object] | None,
    headers: Mapping[str, object] | None,
) -> list[str]:
    """`parameter_problems` the long way: every parameter given, and every required one."""
    fields, names = operation.parameters, operation.parameter_python_names
    problems: list[str] = []
    for name, value in zip(operation.path_parameters, path_values, strict=True):
        field = fields.get(name)
        if field is not None:
            problems += _parameter_problems(field, value, names.get(name, name), required=True, path=True)
    for given in (query, headers):
        for name, value in (given or NO_EXTRA_BODY).items():
            field = fields.get(name)
            if field is not None:
                required = name in operation.required_parameters
                problems += _parameter_problems(field, value, names.get(name, name), required=required)
    for name in operation.required_parameters:
        if name not in operation.path_parameters and name not in (query or ()) and name not in (headers or ()):
            problems.append(f"{names.get(name, name)}: required parameter missing")
    return problems


_PARAMETER_CHECKS: Final[dict[str, tuple[Operation, Callable[..., bool]]]] = {}


def _parameter_check(operation: Operation) -> Callable[..., bool]:
    """`passes(path_values, query, headers)`, compiled once per operation (see `_parameter_source`)."""
    made = _PARAMETER_CHECKS.get(operation.name)
    if made is not None and made[0] is operation:
        return made[1]
    check: Callable[..., bool] = _compile(_parameter_source(operation), "passes", f"parameters of {operation.name}")
    _PARAMETER_CHECKS[operation.name] = (operation, check)
    return check


def _parameter_source(operation: Operation) -> tuple[list[str], dict[str, Any]]:
    """The source of `passes`: True when every parameter given is of its field's type, within its
    bounds and enum, every required one is given and no path value is blank. A parameter with a
    format or of an array type, and anything else, is left to `parameter_problems`' full walk."""
    constants: dict[str, Any] = {}
    lines = ["def passes(path, query, headers):", f"    if len(path) != {len(operation.path_parameters)}: return False"]
    for index, name in enumerate(operation.path_parameters):
        field = operation.parameters.get(name)
        test = _parameter_test(field, f"p{index}", constants) if field is not None else "True"
        blank = " and v.strip()" if field is not None and field.type == "string" else ""
        lines += [f"    v = path[{index}]", f"    if not ({test or 'False'}{blank}): return False"]
    for where, names in (("query", operation.query_parameters), ("headers", operation.header_parameters)):
        for index, name in enumerate(names):
            field = operation.parameters.get(name)
            if field is None:
                continue
            test = _parameter_test(field, f"{where[0]}{index}", constants) or "False"
            absent = "return False" if name in operation.required_parameters else "pass"
            lines += [f"    v = {where}.get({name!r})", f"    if v is None: {absent}"]
            lines.append(f"    elif not ({test}): return False")
    return [*lines, "    return True"], constants


def _parameter_test(field: Field, name: str, constants: dict[str, Any]) -> str | None:
    """The inline condition for one parameter value `v` (None: only the full walk checks it)."""
    if field.format is not None or field.type == "array":
        return None  # a datetime, a date, a UUID, a list: parameter_problems takes them
    return _typed_test(field, name, constants)


def _parameter_problems(field: Field, value: object, name: str, *, required: bool, path: bool = False) -> list[str]:
    if value is None:
        return [f"{name}: required parameter missing"] if required else []
    if field.type != "array":
        problem = _parameter_value_problem(field, field.type, value)
        if problem is None and path and isinstance(value, str) and not value.strip():
            problem = "must not be blank (the path would name another resource)"
        return [] if problem is None else [f"{name}: {problem}"]
    if not isinstance(value, list | tuple):
        return [f"{name}: must be a list, not {type(value).__name__}"]
    problems = []
    if field.min_items is not None and len(value) < field.min_items:
        problems.append(f"{name}: must hold at least {field.min_items} items, not {len(value)}")
    if field.max_items is not None and len(value) > field.max_items:
        problems.append(f"{name}: must hold at most {field.max_items} items, not {len(value)}")
    for index, item in enumerate(value):
        problem = "null is not allowed" if item is None else _parameter_value_problem(field, field.item_type, item)
        if problem is not None:
            problems.append(f"{name}[{index}]: {problem}")
    return problems


def _parameter_value_problem(field: Field, kind: str | None, value: object) -> str | None:
    """What is wrong with one parameter value (an array's item, or the value), if anything."""
    if isinstance(value, enum.Enum):
        value = value.value
    if kind == "string" and field.format in ("date-time", "date"):
        problem = _date_problem(field, value)
        if problem is not None or not isinstance(value, str):
            return problem
    elif kind == "string" and field.format == "uuid" and type(value).__name__ == "UUID":
        return None
    if field.enum:
        if not isinstance(value, str):
            return f"must be one of {field.enum}, not {type(value).__name__}"
        return None if value in field.enum or field.open_enum else f"{_quoted(field, value)} is not one of {field.enum}"
    problem = _scalar_problem(field, kind, value, secret=field.secret)
    if problem is None and isinstance(value, str) and field.format is not None and not fits_format(field.format, value):
        return f"{_quoted(field, value)} is not a {field.format}"
    return problem


def _quoted(field: Field, value: object) -> str:
    return "the value (a secret: not shown)" if field.secret else _shown(value)


def _date_problem(field: Field, value: object) -> str | None:
    """A date-time must say its offset (a naive one is ambiguous: a report of the wrong day); a
    date is a date, not a datetime."""
    if field.format == "date":
        if isinstance(value, datetime.datetime):
            return "must be a date, not a datetime"
        if isinstance(value, datetime.date):
            return None
        if not isinstance(value, str):
            return f"must be a date or a YYYY-MM-DD str, not {type(value).__name__}"
        return None if fits_format("date", value) else f"{_quoted(field, value)} is not a date (YYYY-MM-DD)"
    if isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            return f"{_quoted(field, value)} is not an ISO 8601 date-time"
        if parsed.utcoffset() is None:
            return f"{_quoted(field, value)} has no UTC offset (end it with Z or +hh:mm)"
        return None
    if not isinstance(value, datetime.datetime):
        return f"must be a datetime or an ISO 8601 str, not {type(value).__name__}"
    if value.utcoffset() is None:
        return "a naive datetime is ambiguous: give it a timezone (tzinfo=datetime.UTC)"
    return None
