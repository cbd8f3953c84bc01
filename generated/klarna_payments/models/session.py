from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_acquiring_channel import SessionAcquiringChannel
from ..models.session_intent import SessionIntent
from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.attachment import Attachment
    from ..models.customer import Customer
    from ..models.merchant_urls import MerchantUrls
    from ..models.options import Options
    from ..models.order_line import OrderLine


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """A payment session's cart and settings, as sent to change a session: every field given
    replaces the session's. The same order rules apply as to an order.

        Attributes:
            acquiring_channel (SessionAcquiringChannel | Unset): Where the purchase happens; `ECOMMERCE` when not given.
            attachment (Attachment | Unset): Extra merchant data for Klarna's risk assessment (EMD), as a JSON string.
            billing_address (Address | Unset): A postal address with contact details. Every field is optional.
            custom_payment_method_ids (list[str] | Unset): Promotion codes that select payment options configured for the
                merchant.
            customer (Customer | Unset): Facts about the shopper that the merchant knows. Every field is optional.
            design (str | Unset): A widget design agreed with Klarna.
            intent (SessionIntent | Unset): What the authorization will be used for: an order (`buy`, the default), a
                customer
                token for later purchases (`tokenize`), or both (`buy_and_tokenize`).
            locale (str | Unset): Language and country of the purchase (RFC 1766), e.g. `en-US` or `sv-SE`.
            merchant_data (str | Unset): Free text Klarna stores with the session and hands back unchanged.
            merchant_reference1 (str | Unset): The merchant's own order number.
            merchant_reference2 (str | Unset): A second merchant reference.
            merchant_urls (MerchantUrls | Unset): The merchant's callback and redirect URLs. `{session.id}` and `{order.id}`
                placeholders
                are filled in by Klarna. Klarna declares no URI format, so none is enforced.
            options (Options | Unset): Colours and corners of the Klarna widget.
            order_amount (int | Unset): Total of the cart in minor units, tax and discounts included.
            order_lines (list[OrderLine] | Unset): The items of the cart.
            order_tax_amount (int | Unset): Total tax of the cart in minor units.
            purchase_country (str | Unset): Country of the purchase (ISO 3166-1 alpha-2).
            purchase_currency (str | Unset): Currency of the purchase (ISO 4217).
            shipping_address (Address | Unset): A postal address with contact details. Every field is optional.
    """

    acquiring_channel: SessionAcquiringChannel | Unset = UNSET
    attachment: Attachment | Unset = UNSET
    billing_address: Address | Unset = UNSET
    custom_payment_method_ids: list[str] | Unset = UNSET
    customer: Customer | Unset = UNSET
    design: str | Unset = UNSET
    intent: SessionIntent | Unset = UNSET
    locale: str | Unset = UNSET
    merchant_data: str | Unset = UNSET
    merchant_reference1: str | Unset = UNSET
    merchant_reference2: str | Unset = UNSET
    merchant_urls: MerchantUrls | Unset = UNSET
    options: Options | Unset = UNSET
    order_amount: int | Unset = UNSET
    order_lines: list[OrderLine] | Unset = UNSET
    order_tax_amount: int | Unset = UNSET
    purchase_country: str | Unset = UNSET
    purchase_currency: str | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        acquiring_channel: str | Unset = UNSET
        if not isinstance(self.acquiring_channel, Unset):
            acquiring_channel = self.acquiring_channel.value

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        custom_payment_method_ids: list[str] | Unset = UNSET
        if not isinstance(self.custom_payment_method_ids, Unset):
            custom_payment_method_ids = self.custom_payment_method_ids

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        design = self.design

        intent: str | Unset = UNSET
        if not isinstance(self.intent, Unset):
            intent = self.intent.value

        locale = self.locale

        merchant_data = self.merchant_data

        merchant_reference1 = self.merchant_reference1

        merchant_reference2 = self.merchant_reference2

        merchant_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_urls, Unset):
            merchant_urls = self.merchant_urls.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        order_amount = self.order_amount

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        order_tax_amount = self.order_tax_amount

        purchase_country = self.purchase_country

        purchase_currency = self.purchase_currency

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acquiring_channel is not UNSET:
            field_dict["acquiring_channel"] = acquiring_channel
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if custom_payment_method_ids is not UNSET:
            field_dict["custom_payment_method_ids"] = custom_payment_method_ids
        if customer is not UNSET:
            field_dict["customer"] = customer
        if design is not UNSET:
            field_dict["design"] = design
        if intent is not UNSET:
            field_dict["intent"] = intent
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
        if options is not UNSET:
            field_dict["options"] = options
        if order_amount is not UNSET:
            field_dict["order_amount"] = order_amount
        if order_lines is not UNSET:
            field_dict["order_lines"] = order_lines
        if order_tax_amount is not UNSET:
            field_dict["order_tax_amount"] = order_tax_amount
        if purchase_country is not UNSET:
            field_dict["purchase_country"] = purchase_country
        if purchase_currency is not UNSET:
            field_dict["purchase_currency"] = purchase_currency
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.merchant_urls import MerchantUrls  # noqa: PLC0415
        from ..models.options import Options  # noqa: PLC0415
        from ..models.order_line import OrderLine  # noqa: PLC0415

        d = dict(src_dict)
        _acquiring_channel = d.pop("acquiring_channel", UNSET)
        acquiring_channel: SessionAcquiringChannel | Unset
        if isinstance(_acquiring_channel, Unset):
            acquiring_channel = UNSET
        else:
            acquiring_channel = SessionAcquiringChannel(_acquiring_channel)

        _attachment = d.pop("attachment", UNSET)
        attachment: Attachment | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = Attachment.from_dict(_attachment)

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

        design = d.pop("design", UNSET)

        _intent = d.pop("intent", UNSET)
        intent: SessionIntent | Unset
        if isinstance(_intent, Unset):
            intent = UNSET
        else:
            intent = SessionIntent(_intent)

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

        _options = d.pop("options", UNSET)
        options: Options | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = Options.from_dict(_options)

        order_amount = d.pop("order_amount", UNSET)

        _order_lines = d.pop("order_lines", UNSET)
        order_lines: list[OrderLine] | Unset = UNSET
        if _order_lines is not UNSET:
            order_lines = []
            for order_lines_item_data in _order_lines:
                order_lines_item = OrderLine.from_dict(order_lines_item_data)

                order_lines.append(order_lines_item)

        order_tax_amount = d.pop("order_tax_amount", UNSET)

        purchase_country = d.pop("purchase_country", UNSET)

        purchase_currency = d.pop("purchase_currency", UNSET)

        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: Address | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = Address.from_dict(_shipping_address)

        session = cls(
            acquiring_channel=acquiring_channel,
            attachment=attachment,
            billing_address=billing_address,
            custom_payment_method_ids=custom_payment_method_ids,
            customer=customer,
            design=design,
            intent=intent,
            locale=locale,
            merchant_data=merchant_data,
            merchant_reference1=merchant_reference1,
            merchant_reference2=merchant_reference2,
            merchant_urls=merchant_urls,
            options=options,
            order_amount=order_amount,
            order_lines=order_lines,
            order_tax_amount=order_tax_amount,
            purchase_country=purchase_country,
            purchase_currency=purchase_currency,
            shipping_address=shipping_address,
        )

        session.additional_properties = d
        return session

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
