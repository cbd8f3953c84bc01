from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.order_management_order_line_response import OrderManagementOrderLineResponse


T = TypeVar("T", bound="Refund")


@_attrs_define
class Refund:
    """One refund of an order. Klarna requires none of its fields, so any may be absent.

    Attributes:
        refund_id (str | Unset): The refund's id.
        refunded_amount (int | Unset): The amount refunded, in minor units.
        refunded_at (datetime.datetime | Unset): When the refund was made.
        description (str | Unset): The description the merchant gave, shown to the customer.
        reference (str | Unset): The merchant's reference of the refund (at most 255 characters), as in the settlement
            files.
        order_lines (list[OrderManagementOrderLineResponse] | Unset): The lines refunded.
        credit_invoice (bool | Unset): Business purchases paid by B2B invoice only: whether the customer gets a credit
            invoice for the refund.
    """

    refund_id: str | Unset = UNSET
    refunded_amount: int | Unset = UNSET
    refunded_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    reference: str | Unset = UNSET
    order_lines: list[OrderManagementOrderLineResponse] | Unset = UNSET
    credit_invoice: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        refund_id = self.refund_id

        refunded_amount = self.refunded_amount

        refunded_at: str | Unset = UNSET
        if not isinstance(self.refunded_at, Unset):
            refunded_at = self.refunded_at.isoformat()

        description = self.description

        reference = self.reference

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        credit_invoice = self.credit_invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if refunded_at is not UNSET:
            field_dict["refunded_at"] = refunded_at
        if description is not UNSET:
            field_dict["description"] = description
        if reference is not UNSET:
            field_dict["reference"] = reference
        if order_lines is not UNSET:
            field_dict["order_lines"] = order_lines
        if credit_invoice is not UNSET:
            field_dict["credit_invoice"] = credit_invoice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_management_order_line_response import OrderManagementOrderLineResponse  # noqa: PLC0415

        d = dict(src_dict)
        refund_id = d.pop("refund_id", UNSET)

        refunded_amount = d.pop("refunded_amount", UNSET)

        _refunded_at = d.pop("refunded_at", UNSET)
        refunded_at: datetime.datetime | Unset
        if isinstance(_refunded_at, Unset):
            refunded_at = UNSET
        else:
            refunded_at = datetime.datetime.fromisoformat(_refunded_at)

        description = d.pop("description", UNSET)

        reference = d.pop("reference", UNSET)

        _order_lines = d.pop("order_lines", UNSET)
        order_lines: list[OrderManagementOrderLineResponse] | Unset = UNSET
        if _order_lines is not UNSET:
            order_lines = []
            for order_lines_item_data in _order_lines:
                order_lines_item = OrderManagementOrderLineResponse.from_dict(order_lines_item_data)

                order_lines.append(order_lines_item)

        credit_invoice = d.pop("credit_invoice", UNSET)

        refund = cls(
            refund_id=refund_id,
            refunded_amount=refunded_amount,
            refunded_at=refunded_at,
            description=description,
            reference=reference,
            order_lines=order_lines,
            credit_invoice=credit_invoice,
        )

        refund.additional_properties = d
        return refund

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
