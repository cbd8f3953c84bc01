from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="MerchantReferencesUpdate")


@_attrs_define
class MerchantReferencesUpdate:
    """The order's new merchant references; a field left out keeps its value.

    Attributes:
        merchant_reference1 (str | Unset): The merchant's order number, shown to the customer (also in the Klarna app).
        merchant_reference2 (str | Unset): A second merchant reference, e.g. the ERP's.
    """

    merchant_reference1: str | Unset = UNSET
    merchant_reference2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        merchant_reference1 = self.merchant_reference1

        merchant_reference2 = self.merchant_reference2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merchant_reference1 is not UNSET:
            field_dict["merchant_reference1"] = merchant_reference1
        if merchant_reference2 is not UNSET:
            field_dict["merchant_reference2"] = merchant_reference2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_reference1 = d.pop("merchant_reference1", UNSET)

        merchant_reference2 = d.pop("merchant_reference2", UNSET)

        merchant_references_update = cls(
            merchant_reference1=merchant_reference1,
            merchant_reference2=merchant_reference2,
        )

        merchant_references_update.additional_properties = d
        return merchant_references_update

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
