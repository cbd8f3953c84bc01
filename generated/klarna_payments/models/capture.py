from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.order_management_address import OrderManagementAddress
    from ..models.order_management_order_line_response import OrderManagementOrderLineResponse
    from ..models.shipping_info_response import ShippingInfoResponse


T = TypeVar("T", bound="Capture")


@_attrs_define
class Capture:
    """One capture of an order: an amount charged to the customer, its own invoice. Klarna
    requires none of its fields, so any may be absent.

        Attributes:
            capture_id (str | Unset): The capture's id.
            klarna_reference (str | Unset): Klarna's reference of the capture, the one the customer sees.
            captured_amount (int | Unset): The amount captured, in minor units.
            captured_at (datetime.datetime | Unset): When the capture was made.
            description (str | Unset): The description the merchant gave, shown to the customer.
            reference (str | Unset): The merchant's reference of the capture, as in the settlement files.
            refunded_amount (int | Unset): What has been refunded against this capture, in minor units.
            order_lines (list[OrderManagementOrderLineResponse] | Unset): The lines the capture covers.
            billing_address (OrderManagementAddress | Unset): A postal address with contact details, as Order Management
                holds it. Every field is
                optional. The limits are Order Management's, not those of the Payments `address`.
            shipping_address (OrderManagementAddress | Unset): A postal address with contact details, as Order Management
                holds it. Every field is
                optional. The limits are Order Management's, not those of the Payments `address`.
            shipping_info (list[ShippingInfoResponse] | Unset): The capture's shipping information.
    """

    capture_id: str | Unset = UNSET
    klarna_reference: str | Unset = UNSET
    captured_amount: int | Unset = UNSET
    captured_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    reference: str | Unset = UNSET
    refunded_amount: int | Unset = UNSET
    order_lines: list[OrderManagementOrderLineResponse] | Unset = UNSET
    billing_address: OrderManagementAddress | Unset = UNSET
    shipping_address: OrderManagementAddress | Unset = UNSET
    shipping_info: list[ShippingInfoResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        capture_id = self.capture_id

        klarna_reference = self.klarna_reference

        captured_amount = self.captured_amount

        captured_at: str | Unset = UNSET
        if not isinstance(self.captured_at, Unset):
            captured_at = self.captured_at.isoformat()

        description = self.description

        reference = self.reference

        refunded_amount = self.refunded_amount

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        shipping_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_info, Unset):
            shipping_info = []
            for shipping_info_item_data in self.shipping_info:
                shipping_info_item = shipping_info_item_data.to_dict()
                shipping_info.append(shipping_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capture_id is not UNSET:
            field_dict["capture_id"] = capture_id
        if klarna_reference is not UNSET:
            field_dict["klarna_reference"] = klarna_reference
        if captured_amount is not UNSET:
            field_dict["captured_amount"] = captured_amount
        if captured_at is not UNSET:
            field_dict["captured_at"] = captured_at
        if description is not UNSET:
            field_dict["description"] = description
        if reference is not UNSET:
            field_dict["reference"] = reference
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if order_lines is not UNSET:
            field_dict["order_lines"] = order_lines
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if shipping_info is not UNSET:
            field_dict["shipping_info"] = shipping_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_management_address import OrderManagementAddress  # noqa: PLC0415
        from ..models.order_management_order_line_response import OrderManagementOrderLineResponse  # noqa: PLC0415
        from ..models.shipping_info_response import ShippingInfoResponse  # noqa: PLC0415

        d = dict(src_dict)
        capture_id = d.pop("capture_id", UNSET)

        klarna_reference = d.pop("klarna_reference", UNSET)

        captured_amount = d.pop("captured_amount", UNSET)

        _captured_at = d.pop("captured_at", UNSET)
        captured_at: datetime.datetime | Unset
        if isinstance(_captured_at, Unset):
            captured_at = UNSET
        else:
            captured_at = datetime.datetime.fromisoformat(_captured_at)

        description = d.pop("description", UNSET)

        reference = d.pop("reference", UNSET)

        refunded_amount = d.pop("refunded_amount", UNSET)

        _order_lines = d.pop("order_lines", UNSET)
        order_lines: list[OrderManagementOrderLineResponse] | Unset = UNSET
        if _order_lines is not UNSET:
            order_lines = []
            for order_lines_item_data in _order_lines:
                order_lines_item = OrderManagementOrderLineResponse.from_dict(order_lines_item_data)

                order_lines.append(order_lines_item)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: OrderManagementAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = OrderManagementAddress.from_dict(_billing_address)

        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: OrderManagementAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = OrderManagementAddress.from_dict(_shipping_address)

        _shipping_info = d.pop("shipping_info", UNSET)
        shipping_info: list[ShippingInfoResponse] | Unset = UNSET
        if _shipping_info is not UNSET:
            shipping_info = []
            for shipping_info_item_data in _shipping_info:
                shipping_info_item = ShippingInfoResponse.from_dict(shipping_info_item_data)

                shipping_info.append(shipping_info_item)

        capture = cls(
            capture_id=capture_id,
            klarna_reference=klarna_reference,
            captured_amount=captured_amount,
            captured_at=captured_at,
            description=description,
            reference=reference,
            refunded_amount=refunded_amount,
            order_lines=order_lines,
            billing_address=billing_address,
            shipping_address=shipping_address,
            shipping_info=shipping_info,
        )

        capture.additional_properties = d
        return capture

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
