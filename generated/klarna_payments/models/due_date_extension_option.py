from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="DueDateExtensionOption")


@_attrs_define
class DueDateExtensionOption:
    """One possible extension of a due date.

    Attributes:
        number_of_days (int | Unset): Days the due date moves by; send this value to extendDueDate.
        amount (int | Unset): The fee for this extension, in minor units of the options' `currency`.
    """

    number_of_days: int | Unset = UNSET
    amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        number_of_days = self.number_of_days

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_days is not UNSET:
            field_dict["number_of_days"] = number_of_days
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_of_days = d.pop("number_of_days", UNSET)

        amount = d.pop("amount", UNSET)

        due_date_extension_option = cls(
            number_of_days=number_of_days,
            amount=amount,
        )

        due_date_extension_option.additional_properties = d
        return due_date_extension_option

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
