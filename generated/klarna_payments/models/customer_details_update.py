from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.order_management_address import OrderManagementAddress


T = TypeVar("T", bound="CustomerDetailsUpdate")


@_attrs_define
class CustomerDetailsUpdate:
    """The order's new shipping address.

    Attributes:
        shipping_address (OrderManagementAddress | Unset): A postal address with contact details, as Order Management
            holds it. Every field is
            optional. The limits are Order Management's, not those of the Payments `address`.
        billing_address (OrderManagementAddress | Unset): A postal address with contact details, as Order Management
            holds it. Every field is
            optional. The limits are Order Management's, not those of the Payments `address`.
    """

    shipping_address: OrderManagementAddress | Unset = UNSET
    billing_address: OrderManagementAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_management_address import OrderManagementAddress  # noqa: PLC0415

        d = dict(src_dict)
        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: OrderManagementAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = OrderManagementAddress.from_dict(_shipping_address)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: OrderManagementAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = OrderManagementAddress.from_dict(_billing_address)

        customer_details_update = cls(
            shipping_address=shipping_address,
            billing_address=billing_address,
        )

        customer_details_update.additional_properties = d
        return customer_details_update

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
