from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.order_management_order_line import OrderManagementOrderLine
    from ..models.shipping_info import ShippingInfo


T = TypeVar("T", bound="CaptureRequest")


@_attrs_define
class CaptureRequest:
    """What to capture.

    Attributes:
        captured_amount (int): The amount to charge, in minor units: at most the order's
            `remaining_authorized_amount`.
        description (str | Unset): What the capture is for; shown to the customer.
        reference (str | Unset): The merchant's own reference of the capture; it appears in the settlement files.
        order_lines (list[OrderManagementOrderLine] | Unset): The lines this capture covers.
        shipping_info (list[ShippingInfo] | Unset): Tracking data of the shipment, for physical goods.
        shipping_delay (int | Unset): How long until the goods are shipped (Klarna documents no unit). A value above 0
            needs the feature enabled on the merchant account by Klarna. Not returned when the
            order is read.
    """

    captured_amount: int
    description: str | Unset = UNSET
    reference: str | Unset = UNSET
    order_lines: list[OrderManagementOrderLine] | Unset = UNSET
    shipping_info: list[ShippingInfo] | Unset = UNSET
    shipping_delay: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        captured_amount = self.captured_amount

        description = self.description

        reference = self.reference

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        shipping_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_info, Unset):
            shipping_info = []
            for shipping_info_item_data in self.shipping_info:
                shipping_info_item = shipping_info_item_data.to_dict()
                shipping_info.append(shipping_info_item)

        shipping_delay = self.shipping_delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "captured_amount": captured_amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if reference is not UNSET:
            field_dict["reference"] = reference
        if order_lines is not UNSET:
            field_dict["order_lines"] = order_lines
        if shipping_info is not UNSET:
            field_dict["shipping_info"] = shipping_info
        if shipping_delay is not UNSET:
            field_dict["shipping_delay"] = shipping_delay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_management_order_line import OrderManagementOrderLine  # noqa: PLC0415
        from ..models.shipping_info import ShippingInfo  # noqa: PLC0415

        d = dict(src_dict)
        captured_amount = d.pop("captured_amount")

        description = d.pop("description", UNSET)

        reference = d.pop("reference", UNSET)

        _order_lines = d.pop("order_lines", UNSET)
        order_lines: list[OrderManagementOrderLine] | Unset = UNSET
        if _order_lines is not UNSET:
            order_lines = []
            for order_lines_item_data in _order_lines:
                order_lines_item = OrderManagementOrderLine.from_dict(order_lines_item_data)

                order_lines.append(order_lines_item)

        _shipping_info = d.pop("shipping_info", UNSET)
        shipping_info: list[ShippingInfo] | Unset = UNSET
        if _shipping_info is not UNSET:
            shipping_info = []
            for shipping_info_item_data in _shipping_info:
                shipping_info_item = ShippingInfo.from_dict(shipping_info_item_data)

                shipping_info.append(shipping_info_item)

        shipping_delay = d.pop("shipping_delay", UNSET)

        capture_request = cls(
            captured_amount=captured_amount,
            description=description,
            reference=reference,
            order_lines=order_lines,
            shipping_info=shipping_info,
            shipping_delay=shipping_delay,
        )

        capture_request.additional_properties = d
        return capture_request

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
