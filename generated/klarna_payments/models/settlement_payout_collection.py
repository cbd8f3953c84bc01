from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ResponseInfo, model_repr

if TYPE_CHECKING:
    from ..models.settlement_pagination import SettlementPagination
    from ..models.settlement_payout import SettlementPayout


T = TypeVar("T", bound="SettlementPayoutCollection")


@_attrs_define
class SettlementPayoutCollection:
    """A page of payouts.

    Attributes:
        payouts (list[SettlementPayout]): The payouts of this page.
        pagination (SettlementPagination): Where a page stands in the whole list. To read every item, follow `next`
            until it is
            absent, or raise `offset` by `count` until `offset + count` reaches `total` (the SDK's
            `iter_payouts` and `iter_transactions` do the latter).
    """

    payouts: list[SettlementPayout]
    pagination: SettlementPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        payouts = []
        for payouts_item_data in self.payouts:
            payouts_item = payouts_item_data.to_dict()
            payouts.append(payouts_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payouts": payouts,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settlement_pagination import SettlementPagination  # noqa: PLC0415
        from ..models.settlement_payout import SettlementPayout  # noqa: PLC0415

        d = dict(src_dict)
        payouts = []
        _payouts = d.pop("payouts")
        for payouts_item_data in _payouts:
            payouts_item = SettlementPayout.from_dict(payouts_item_data)

            payouts.append(payouts_item)

        pagination = SettlementPagination.from_dict(d.pop("pagination"))

        settlement_payout_collection = cls(
            payouts=payouts,
            pagination=pagination,
        )

        settlement_payout_collection.additional_properties = d
        return settlement_payout_collection

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
