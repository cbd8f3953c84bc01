from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="ShippingLocationAddress")


@_attrs_define
class ShippingLocationAddress:
    """The address of a pick-up location.

    Attributes:
        country (str): Country (ISO 3166-1 alpha-2).
        street_address (str): First street address line.
        street_address_2 (str | Unset): Second street address line.
        postal_code (str | Unset): Postal code.
        city (str | Unset): City.
        region (str | Unset): State or region.
    """

    country: str
    street_address: str
    street_address_2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city: str | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        street_address = self.street_address

        street_address_2 = self.street_address_2

        postal_code = self.postal_code

        city = self.city

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "street_address": street_address,
            }
        )
        if street_address_2 is not UNSET:
            field_dict["street_address__2"] = street_address_2
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        street_address = d.pop("street_address")

        street_address_2 = d.pop("street_address__2", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        city = d.pop("city", UNSET)

        region = d.pop("region", UNSET)

        shipping_location_address = cls(
            country=country,
            street_address=street_address,
            street_address_2=street_address_2,
            postal_code=postal_code,
            city=city,
            region=region,
        )

        shipping_location_address.additional_properties = d
        return shipping_location_address

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
