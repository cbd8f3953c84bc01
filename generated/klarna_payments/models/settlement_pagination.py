from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="SettlementPagination")


@_attrs_define
class SettlementPagination:
    """Where a page stands in the whole list. To read every item, follow `next` until it is
    absent, or raise `offset` by `count` until `offset + count` reaches `total` (the SDK's
    `iter_payouts` and `iter_transactions` do the latter).

        Attributes:
            count (int): How many items this page holds.
            total (int | Unset): How many items the whole list holds, over all pages.
            next_ (str | Unset): The URL of the next page (absent on the last). Its query is this one's with the
                next `offset`; treat it as opaque.
            prev (str | Unset): The URL of the previous page (absent on the first); treat it as opaque.
            offset (int | Unset): How many items of the whole list come before this page.
    """

    count: int
    total: int | Unset = UNSET
    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        total = self.total

        next_ = self.next_

        prev = self.prev

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        total = d.pop("total", UNSET)

        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        offset = d.pop("offset", UNSET)

        settlement_pagination = cls(
            count=count,
            total=total,
            next_=next_,
            prev=prev,
            offset=offset,
        )

        settlement_pagination.additional_properties = d
        return settlement_pagination

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
