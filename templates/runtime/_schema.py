"""The shapes of the tables in `_spec.py`, which `make generate` writes from openapi.yaml."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple


class Field(NamedTuple):
    """One property of a schema."""

    type: str | None  # JSON type: string, integer, number, boolean, array, object (None: any)
    model: str | None = None  # the model class of an object, or of an array's items
    enum: tuple[str, ...] | None = None  # the values a string (or an array's strings) may take
    item_type: str | None = None  # the JSON type of an array's items
    read_only: bool = False  # only in responses; a request must not carry it
    nullable: bool = False  # `null` is a value (3.0 `nullable: true`, 3.1 `type: [..., "null"]`)
    open_enum: bool = False  # an enum the project added (x-klarna-added-enum): other values warn, not fail
    format: str | None = None  # date-time, date, uuid, uri, email (of the value, or of an array's items)
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    secret: bool = False  # x-klarna-secret: a client token, an authorization token; reprs hide it
    deprecated: bool = False  # `deprecated: true`: a body that carries it warns (DeprecationWarning)


class Model(NamedTuple):
    """A component schema of type object, under its model class name."""

    schema: str  # the component name in openapi.yaml
    required: frozenset[str]
    fields: Mapping[str, Field]  # by JSON property name
    python_names: Mapping[str, str]  # JSON name -> attribute name, where they differ (`type` -> `type_`)
    rules: str | None = None  # Klarna's rule set for its bodies (x-klarna-rules): preflight.RULES


class Pagination(NamedTuple):
    """How a list operation pages (`x-klarna-pagination`), by the Python names of its parts."""

    method: str  # the resource's iterator: iter_payouts
    items_attribute: str  # the page model's attribute holding the items
    offset: str  # the keyword of the first item's position
    size: str  # the keyword of the page size
    total: tuple[str, ...] = ()  # JSON names down to the count of all items in the page, if declared


class Deprecation(NamedTuple):
    """What of one operation the document marks `deprecated: true`: the warnings its calls give
    (`_deprecation.py`), each a DeprecationWarning naming the thing, never a value."""

    label: str  # `orders.cancel_authorization`: the resource and method the warnings name
    operation: bool = False  # the operation itself: every call warns
    note: str = ""  # the first paragraph of the operation's description, which that warning quotes
    parameters: tuple[str, ...] = ()  # its query and header parameters so marked, by name in the document
    body: bool = False  # its body's model, or a model that one nests, has a deprecated field


class KnownAnswer(NamedTuple):
    """An error answer that means more than its status (`x-klarna-answers`): its status, Klarna's
    `error_code` (None: any) and words its message contains (lowercase)."""

    status: int
    error_code: str | None
    message: str

    def given_by(self, status: int, error_code: str | None, messages: Sequence[str]) -> bool:
        """Whether an answer with this status, code and messages is this one."""
        if status != self.status or (self.error_code is not None and error_code != self.error_code):
            return False
        return any(self.message in message.lower() for message in messages)


class ModelClasses(NamedTuple):
    """The model classes of one operation: what `Operation.model_classes` returns, imported on
    its first call (the models load with the first call that needs them, not at import)."""

    body: type[Any] | None  # the class of the JSON request body (`Operation.body`)
    responses: Mapping[int, type[Any]]  # status -> the class of its answer (`Operation.responses`)


def no_model_classes() -> ModelClasses:
    """The model classes of an operation that has none (the default of a hand-made `Operation`)."""
    return ModelClasses(None, {})


class Operation(NamedTuple):
    """One operation of the document, under the generator's name for it (`create_order`)."""

    name: str
    resource: str  # the client attribute it lands on (`klarna.orders`): its first tag, generator-named
    operation_id: str
    method: str
    path: str
    path_parameters: tuple[str, ...]
    body: str | None  # the model class of the JSON request body
    responses: Mapping[int, str | None]  # status -> model class of its JSON body (None: no body)
    sends_idempotency_key: bool
    creates: str | None  # what a success creates ("an order"), for the message of an unknown outcome
    query_parameters: tuple[str, ...] = ()  # by name in the document
    header_parameters: tuple[str, ...] = ()  # the idempotency key aside: the runtime sets it
    # status -> {property of its result model: response header} for a success answered in headers alone
    header_results: Mapping[int, Mapping[str, str]] = {}
    byte_responses: Mapping[int, str] = {}  # status -> media type of a success returned as bytes (CSV, PDF)
    array_responses: frozenset[int] = frozenset()  # statuses whose body is a JSON array of `responses`' model
    pagination: Pagination | None = None  # a list operation whose resource has an iterator over every item
    repeatable: bool = False  # x-klarna-idempotent: a POST or PATCH whose repeat is harmless (a status set)
    # x-klarna-answers: meaning (`done-earlier`, `consumed`, `not-cancellable`) -> the answer that means it
    answers: Mapping[str, KnownAnswer] = {}
    deprecation: Deprecation | None = None  # None: nothing of it is deprecated (no call is looked at)
    # The path, query and header parameters (the idempotency key aside) by name in the document:
    # each one's schema, checked before anything is sent (`_validation.parameter_problems`)
    parameters: Mapping[str, Field] = {}
    required_parameters: frozenset[str] = frozenset()  # the path parameters and those the document requires
    parameter_python_names: Mapping[str, str] = {}  # name in the document -> argument name, where they differ
    # `body` and `responses` as the classes themselves: a function of `_spec.py` importing them
    # from `models` (so a renamed model is a type error there), cached, called when decoding or
    # checking a body
    model_classes: Callable[[], ModelClasses] = no_model_classes

    @property
    def success_statuses(self) -> frozenset[int]:
        return frozenset(status for status in self.responses if 200 <= status < 300)

    @property
    def has_effect(self) -> bool:
        """Whether a request changes something at Klarna (a read does not)."""
        return self.method not in {"GET", "HEAD", "OPTIONS"}

    @property
    def is_idempotent(self) -> bool:
        """HTTP's idempotent methods, and a POST or PATCH the document marks so: repeating the
        request has the effect of sending it once."""
        return self.repeatable or self.method in {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}

    def elided_path(self) -> str:
        """The path with every parameter shown as `…`: what logs may say about a request."""
        path = self.path
        for name in self.path_parameters:
            path = path.replace("{" + name + "}", "…")
        return path
