from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.order_management_order_line import OrderManagementOrderLine


T = TypeVar("T", bound="RefundRequest")


@_attrs_define
class RefundRequest:
    """What to refund.

    Attributes:
        refunded_amount (int): The amount to pay back, in minor units; at most what was captured.
        description (str | Unset): What the refund is for; shown to the customer.
        reference (str | Unset): The merchant's own reference of the refund; it appears in the settlement files.
        order_lines (list[OrderManagementOrderLine] | Unset): The lines refunded. Required in practice for a return fee
            (a line of type
            `return_fee`): then the lines must add up exactly to `refunded_amount`.
    """

    refunded_amount: int
    description: str | Unset = UNSET
    reference: str | Unset = UNSET
    order_lines: list[OrderManagementOrderLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        refunded_amount = self.refunded_amount

        description = self.description

        reference = self.reference

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refunded_amount": refunded_amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if reference is not UNSET:
            field_dict["reference"] = reference
        if order_lines is not UNSET:
            field_dict["order_lines"] = order_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_management_order_line import OrderManagementOrderLine  # noqa: PLC0415

        d = dict(src_dict)
        refunded_amount = d.pop("refunded_amount")

        description = d.pop("description", UNSET)

        reference = d.pop("reference", UNSET)

        _order_lines = d.pop("order_lines", UNSET)
        order_lines: list[OrderManagementOrderLine] | Unset = UNSET
        if _order_lines is not UNSET:
            order_lines = []
            for order_lines_item_data in _order_lines:
                order_lines_item = OrderManagementOrderLine.from_dict(order_lines_item_data)

                order_lines.append(order_lines_item)

        refund_request = cls(
            refunded_amount=refunded_amount,
            description=description,
            reference=reference,
            order_lines=order_lines,
        )

        refund_request.additional_properties = d
        return refund_request

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
