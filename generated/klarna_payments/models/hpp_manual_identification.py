from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.hpp_customer import HppCustomer


T = TypeVar("T", bound="HppManualIdentification")


@_attrs_define
class HppManualIdentification:
    """A manual check of the shopper's identity that the session waits for (status
    `MANUAL_ID_CHECK`), as Klarna's document names its parts; Klarna's guide does not
    describe the flow. Every field is optional.

        Attributes:
            challenge (str | Unset): The challenge of the check.
            customer (HppCustomer | Unset): The shopper, as Klarna gives them on a session. Every field is optional.
            customer_obfuscated (HppCustomer | Unset): The shopper, as Klarna gives them on a session. Every field is
                optional.
            expires_at (datetime.datetime | Unset): When the check expires.
    """

    challenge: str | Unset = UNSET
    customer: HppCustomer | Unset = UNSET
    customer_obfuscated: HppCustomer | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        challenge = self.challenge

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        customer_obfuscated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_obfuscated, Unset):
            customer_obfuscated = self.customer_obfuscated.to_dict()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if challenge is not UNSET:
            field_dict["challenge"] = challenge
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_obfuscated is not UNSET:
            field_dict["customer_obfuscated"] = customer_obfuscated
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hpp_customer import HppCustomer  # noqa: PLC0415

        d = dict(src_dict)
        challenge = d.pop("challenge", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: HppCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = HppCustomer.from_dict(_customer)

        _customer_obfuscated = d.pop("customer_obfuscated", UNSET)
        customer_obfuscated: HppCustomer | Unset
        if isinstance(_customer_obfuscated, Unset):
            customer_obfuscated = UNSET
        else:
            customer_obfuscated = HppCustomer.from_dict(_customer_obfuscated)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        hpp_manual_identification = cls(
            challenge=challenge,
            customer=customer,
            customer_obfuscated=customer_obfuscated,
            expires_at=expires_at,
        )

        hpp_manual_identification.additional_properties = d
        return hpp_manual_identification

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
