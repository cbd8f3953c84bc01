from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ResponseInfo, model_repr

T = TypeVar("T", bound="CustomerTokenCard")


@_attrs_define
class CustomerTokenCard:
    """The stored card of a token that charges a card, masked.

    Attributes:
        brand (str): Card scheme, e.g. `VISA`.
        expiry_date (str): Expiry month and year as `MM/YYYY`.
        masked_number (str): The card number with all but its last digits hidden.
    """

    brand: str
    expiry_date: str
    masked_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        expiry_date = self.expiry_date

        masked_number = self.masked_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand": brand,
                "expiry_date": expiry_date,
                "masked_number": masked_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand = d.pop("brand")

        expiry_date = d.pop("expiry_date")

        masked_number = d.pop("masked_number")

        customer_token_card = cls(
            brand=brand,
            expiry_date=expiry_date,
            masked_number=masked_number,
        )

        customer_token_card.additional_properties = d
        return customer_token_card

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
