from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="ShippingTimeslot")


@_attrs_define
class ShippingTimeslot:
    """The delivery time slot the customer chose.

    Attributes:
        id (str | Unset): The slot's id.
        start (str | Unset): When the slot starts, as Klarna writes it.
        end (str | Unset): When the slot ends, as Klarna writes it.
        cutoff (str | Unset): The latest time to order for this slot, as Klarna writes it.
        price (int | Unset): Price of the slot, in minor units.
    """

    id: str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    cutoff: str | Unset = UNSET
    price: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start = self.start

        end = self.end

        cutoff = self.cutoff

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if cutoff is not UNSET:
            field_dict["cutoff"] = cutoff
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        cutoff = d.pop("cutoff", UNSET)

        price = d.pop("price", UNSET)

        shipping_timeslot = cls(
            id=id,
            start=start,
            end=end,
            cutoff=cutoff,
            price=price,
        )

        shipping_timeslot.additional_properties = d
        return shipping_timeslot

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
