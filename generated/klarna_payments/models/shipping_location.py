from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.shipping_location_address import ShippingLocationAddress


T = TypeVar("T", bound="ShippingLocation")


@_attrs_define
class ShippingLocation:
    """The pick-up location the customer chose.

    Attributes:
        id (str | Unset): The location's id.
        name (str | Unset): The location's name.
        price (int | Unset): Price of delivery to this location, in minor units.
        address (ShippingLocationAddress | Unset): The address of a pick-up location.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    price: int | Unset = UNSET
    address: ShippingLocationAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        price = self.price

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shipping_location_address import ShippingLocationAddress  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        price = d.pop("price", UNSET)

        _address = d.pop("address", UNSET)
        address: ShippingLocationAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ShippingLocationAddress.from_dict(_address)

        shipping_location = cls(
            id=id,
            name=name,
            price=price,
            address=address,
        )

        shipping_location.additional_properties = d
        return shipping_location

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
