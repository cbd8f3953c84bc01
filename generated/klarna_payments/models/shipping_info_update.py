from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ResponseInfo, model_repr

if TYPE_CHECKING:
    from ..models.shipping_info import ShippingInfo


T = TypeVar("T", bound="ShippingInfoUpdate")


@_attrs_define
class ShippingInfoUpdate:
    """Shipping information to append.

    Attributes:
        shipping_info (list[ShippingInfo]): The entries to add (1 to 500).
    """

    shipping_info: list[ShippingInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        shipping_info = []
        for shipping_info_item_data in self.shipping_info:
            shipping_info_item = shipping_info_item_data.to_dict()
            shipping_info.append(shipping_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipping_info": shipping_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shipping_info import ShippingInfo  # noqa: PLC0415

        d = dict(src_dict)
        shipping_info = []
        _shipping_info = d.pop("shipping_info")
        for shipping_info_item_data in _shipping_info:
            shipping_info_item = ShippingInfo.from_dict(shipping_info_item_data)

            shipping_info.append(shipping_info_item)

        shipping_info_update = cls(
            shipping_info=shipping_info,
        )

        shipping_info_update.additional_properties = d
        return shipping_info_update

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
