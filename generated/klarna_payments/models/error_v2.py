from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="ErrorV2")


@_attrs_define
class ErrorV2:
    """The body of every Klarna error response. Every field is optional: a proxy or gateway in
    front of Klarna may answer with less.

        Attributes:
            correlation_id (str | Unset): Identifies the request in Klarna's logs; quote it to Klarna support.
            error_code (str | Unset): Machine-readable code in UPPER_SNAKE_CASE, e.g. `NOT_FOUND` or `BAD_VALUE`.
            error_messages (list[str] | Unset): Human-readable details in English, for developers rather than shoppers.
    """

    correlation_id: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_messages: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        correlation_id = self.correlation_id

        error_code = self.error_code

        error_messages: list[str] | Unset = UNSET
        if not isinstance(self.error_messages, Unset):
            error_messages = self.error_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_messages is not UNSET:
            field_dict["error_messages"] = error_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        correlation_id = d.pop("correlation_id", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_messages = cast(list[str], d.pop("error_messages", UNSET))

        error_v2 = cls(
            correlation_id=correlation_id,
            error_code=error_code,
            error_messages=error_messages,
        )

        error_v2.additional_properties = d
        return error_v2

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
