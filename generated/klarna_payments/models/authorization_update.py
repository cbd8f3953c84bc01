from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.order_management_order_line import OrderManagementOrderLine


T = TypeVar("T", bound="AuthorizationUpdate")


@_attrs_define
class AuthorizationUpdate:
    """The order's new total and lines.

    Attributes:
        order_amount (int): The new total of the order in minor units, tax and discounts included. It replaces
            the old one and may not be lower than what is already captured.
        description (str | Unset): Why the amount changes.
        order_lines (list[OrderManagementOrderLine] | Unset): The order's lines after the change; they replace all of
            the existing ones. Send
            them every time: without them the order is left without lines.
    """

    order_amount: int
    description: str | Unset = UNSET
    order_lines: list[OrderManagementOrderLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        order_amount = self.order_amount

        description = self.description

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
                "order_amount": order_amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if order_lines is not UNSET:
            field_dict["order_lines"] = order_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_management_order_line import OrderManagementOrderLine  # noqa: PLC0415

        d = dict(src_dict)
        order_amount = d.pop("order_amount")

        description = d.pop("description", UNSET)

        _order_lines = d.pop("order_lines", UNSET)
        order_lines: list[OrderManagementOrderLine] | Unset = UNSET
        if _order_lines is not UNSET:
            order_lines = []
            for order_lines_item_data in _order_lines:
                order_lines_item = OrderManagementOrderLine.from_dict(order_lines_item_data)

                order_lines.append(order_lines_item)

        authorization_update = cls(
            order_amount=order_amount,
            description=description,
            order_lines=order_lines,
        )

        authorization_update.additional_properties = d
        return authorization_update

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
