from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="HppDistributionContact")


@_attrs_define
class HppDistributionContact:
    """Where to send the link; give the field the `method` needs. Klarna requires none of
    them in the schema.

        Attributes:
            email (str | Unset): The shopper's e-mail address, for `method` `email`.
            phone (str | Unset): The shopper's mobile number, for `method` `sms`.
            phone_country (str | Unset): The country of `phone` (ISO 3166-1 alpha-2), for `method` `sms`.
            access_id (str | Unset): The access id to make the link available under, for `method` `token`.
    """

    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone_country: str | Unset = UNSET
    access_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        phone = self.phone

        phone_country = self.phone_country

        access_id = self.access_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_country is not UNSET:
            field_dict["phone_country"] = phone_country
        if access_id is not UNSET:
            field_dict["access_id"] = access_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        phone_country = d.pop("phone_country", UNSET)

        access_id = d.pop("access_id", UNSET)

        hpp_distribution_contact = cls(
            email=email,
            phone=phone,
            phone_country=phone_country,
            access_id=access_id,
        )

        hpp_distribution_contact.additional_properties = d
        return hpp_distribution_contact

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
