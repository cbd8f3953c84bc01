"""Response bodies decoded into models, leniently: a success is never turned into a crash.

Klarna adds fields and enum values over time, and a gateway may mangle what it passes on. So,
in a body the document describes:

- `null` for an optional field is the field absent (`UNSET`), unless the field is nullable;
- an optional field whose value does not fit its type or its format (a number where a string
  belongs, `"expires_at": "not a date"`, an object that lacks its own required fields) is left
  out of the typed attribute and kept, as sent, in the model's `additional_properties` under
  its name (so `to_dict()` gives it back unchanged);
- unknown fields go to `additional_properties`, unknown enum values stay plain strings (the
  generated models type response enums as `<Enum> | str`);
- only a body that is not a JSON object, or whose required fields are missing or of the
  wrong type, cannot be decoded: `DecodeProblem` says why, and the caller raises
  `ResponseValidationError` (Klarna executed the call all the same).

Nothing here raises `KeyError`, `TypeError`, `RecursionError` or `JSONDecodeError` to a caller:
a model that still cannot be built from the cleaned body is a `DecodeProblem` too.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Mapping
from typing import Any, Final

from ._schema import Field
from ._spec import MODELS

_JSON_TYPES: Final[dict[str, type | tuple[type, ...]]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
    "array": list,
}


class DecodeProblem(ValueError):
    """Why a body cannot be decoded into its model; `field` is the path of the required field at fault."""

    def __init__(self, what: str, field: str | None = None) -> None:
        super().__init__(f"required field {field!r} {what}" if field else what)
        self.what, self.field = what, field


class _Digits(str):
    """An integer of more digits than Python converts (4300), kept as its digits: not a string
    Klarna sent, so it never passes for one."""


def _integer(text: str) -> int | str:
    try:
        return int(text)
    except ValueError:
        return _Digits(text)


# A required string longer than this (and than its schema's maxLength, if larger) is not an
# answer to use: Klarna's longest, a client token, is a few kilobytes.
MAX_REQUIRED_STRING: Final = 16_384


def _unusable_string(field: Field, value: str) -> str | None:
    """Why a required string cannot be used as its value (an empty id, say), or None."""
    if isinstance(value, _Digits):
        return f"is a number of {len(value)} digits, not a string"
    if field.min_length and len(value) < field.min_length:
        # The document's minLength (every id has 1): an empty id names nothing.
        return "is empty" if not value else f"is shorter than {field.min_length} characters"
    if len(value) > max(MAX_REQUIRED_STRING, field.max_length or 0):
        return f"is {len(value)} characters long"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "is not valid Unicode (a lone surrogate)"
    return None


_decoder: Final = json.JSONDecoder(parse_int=_integer)


def parse_json(content: bytes) -> Any:
    """The JSON value of a body, or DecodeProblem saying what is wrong with it."""
    if not content.strip():
        raise DecodeProblem("the body is empty")
    try:
        return _decoder.decode(content.decode(json.detect_encoding(content)))
    except RecursionError:
        raise DecodeProblem("the body nests deeper than the JSON parser allows") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise DecodeProblem(f"the body is not valid JSON ({error})") from None


def _parses(parse: Callable[[str], object]) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        try:
            parse(text)
        except (ValueError, TypeError):
            return False
        return True

    return check


# What the generated models parse (date-time, date, uuid) must parse; uri and email are kept
# as strings by the models, and checked only for their one unmistakable part.
_FORMATS: Final[dict[str, Callable[[str], bool]]] = {
    "date-time": _parses(datetime.datetime.fromisoformat),
    "date": _parses(datetime.date.fromisoformat),
    "uuid": _parses(lambda text: _uuid_class()(text)),
    "uri": lambda text: ":" in text,
    "email": lambda text: "@" in text,
}


def fits_format(format_: str, text: str) -> bool:
    """Whether `text` is of `format_` as decoding checks it (a format it does not check fits)."""
    check = _FORMATS.get(format_)
    return check is None or check(text)


def _uuid_class() -> type:
    import uuid  # on the first uuid value (the models import it too): not at `import klarna_payments`

    return uuid.UUID


def _fits(field: Field, value: Any, kind: str | None = None) -> bool:
    kind = field.type if kind is None else kind
    expected = _JSON_TYPES.get(kind or "")
    if expected is None:
        return True
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False
    if not isinstance(value, expected):
        return False
    if isinstance(value, str) and field.format is not None and field.format in _FORMATS:
        return _FORMATS[field.format](value)
    return True


# (attribute path to a nested model, JSON name, the value as sent): a value put aside
Displaced = tuple[tuple[str | int, ...], str, Any]


def _clean(model: str, data: Mapping[str, Any], path: tuple[str | int, ...], aside: list[Displaced]) -> dict[str, Any]:
    """`data` with what the typed attributes cannot hold put `aside`; DecodeProblem for a
    required field that is missing or does not fit."""
    spec = MODELS[model]
    missing = spec.required - data.keys()
    if missing:
        raise DecodeProblem("is missing", sorted(missing)[0])
    clean: dict[str, Any] = {}
    for key, value in data.items():
        field = spec.fields.get(key)
        if field is None:
            clean[key] = value  # unknown: the generated model keeps it in additional_properties
            continue
        attribute = spec.python_names.get(key, key)
        if value is None and field.nullable:
            clean[key] = None
            continue
        try:
            if value is None or not _fits(field, value):
                raise DecodeProblem(f"is {_json_kind(value)}, not {_a(field.type)}")
            if key in spec.required and isinstance(value, str) and (unusable := _unusable_string(field, value)):
                raise DecodeProblem(unusable)
            if field.type == "object" and field.model:
                value = _clean(field.model, value, (*path, attribute), aside)
            elif field.type == "array" and field.item_type is not None:
                value = _clean_items(field, value, (*path, attribute), aside)
        except DecodeProblem as problem:
            if key in spec.required:
                raise DecodeProblem(problem.what, _joined(key, problem.field)) from None
            if value is not None:
                aside.append((path, key, value))
            continue
        clean[key] = value
    return clean


def _clean_items(field: Field, items: list[Any], path: tuple[str | int, ...], aside: list[Displaced]) -> list[Any]:
    cleaned = []
    for index, item in enumerate(items):
        try:
            if not _fits(field, item, field.item_type):
                raise DecodeProblem(f"is {_json_kind(item)}, not {_a(field.item_type)}")
            cleaned.append(_clean(field.model, item, (*path, index), aside) if field.model else item)
        except DecodeProblem as problem:
            raise DecodeProblem(problem.what, _joined(f"[{index}]", problem.field)) from None
    return cleaned


def _joined(key: str, inner: str | None) -> str:
    if not inner:
        return key
    return f"{key}{inner}" if inner.startswith("[") else f"{key}.{inner}"


def _a(json_type: str | None) -> str:
    return f"{'an' if (json_type or 'x')[0] in 'aeiou' else 'a'} {json_type}"


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    for kind, python_type in (("a boolean", bool), ("a string", str), ("a number", (int, float))):
        if isinstance(value, python_type):
            return kind
    return "an array" if isinstance(value, list) else "an object" if isinstance(value, dict) else type(value).__name__


def decode(model: type[Any], content: bytes) -> Any:
    """The body as an instance of `model` (a model class), or DecodeProblem."""
    return decode_data(model, parse_json(content))


def decode_list(model: type[Any], content: bytes) -> list[Any]:
    """A body that is a JSON array, as a list of `model` instances, or DecodeProblem naming the item."""
    data = parse_json(content)
    if not isinstance(data, list):
        raise DecodeProblem(f"the body is {_json_kind(data)}, not a JSON array")
    items = []
    for index, item in enumerate(data):
        try:
            items.append(decode_data(model, item))
        except DecodeProblem as problem:
            raise DecodeProblem(problem.what, _joined(f"[{index}]", problem.field)) from None
    return items


def decode_data(model: type[Any], data: Any) -> Any:
    """A parsed JSON value (or a success's headers, by property) as an instance of `model` (a model
    class: `Operation.model_classes`), or DecodeProblem. Its schema is `MODELS[model.__name__]`,
    as the nested models' are `MODELS[field.model]`: the tables are keyed by class name."""
    if not isinstance(data, dict):
        raise DecodeProblem(f"the body is {_json_kind(data)}, not a JSON object")  # no field: a whole-body problem
    aside: list[Displaced] = []
    clean = _clean(model.__name__, data, (), aside)
    try:
        instance = model.from_dict(clean)
    except Exception as error:
        raise DecodeProblem(f"the body could not be decoded ({type(error).__name__})") from None
    for path, key, value in aside:
        target = instance
        for step in path:
            target = target[step] if isinstance(step, int) else getattr(target, step)
        target.additional_properties[key] = value
    return instance
