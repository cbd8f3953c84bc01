from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.customer import Customer
    from ..models.merchant_urls import MerchantUrls
    from ..models.order_line import OrderLine


T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """The purchase to turn into an order; must match what the shopper authorized.

    Attributes:
        order_amount (int): Total of the order in minor units, tax and discounts included.
        order_lines (list[OrderLine]): The items of the purchase.
        purchase_country (str): Country of the purchase (ISO 3166-1 alpha-2); a billing address country takes
            precedence.
        purchase_currency (str): Currency of the purchase (ISO 4217).
        auto_capture (bool | Unset): Ask Klarna to capture the full amount as soon as the order is created. Whether this
            is allowed depends on the merchant's contract.
        billing_address (Address | Unset): A postal address with contact details. Every field is optional.
        custom_payment_method_ids (list[str] | Unset): Promotion codes that select payment options configured for the
            merchant. They have
            commercial consequences; agree on them with Klarna first.
        customer (Customer | Unset): Facts about the shopper that the merchant knows. Every field is optional.
        locale (str | Unset): Language and country of the purchase (RFC 1766), e.g. `en-GB` or `sv-SE`.
        merchant_data (str | Unset): Free text Klarna stores with the order and hands back unchanged.
        merchant_reference1 (str | Unset): The merchant's own order number, shown to the shopper and on settlement
            reports.
        merchant_reference2 (str | Unset): A second merchant reference, also shown in settlement files.
        merchant_urls (MerchantUrls | Unset): The merchant's callback and redirect URLs. `{session.id}` and `{order.id}`
            placeholders
            are filled in by Klarna. Klarna declares no URI format, so none is enforced.
        order_tax_amount (int | Unset): Total tax of the order in minor units.
        shipping_address (Address | Unset): A postal address with contact details. Every field is optional.
    """

    order_amount: int
    order_lines: list[OrderLine]
    purchase_country: str
    purchase_currency: str
    auto_capture: bool | Unset = UNSET
    billing_address: Address | Unset = UNSET
    custom_payment_method_ids: list[str] | Unset = UNSET
    customer: Customer | Unset = UNSET
    locale: str | Unset = UNSET
    merchant_data: str | Unset = UNSET
    merchant_reference1: str | Unset = UNSET
    merchant_reference2: str | Unset = UNSET
    merchant_urls: MerchantUrls | Unset = UNSET
    order_tax_amount: int | Unset = UNSET
    shipping_address: Address | Unset = UNSET
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

        purchase_country = self.purchase_country

        purchase_currency = self.purchase_currency

        auto_capture = self.auto_capture

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        custom_payment_method_ids: list[str] | Unset = UNSET
        if not isinstance(self.custom_payment_method_ids, Unset):
            custom_payment_method_ids = self.custom_payment_method_ids

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        locale = self.locale

        merchant_data = self.merchant_data

        merchant_reference1 = self.merchant_reference1

        merchant_reference2 = self.merchant_reference2

        merchant_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_urls, Unset):
            merchant_urls = self.merchant_urls.to_dict()

        order_tax_amount = self.order_tax_amount

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_amount": order_amount,
                "order_lines": order_lines,
                "purchase_country": purchase_country,
                "purchase_currency": purchase_currency,
            }
        )
        if auto_capture is not UNSET:
            field_dict["auto_capture"] = auto_capture
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if custom_payment_method_ids is not UNSET:
            field_dict["custom_payment_method_ids"] = custom_payment_method_ids
        if customer is not UNSET:
            field_dict["customer"] = customer
        if locale is not UNSET:
            field_dict["locale"] = locale
        if merchant_data is not UNSET:
            field_dict["merchant_data"] = merchant_data
        if merchant_reference1 is not UNSET:
            field_dict["merchant_reference1"] = merchant_reference1
        if merchant_reference2 is not UNSET:
            field_dict["merchant_reference2"] = merchant_reference2
        if merchant_urls is not UNSET:
            field_dict["merchant_urls"] = merchant_urls
        if order_tax_amount is not UNSET:
            field_dict["order_tax_amount"] = order_tax_amount
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.merchant_urls import MerchantUrls  # noqa: PLC0415
        from ..models.order_line import OrderLine  # noqa: PLC0415

        d = dict(src_dict)
        order_amount = d.pop("order_amount")

        order_lines = []
        _order_lines = d.pop("order_lines")
        for order_lines_item_data in _order_lines:
            order_lines_item = OrderLine.from_dict(order_lines_item_data)

            order_lines.append(order_lines_item)

        purchase_country = d.pop("purchase_country")

        purchase_currency = d.pop("purchase_currency")

        auto_capture = d.pop("auto_capture", UNSET)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        custom_payment_method_ids = cast(list[str], d.pop("custom_payment_method_ids", UNSET))

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        locale = d.pop("locale", UNSET)

        merchant_data = d.pop("merchant_data", UNSET)

        merchant_reference1 = d.pop("merchant_reference1", UNSET)

        merchant_reference2 = d.pop("merchant_reference2", UNSET)

        _merchant_urls = d.pop("merchant_urls", UNSET)
        merchant_urls: MerchantUrls | Unset
        if isinstance(_merchant_urls, Unset):
            merchant_urls = UNSET
        else:
            merchant_urls = MerchantUrls.from_dict(_merchant_urls)

        order_tax_amount = d.pop("order_tax_amount", UNSET)

        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: Address | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = Address.from_dict(_shipping_address)

        create_order_request = cls(
            order_amount=order_amount,
            order_lines=order_lines,
            purchase_country=purchase_country,
            purchase_currency=purchase_currency,
            auto_capture=auto_capture,
            billing_address=billing_address,
            custom_payment_method_ids=custom_payment_method_ids,
            customer=customer,
            locale=locale,
            merchant_data=merchant_data,
            merchant_reference1=merchant_reference1,
            merchant_reference2=merchant_reference2,
            merchant_urls=merchant_urls,
            order_tax_amount=order_tax_amount,
            shipping_address=shipping_address,
        )

        create_order_request.additional_properties = d
        return create_order_request

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
