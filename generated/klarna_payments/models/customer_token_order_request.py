from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.customer_token_address import CustomerTokenAddress
    from ..models.customer_token_merchant_urls import CustomerTokenMerchantUrls
    from ..models.customer_token_order_line import CustomerTokenOrderLine


T = TypeVar("T", bound="CustomerTokenOrderRequest")


@_attrs_define
class CustomerTokenOrderRequest:
    """A recurring order on a customer token; the country, locale and billing address are the token's.

    Attributes:
        order_amount (int): Total of the order in minor units, tax and discounts included; at least 1.
        order_lines (list[CustomerTokenOrderLine]): The items charged.
        order_tax_amount (int): Total tax of the order in minor units.
        purchase_currency (str): Currency of the order (ISO 4217); one the token's payment method takes.
        auto_capture (bool | Unset): Ask Klarna to capture the full amount as soon as the order is created. Whether this
            is allowed depends on the merchant's contract.
        attachment (Attachment | Unset): Extra merchant data for Klarna's risk assessment (EMD), as a JSON string.
        merchant_data (str | Unset): Free text Klarna stores with the order and hands back unchanged.
        merchant_reference1 (str | Unset): The merchant's own order number, shown to the shopper as the order number.
            Make it
            unique per charge: it is how a charge whose outcome is unknown is found again.
        merchant_reference2 (str | Unset): A second merchant reference, also shown in settlement files.
        merchant_urls (CustomerTokenMerchantUrls | Unset): The merchant's URLs for a customer-token order. There is no
            `notification` URL here:
            Klarna does not document where the outcome of a `PENDING` review of such an order is
            sent, so read the order through Order Management. Klarna declares no URI format, so
            none is enforced.
        shipping_address (CustomerTokenAddress | Unset): A postal address with contact details. Every field is optional.
    """

    order_amount: int
    order_lines: list[CustomerTokenOrderLine]
    order_tax_amount: int
    purchase_currency: str
    auto_capture: bool | Unset = UNSET
    attachment: Attachment | Unset = UNSET
    merchant_data: str | Unset = UNSET
    merchant_reference1: str | Unset = UNSET
    merchant_reference2: str | Unset = UNSET
    merchant_urls: CustomerTokenMerchantUrls | Unset = UNSET
    shipping_address: CustomerTokenAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        order_amount = self.order_amount

        order_lines = []
        for order_lines_item_data in self.order_lines:
            order_lines_item = order_lines_item_data.to_dict()
            order_lines.append(order_lines_item)

        order_tax_amount = self.order_tax_amount

        purchase_currency = self.purchase_currency

        auto_capture = self.auto_capture

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        merchant_data = self.merchant_data

        merchant_reference1 = self.merchant_reference1

        merchant_reference2 = self.merchant_reference2

        merchant_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_urls, Unset):
            merchant_urls = self.merchant_urls.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_amount": order_amount,
                "order_lines": order_lines,
                "order_tax_amount": order_tax_amount,
                "purchase_currency": purchase_currency,
            }
        )
        if auto_capture is not UNSET:
            field_dict["auto_capture"] = auto_capture
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if merchant_data is not UNSET:
            field_dict["merchant_data"] = merchant_data
        if merchant_reference1 is not UNSET:
            field_dict["merchant_reference1"] = merchant_reference1
        if merchant_reference2 is not UNSET:
            field_dict["merchant_reference2"] = merchant_reference2
        if merchant_urls is not UNSET:
            field_dict["merchant_urls"] = merchant_urls
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.customer_token_address import CustomerTokenAddress  # noqa: PLC0415
        from ..models.customer_token_merchant_urls import CustomerTokenMerchantUrls  # noqa: PLC0415
        from ..models.customer_token_order_line import CustomerTokenOrderLine  # noqa: PLC0415

        d = dict(src_dict)
        order_amount = d.pop("order_amount")

        order_lines = []
        _order_lines = d.pop("order_lines")
        for order_lines_item_data in _order_lines:
            order_lines_item = CustomerTokenOrderLine.from_dict(order_lines_item_data)

            order_lines.append(order_lines_item)

        order_tax_amount = d.pop("order_tax_amount")

        purchase_currency = d.pop("purchase_currency")

        auto_capture = d.pop("auto_capture", UNSET)

        _attachment = d.pop("attachment", UNSET)
        attachment: Attachment | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = Attachment.from_dict(_attachment)

        merchant_data = d.pop("merchant_data", UNSET)

        merchant_reference1 = d.pop("merchant_reference1", UNSET)

        merchant_reference2 = d.pop("merchant_reference2", UNSET)

        _merchant_urls = d.pop("merchant_urls", UNSET)
        merchant_urls: CustomerTokenMerchantUrls | Unset
        if isinstance(_merchant_urls, Unset):
            merchant_urls = UNSET
        else:
            merchant_urls = CustomerTokenMerchantUrls.from_dict(_merchant_urls)

        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: CustomerTokenAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = CustomerTokenAddress.from_dict(_shipping_address)

        customer_token_order_request = cls(
            order_amount=order_amount,
            order_lines=order_lines,
            order_tax_amount=order_tax_amount,
            purchase_currency=purchase_currency,
            auto_capture=auto_capture,
            attachment=attachment,
            merchant_data=merchant_data,
            merchant_reference1=merchant_reference1,
            merchant_reference2=merchant_reference2,
            merchant_urls=merchant_urls,
            shipping_address=shipping_address,
        )

        customer_token_order_request.additional_properties = d
        return customer_token_order_request

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
