from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipping_info_shipping_method import ShippingInfoShippingMethod
from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="ShippingInfo")


@_attrs_define
class ShippingInfo:
    """How a shipment (or its return) travels. Every field is optional.

    Attributes:
        shipping_company (str | Unset): The carrier, as specific as possible (e.g. `DHL US`, not `DHL`).
        shipping_method (ShippingInfoShippingMethod | Unset): How the goods reach the customer, e.g. `Home` delivery or
            a `PickUpPoint`. The SDK
            types these values, and sends another one with a warning.
        tracking_number (str | Unset): The carrier's tracking number.
        tracking_uri (str | Unset): Where the customer can follow the shipment.
        return_shipping_company (str | Unset): The carrier of the return shipment.
        return_tracking_number (str | Unset): The return shipment's tracking number.
        return_tracking_uri (str | Unset): Where the customer can follow the return shipment.
    """

    shipping_company: str | Unset = UNSET
    shipping_method: ShippingInfoShippingMethod | Unset = UNSET
    tracking_number: str | Unset = UNSET
    tracking_uri: str | Unset = UNSET
    return_shipping_company: str | Unset = UNSET
    return_tracking_number: str | Unset = UNSET
    return_tracking_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        shipping_company = self.shipping_company

        shipping_method: str | Unset = UNSET
        if not isinstance(self.shipping_method, Unset):
            shipping_method = self.shipping_method.value

        tracking_number = self.tracking_number

        tracking_uri = self.tracking_uri

        return_shipping_company = self.return_shipping_company

        return_tracking_number = self.return_tracking_number

        return_tracking_uri = self.return_tracking_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping_company is not UNSET:
            field_dict["shipping_company"] = shipping_company
        if shipping_method is not UNSET:
            field_dict["shipping_method"] = shipping_method
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number
        if tracking_uri is not UNSET:
            field_dict["tracking_uri"] = tracking_uri
        if return_shipping_company is not UNSET:
            field_dict["return_shipping_company"] = return_shipping_company
        if return_tracking_number is not UNSET:
            field_dict["return_tracking_number"] = return_tracking_number
        if return_tracking_uri is not UNSET:
            field_dict["return_tracking_uri"] = return_tracking_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shipping_company = d.pop("shipping_company", UNSET)

        _shipping_method = d.pop("shipping_method", UNSET)
        shipping_method: ShippingInfoShippingMethod | Unset
        if isinstance(_shipping_method, Unset):
            shipping_method = UNSET
        else:
            shipping_method = ShippingInfoShippingMethod(_shipping_method)

        tracking_number = d.pop("tracking_number", UNSET)

        tracking_uri = d.pop("tracking_uri", UNSET)

        return_shipping_company = d.pop("return_shipping_company", UNSET)

        return_tracking_number = d.pop("return_tracking_number", UNSET)

        return_tracking_uri = d.pop("return_tracking_uri", UNSET)

        shipping_info = cls(
            shipping_company=shipping_company,
            shipping_method=shipping_method,
            tracking_number=tracking_number,
            tracking_uri=tracking_uri,
            return_shipping_company=return_shipping_company,
            return_tracking_number=return_tracking_number,
            return_tracking_uri=return_tracking_uri,
        )

        shipping_info.additional_properties = d
        return shipping_info

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
