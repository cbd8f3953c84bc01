from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ResponseInfo, model_repr

if TYPE_CHECKING:
    from ..models.settlement_pagination import SettlementPagination
    from ..models.settlement_transaction import SettlementTransaction


T = TypeVar("T", bound="SettlementTransactionCollection")


@_attrs_define
class SettlementTransactionCollection:
    """A page of settlement transactions.

    Attributes:
        transactions (list[SettlementTransaction]): The transactions of this page.
        pagination (SettlementPagination): Where a page stands in the whole list. To read every item, follow `next`
            until it is
            absent, or raise `offset` by `count` until `offset + count` reaches `total` (the SDK's
            `iter_payouts` and `iter_transactions` do the latter).
    """

    transactions: list[SettlementTransaction]
    pagination: SettlementPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactions": transactions,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settlement_pagination import SettlementPagination  # noqa: PLC0415
        from ..models.settlement_transaction import SettlementTransaction  # noqa: PLC0415

        d = dict(src_dict)
        transactions = []
        _transactions = d.pop("transactions")
        for transactions_item_data in _transactions:
            transactions_item = SettlementTransaction.from_dict(transactions_item_data)

            transactions.append(transactions_item)

        pagination = SettlementPagination.from_dict(d.pop("pagination"))

        settlement_transaction_collection = cls(
            transactions=transactions,
            pagination=pagination,
        )

        settlement_transaction_collection.additional_properties = d
        return settlement_transaction_collection

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
