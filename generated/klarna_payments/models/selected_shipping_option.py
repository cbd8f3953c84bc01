from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.shipping_addon import ShippingAddon
    from ..models.shipping_carrier_product import ShippingCarrierProduct
    from ..models.shipping_location import ShippingLocation
    from ..models.shipping_timeslot import ShippingTimeslot


T = TypeVar("T", bound="SelectedShippingOption")


@_attrs_define
class SelectedShippingOption:
    """The shipping option the customer chose in Klarna Checkout. Every field is optional.
    Amounts are in minor units.

        Attributes:
            id (str | Unset): The option's id, as the merchant configured it.
            name (str | Unset): The option's name, as the customer saw it.
            carrier (str | Unset): The carrier.
            class_ (str | Unset): The option's class of service.
            method (str | Unset): The delivery method.
            type_ (str | Unset): The option's type.
            tms_reference (str | Unset): The reference of the option in a transport management system.
            price (int | Unset): Price of the option, tax included.
            tax_amount (int | Unset): Tax of the option.
            tax_rate (int | Unset): Tax rate with two implied decimals (2500 = 25 %).
            carrier_product (ShippingCarrierProduct | Unset): The carrier's product for a shipping option.
            location (ShippingLocation | Unset): The pick-up location the customer chose.
            timeslot (ShippingTimeslot | Unset): The delivery time slot the customer chose.
            selected_addons (list[ShippingAddon] | Unset): The add-ons the customer chose.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    carrier: str | Unset = UNSET
    class_: str | Unset = UNSET
    method: str | Unset = UNSET
    type_: str | Unset = UNSET
    tms_reference: str | Unset = UNSET
    price: int | Unset = UNSET
    tax_amount: int | Unset = UNSET
    tax_rate: int | Unset = UNSET
    carrier_product: ShippingCarrierProduct | Unset = UNSET
    location: ShippingLocation | Unset = UNSET
    timeslot: ShippingTimeslot | Unset = UNSET
    selected_addons: list[ShippingAddon] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        carrier = self.carrier

        class_ = self.class_

        method = self.method

        type_ = self.type_

        tms_reference = self.tms_reference

        price = self.price

        tax_amount = self.tax_amount

        tax_rate = self.tax_rate

        carrier_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier_product, Unset):
            carrier_product = self.carrier_product.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        timeslot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeslot, Unset):
            timeslot = self.timeslot.to_dict()

        selected_addons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selected_addons, Unset):
            selected_addons = []
            for selected_addons_item_data in self.selected_addons:
                selected_addons_item = selected_addons_item_data.to_dict()
                selected_addons.append(selected_addons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if class_ is not UNSET:
            field_dict["class"] = class_
        if method is not UNSET:
            field_dict["method"] = method
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tms_reference is not UNSET:
            field_dict["tms_reference"] = tms_reference
        if price is not UNSET:
            field_dict["price"] = price
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if carrier_product is not UNSET:
            field_dict["carrier_product"] = carrier_product
        if location is not UNSET:
            field_dict["location"] = location
        if timeslot is not UNSET:
            field_dict["timeslot"] = timeslot
        if selected_addons is not UNSET:
            field_dict["selected_addons"] = selected_addons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shipping_addon import ShippingAddon  # noqa: PLC0415
        from ..models.shipping_carrier_product import ShippingCarrierProduct  # noqa: PLC0415
        from ..models.shipping_location import ShippingLocation  # noqa: PLC0415
        from ..models.shipping_timeslot import ShippingTimeslot  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        carrier = d.pop("carrier", UNSET)

        class_ = d.pop("class", UNSET)

        method = d.pop("method", UNSET)

        type_ = d.pop("type", UNSET)

        tms_reference = d.pop("tms_reference", UNSET)

        price = d.pop("price", UNSET)

        tax_amount = d.pop("tax_amount", UNSET)

        tax_rate = d.pop("tax_rate", UNSET)

        _carrier_product = d.pop("carrier_product", UNSET)
        carrier_product: ShippingCarrierProduct | Unset
        if isinstance(_carrier_product, Unset):
            carrier_product = UNSET
        else:
            carrier_product = ShippingCarrierProduct.from_dict(_carrier_product)

        _location = d.pop("location", UNSET)
        location: ShippingLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = ShippingLocation.from_dict(_location)

        _timeslot = d.pop("timeslot", UNSET)
        timeslot: ShippingTimeslot | Unset
        if isinstance(_timeslot, Unset):
            timeslot = UNSET
        else:
            timeslot = ShippingTimeslot.from_dict(_timeslot)

        _selected_addons = d.pop("selected_addons", UNSET)
        selected_addons: list[ShippingAddon] | Unset = UNSET
        if _selected_addons is not UNSET:
            selected_addons = []
            for selected_addons_item_data in _selected_addons:
                selected_addons_item = ShippingAddon.from_dict(selected_addons_item_data)

                selected_addons.append(selected_addons_item)

        selected_shipping_option = cls(
            id=id,
            name=name,
            carrier=carrier,
            class_=class_,
            method=method,
            type_=type_,
            tms_reference=tms_reference,
            price=price,
            tax_amount=tax_amount,
            tax_rate=tax_rate,
            carrier_product=carrier_product,
            location=location,
            timeslot=timeslot,
            selected_addons=selected_addons,
        )

        selected_shipping_option.additional_properties = d
        return selected_shipping_option

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
