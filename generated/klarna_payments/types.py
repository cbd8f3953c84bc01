"""Types shared by the generated models and operations.

This module replaces openapi-python-client's `types.py`: `UNSET` marks an absent field, and
`Response` is what the functional layer's `*_detailed` functions return. The generator's file
upload types are not here: no operation of this API takes a file.
"""

from __future__ import annotations

import enum
import functools
import reprlib
from collections.abc import MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Generic, Literal, TypeVar


class Unset:
    """The type of `UNSET`: a field the JSON did not carry (unlike None, which is JSON's null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # unpickles as this module's singleton


UNSET: Unset = Unset()

T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an operation of the functional layer (`sync_detailed`, `asyncio_detailed`).

    Attributes:
        status_code: The status, an `HTTPStatus` where one exists.
        content: The raw body.
        headers: The response headers.
        parsed: The body as the operation's model for that status; None when it has none, or
            when a success body lacks a usable required field.
        idempotency_key: The ``Klarna-Idempotency-Key`` the request carried, if any.
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    idempotency_key: str | None = None


_bounded = reprlib.Repr()
_bounded.maxlevel, _bounded.maxdict, _bounded.maxlist = 3, 8, 8
_bounded.maxstring, _bounded.maxother = 80, 80


def model_repr(model: Any) -> str:
    """`Order(order_id='…', fraud_status=OrderFraudStatus.ACCEPTED)`: only the fields that are set.

    Fields the document does not know (`additional_properties`) are shown when there are any,
    bounded in depth and length: they hold whatever the server sent.
    """
    import attrs  # loaded with the models already: `import klarna_payments` does without it

    parts = []
    hidden = _secret_attributes(type(model).__name__)
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if field.name == "response_info":
            continue
        if field.name == "additional_properties":
            if value:
                parts.append(f"additional_properties={_bounded.repr(value)}")
        elif field.name in hidden and value is not UNSET:
            parts.append(f"{field.name}='…'")
        elif value is not UNSET:
            shown = f"{type(value).__name__}.{value.name}" if isinstance(value, enum.Enum) else repr(value)
            parts.append(f"{field.name}={shown}")
    return f"{type(model).__name__}({', '.join(parts)})"


@dataclass(frozen=True, slots=True)
class ResponseInfo:
    """What a success model knows of the response it came from (``order.response_info``),
    without ``with_raw_response``.

    Attributes:
        correlation_id: The ``Klarna-Correlation-Id`` header: quote it to Klarna support.
        idempotency_key: The ``Klarna-Idempotency-Key`` the request carried (POSTs).
        retries_taken: How many attempts failed before this one.
        status_code: The HTTP status.
    """

    correlation_id: str | None
    idempotency_key: str | None
    retries_taken: int
    status_code: int


@functools.cache
def _secret_attributes(class_name: str) -> frozenset[str]:
    """The attributes of a model whose values are secrets (`x-klarna-secret` in the document)."""
    from ._spec import MODELS  # here: the tables are read on the first repr, not at import

    model = MODELS.get(class_name)
    if model is None:
        return frozenset()
    return frozenset(model.python_names.get(key, key) for key, field in model.fields.items() if field.secret)


__all__ = ["UNSET", "Response", "ResponseInfo", "Unset", "model_repr"]
