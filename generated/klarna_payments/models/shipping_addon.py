from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="ShippingAddon")


@_attrs_define
class ShippingAddon:
    """An add-on to a shipping option (e.g. a delivery notice).

    Attributes:
        type_ (str): The kind of add-on.
        price (int): Price of the add-on, in minor units.
        external_id (str | Unset): The add-on's id in the merchant's system.
        user_input (str | Unset): What the customer entered for the add-on, if it asks for input.
    """

    type_: str
    price: int
    external_id: str | Unset = UNSET
    user_input: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        price = self.price

        external_id = self.external_id

        user_input = self.user_input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "price": price,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if user_input is not UNSET:
            field_dict["user_input"] = user_input

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        price = d.pop("price")

        external_id = d.pop("external_id", UNSET)

        user_input = d.pop("user_input", UNSET)

        shipping_addon = cls(
            type_=type_,
            price=price,
            external_id=external_id,
            user_input=user_input,
        )

        shipping_addon.additional_properties = d
        return shipping_addon

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
