"""DeprecationWarnings for what openapi.yaml marks `deprecated: true`.

An operation, a query or header parameter, a property of a request body: using one warns, once
per thing, naming it (`orders.create_order: body.merchant_reference2 is deprecated by Klarna`),
never a value. The warning points at the caller's line, the first frame outside this package,
so Python's default filters show it in `__main__` and pytest shows it with the test that made
the call, whichever layer was called (a resource method, `with_raw_response`, the functional
layer). The tables say in advance what is deprecated (`Operation.deprecation`,
`Field.deprecated`): a call of an operation with nothing deprecated never reaches this module,
and a body is walked only along the fields that lead to a deprecated one.

`deprecated` is what the generated code decorates a deprecated operation's functions with at
run time, in place of `typing_extensions.deprecated` (which type checkers read, and which the
package does not depend on): it marks the function (`__deprecated__`, as PEP 702's does) and
leaves the warning to the call.
"""

from __future__ import annotations

import functools
import inspect  # loaded already: dataclasses imports it
import warnings
from collections.abc import Callable, Mapping
from types import FrameType
from typing import Any, TypeVar

from ._schema import Deprecation, Operation
from ._spec import MODELS

__all__ = ["call_warnings", "deprecated", "field_warnings", "warn"]

_PACKAGE = __name__.rpartition(".")[0]
FunctionT = TypeVar("FunctionT", bound=Callable[..., Any])


def deprecated(message: str) -> Callable[[FunctionT], FunctionT]:
    """Mark a function deprecated (`__deprecated__`), without wrapping it: the call warns itself."""

    def mark(function: FunctionT) -> FunctionT:
        function.__deprecated__ = message  # type: ignore[attr-defined]
        return function

    return mark


def _outside(frame: FrameType) -> bool:
    name = frame.f_globals.get("__name__", "")
    return not (name == _PACKAGE or name.startswith(_PACKAGE + "."))


def warn(message: str) -> None:
    """A DeprecationWarning attributed to the first frame outside this package: the user's line."""
    frame, level = inspect.currentframe(), 1
    while frame is not None and not _outside(frame):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)


def call_warnings(
    operation: Operation,
    deprecation: Deprecation,
    query: Mapping[str, object] | None,
    header_parameters: Mapping[str, object] | None,
) -> None:
    """Warn for the operation itself and for each deprecated parameter given (None is not given)."""
    if deprecation.operation:
        note = f": {deprecation.note}" if deprecation.note else ""
        warn(f"{deprecation.label} ({operation.method} {operation.path}) is deprecated by Klarna{note}")
    for where, given in (("query", query), ("header", header_parameters)):
        for name in deprecation.parameters:
            if given and given.get(name) is not None:
                warn(f"{deprecation.label}: the {where} parameter {name} is deprecated by Klarna")


def field_warnings(deprecation: Deprecation, model: str, data: Mapping[str, Any]) -> None:
    """Warn for each deprecated field the (checked) JSON body `data` of `model` carries, by its
    path (`body.order_lines[].reference`: one warning for all the items of a list)."""
    used: dict[str, None] = {}
    _collect(model, data, "body.", used)
    for path in used:
        warn(f"{deprecation.label}: {path} is deprecated by Klarna")


def _collect(model: str, data: Mapping[str, Any], path: str, used: dict[str, None]) -> None:
    deprecated_keys, nested = _walk_plan(model)
    for key in deprecated_keys:
        if key in data:
            used[f"{path}{key}"] = None
    for key, child, is_list in nested:
        value = data.get(key)
        at = f"{path}{key}{'[]' if is_list else ''}."
        for item in value if is_list and isinstance(value, list | tuple) else (value,):
            to_dict = getattr(item, "to_dict", None)
            if isinstance(item, Mapping):
                _collect(child, item, at, used)
            elif callable(to_dict):  # a model nested in a dict
                _collect(child, to_dict(), at, used)


@functools.cache
def _walk_plan(model: str) -> tuple[tuple[str, ...], tuple[tuple[str, str, bool], ...]]:
    """(the deprecated fields of `model`, (field, its model, a list?) of the nested fields whose
    model leads to a deprecated field): what a body is walked along, worked out once per model."""
    fields = MODELS[model].fields
    deprecated_keys = tuple(key for key, field in fields.items() if field.deprecated)
    nested = tuple(
        (key, field.model, field.type == "array")
        for key, field in fields.items()
        if field.model is not None and not field.read_only and _leads_to_deprecated(field.model)
    )
    return deprecated_keys, nested


@functools.cache
def _leads_to_deprecated(model: str) -> bool:
    """Whether `model`, or a model it nests (at any depth), has a deprecated field."""
    seen, pending = set(), [model]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        for field in MODELS[name].fields.values():
            if field.deprecated:
                return True
            if field.model is not None:
                pending.append(field.model)
    return False
