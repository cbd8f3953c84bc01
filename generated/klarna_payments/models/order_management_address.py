from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="OrderManagementAddress")


@_attrs_define
class OrderManagementAddress:
    """A postal address with contact details, as Order Management holds it. Every field is
    optional. The limits are Order Management's, not those of the Payments `address`.

        Attributes:
            attention (str | Unset): The person the delivery is for ("Attn."), business purchases only.
            city (str | Unset): City.
            country (str | Unset): Country (ISO 3166-1 alpha-2).
            email (str | Unset): E-mail address.
            family_name (str | Unset): Surname.
            given_name (str | Unset): First name.
            organization_name (str | Unset): Company name, business purchases only.
            phone (str | Unset): Phone number.
            postal_code (str | Unset): Postal code.
            region (str | Unset): State or region; required for US addresses.
            street_address (str | Unset): First street address line.
            street_address2 (str | Unset): Second street address line.
            title (str | Unset): Form of address, e.g. `Mr` or `Ms`.
    """

    attention: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    email: str | Unset = UNSET
    family_name: str | Unset = UNSET
    given_name: str | Unset = UNSET
    organization_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    region: str | Unset = UNSET
    street_address: str | Unset = UNSET
    street_address2: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        attention = self.attention

        city = self.city

        country = self.country

        email = self.email

        family_name = self.family_name

        given_name = self.given_name

        organization_name = self.organization_name

        phone = self.phone

        postal_code = self.postal_code

        region = self.region

        street_address = self.street_address

        street_address2 = self.street_address2

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attention is not UNSET:
            field_dict["attention"] = attention
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if region is not UNSET:
            field_dict["region"] = region
        if street_address is not UNSET:
            field_dict["street_address"] = street_address
        if street_address2 is not UNSET:
            field_dict["street_address2"] = street_address2
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attention = d.pop("attention", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        email = d.pop("email", UNSET)

        family_name = d.pop("family_name", UNSET)

        given_name = d.pop("given_name", UNSET)

        organization_name = d.pop("organization_name", UNSET)

        phone = d.pop("phone", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        region = d.pop("region", UNSET)

        street_address = d.pop("street_address", UNSET)

        street_address2 = d.pop("street_address2", UNSET)

        title = d.pop("title", UNSET)

        order_management_address = cls(
            attention=attention,
            city=city,
            country=country,
            email=email,
            family_name=family_name,
            given_name=given_name,
            organization_name=organization_name,
            phone=phone,
            postal_code=postal_code,
            region=region,
            street_address=street_address,
            street_address2=street_address2,
            title=title,
        )

        order_management_address.additional_properties = d
        return order_management_address

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
