from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_management_order_status import OrderManagementOrderStatus
from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.capture import Capture
    from ..models.initial_payment_method import InitialPaymentMethod
    from ..models.order_management_address import OrderManagementAddress
    from ..models.order_management_customer import OrderManagementCustomer
    from ..models.order_management_order_line_response import OrderManagementOrderLineResponse
    from ..models.refund import Refund
    from ..models.selected_shipping_option import SelectedShippingOption
    from ..models.shipping_info_response import ShippingInfoResponse


T = TypeVar("T", bound="OrderManagementOrder")


@_attrs_define
class OrderManagementOrder:
    """An order as Order Management holds it. Klarna requires none of its fields, so any may
    be absent.

        Attributes:
            order_id (str | Unset): The order's id (at most 255 characters), as in every call's path.
            status (OrderManagementOrderStatus | str | Unset): Where the order stands: `AUTHORIZED` (nothing captured yet),
                `PART_CAPTURED`,
                `CAPTURED` (in full), `CANCELLED`, `EXPIRED` or `CLOSED`. Klarna does not define
                the last two further; `EXPIRED` presumably means `expires_at` passed before a full
                capture. Klarna may add values.
            fraud_status (str | Unset): Klarna's fraud decision: `ACCEPTED`, `PENDING` or `REJECTED`. Do not ship or
                capture while it is `PENDING`: Klarna calls `merchant_urls.notification` with the
                decision. Klarna may add values.
            order_amount (int | Unset): The authorized total now, in minor units (it changes with updateAuthorization).
            original_order_amount (int | Unset): The total when the order was placed, in minor units.
            captured_amount (int | Unset): The sum of all captures, in minor units.
            refunded_amount (int | Unset): The sum of all refunds, in minor units; never more than `captured_amount`.
            remaining_authorized_amount (int | Unset): What can still be captured, in minor units. To capture more than
                this, raise the
                order amount first (updateAuthorization).
            purchase_country (str | Unset): Country of the purchase (ISO 3166-1 alpha-2); Klarna may write it in lower case.
            purchase_currency (str | Unset): Currency of the purchase (ISO 4217); Klarna may write it in lower case.
            locale (str | Unset): Language and country of the purchase (RFC 1766), e.g. `en-GB`.
            order_lines (list[OrderManagementOrderLineResponse] | Unset): The order's lines as they are now.
            merchant_reference1 (str | Unset): The merchant's order number, shown to the customer (also in the Klarna app).
            merchant_reference2 (str | Unset): A second merchant reference, e.g. the ERP's.
            klarna_reference (str | Unset): Klarna's short reference of the order, the one the customer sees from Klarna.
            merchant_data (str | Unset): Free text the merchant gave when placing the order, handed back unchanged.
            customer (OrderManagementCustomer | Unset): What Klarna tells about the customer of an order. Every field is
                optional.
            billing_address (OrderManagementAddress | Unset): A postal address with contact details, as Order Management
                holds it. Every field is
                optional. The limits are Order Management's, not those of the Payments `address`.
            shipping_address (OrderManagementAddress | Unset): A postal address with contact details, as Order Management
                holds it. Every field is
                optional. The limits are Order Management's, not those of the Payments `address`.
            created_at (datetime.datetime | Unset): When the customer placed the order.
            expires_at (datetime.datetime | Unset): The deadline for capturing: after it the authorization lapses and the
                order can no
                longer be captured (28 days after the purchase unless Klarna configured the account
                otherwise; extendAuthorizationTime moves it, up to 180 days after the purchase).
            captures (list[Capture] | Unset): Every capture of the order.
            refunds (list[Refund] | Unset): Every refund of the order.
            initial_payment_method (InitialPaymentMethod | Unset): The payment method the customer chose when placing the
                order. Every field is optional.
            selected_shipping_option (SelectedShippingOption | Unset): The shipping option the customer chose in Klarna
                Checkout. Every field is optional.
                Amounts are in minor units.
            shipping_info (list[ShippingInfoResponse] | Unset): Shipping information given for the order as a whole
                (appendOrderShippingInfo).
    """

    order_id: str | Unset = UNSET
    status: OrderManagementOrderStatus | str | Unset = UNSET
    fraud_status: str | Unset = UNSET
    order_amount: int | Unset = UNSET
    original_order_amount: int | Unset = UNSET
    captured_amount: int | Unset = UNSET
    refunded_amount: int | Unset = UNSET
    remaining_authorized_amount: int | Unset = UNSET
    purchase_country: str | Unset = UNSET
    purchase_currency: str | Unset = UNSET
    locale: str | Unset = UNSET
    order_lines: list[OrderManagementOrderLineResponse] | Unset = UNSET
    merchant_reference1: str | Unset = UNSET
    merchant_reference2: str | Unset = UNSET
    klarna_reference: str | Unset = UNSET
    merchant_data: str | Unset = UNSET
    customer: OrderManagementCustomer | Unset = UNSET
    billing_address: OrderManagementAddress | Unset = UNSET
    shipping_address: OrderManagementAddress | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    captures: list[Capture] | Unset = UNSET
    refunds: list[Refund] | Unset = UNSET
    initial_payment_method: InitialPaymentMethod | Unset = UNSET
    selected_shipping_option: SelectedShippingOption | Unset = UNSET
    shipping_info: list[ShippingInfoResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderManagementOrderStatus):
            status = self.status.value
        else:
            status = self.status

        fraud_status = self.fraud_status

        order_amount = self.order_amount

        original_order_amount = self.original_order_amount

        captured_amount = self.captured_amount

        refunded_amount = self.refunded_amount

        remaining_authorized_amount = self.remaining_authorized_amount

        purchase_country = self.purchase_country

        purchase_currency = self.purchase_currency

        locale = self.locale

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        merchant_reference1 = self.merchant_reference1

        merchant_reference2 = self.merchant_reference2

        klarna_reference = self.klarna_reference

        merchant_data = self.merchant_data

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        captures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.captures, Unset):
            captures = []
            for captures_item_data in self.captures:
                captures_item = captures_item_data.to_dict()
                captures.append(captures_item)

        refunds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refunds, Unset):
            refunds = []
            for refunds_item_data in self.refunds:
                refunds_item = refunds_item_data.to_dict()
                refunds.append(refunds_item)

        initial_payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_payment_method, Unset):
            initial_payment_method = self.initial_payment_method.to_dict()

        selected_shipping_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_shipping_option, Unset):
            selected_shipping_option = self.selected_shipping_option.to_dict()

        shipping_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_info, Unset):
            shipping_info = []
            for shipping_info_item_data in self.shipping_info:
                shipping_info_item = shipping_info_item_data.to_dict()
                shipping_info.append(shipping_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if status is not UNSET:
            field_dict["status"] = status
        if fraud_status is not UNSET:
            field_dict["fraud_status"] = fraud_status
        if order_amount is not UNSET:
            field_dict["order_amount"] = order_amount
        if original_order_amount is not UNSET:
            field_dict["original_order_amount"] = original_order_amount
        if captured_amount is not UNSET:
            field_dict["captured_amount"] = captured_amount
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if remaining_authorized_amount is not UNSET:
            field_dict["remaining_authorized_amount"] = remaining_authorized_amount
        if purchase_country is not UNSET:
            field_dict["purchase_country"] = purchase_country
        if purchase_currency is not UNSET:
            field_dict["purchase_currency"] = purchase_currency
        if locale is not UNSET:
            field_dict["locale"] = locale
        if order_lines is not UNSET:
            field_dict["order_lines"] = order_lines
        if merchant_reference1 is not UNSET:
            field_dict["merchant_reference1"] = merchant_reference1
        if merchant_reference2 is not UNSET:
            field_dict["merchant_reference2"] = merchant_reference2
        if klarna_reference is not UNSET:
            field_dict["klarna_reference"] = klarna_reference
        if merchant_data is not UNSET:
            field_dict["merchant_data"] = merchant_data
        if customer is not UNSET:
            field_dict["customer"] = customer
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if captures is not UNSET:
            field_dict["captures"] = captures
        if refunds is not UNSET:
            field_dict["refunds"] = refunds
        if initial_payment_method is not UNSET:
            field_dict["initial_payment_method"] = initial_payment_method
        if selected_shipping_option is not UNSET:
            field_dict["selected_shipping_option"] = selected_shipping_option
        if shipping_info is not UNSET:
            field_dict["shipping_info"] = shipping_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capture import Capture  # noqa: PLC0415
        from ..models.initial_payment_method import InitialPaymentMethod  # noqa: PLC0415
        from ..models.order_management_address import OrderManagementAddress  # noqa: PLC0415
        from ..models.order_management_customer import OrderManagementCustomer  # noqa: PLC0415
        from ..models.order_management_order_line_response import OrderManagementOrderLineResponse  # noqa: PLC0415
        from ..models.refund import Refund  # noqa: PLC0415
        from ..models.selected_shipping_option import SelectedShippingOption  # noqa: PLC0415
        from ..models.shipping_info_response import ShippingInfoResponse  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        def _parse_status(data: object) -> OrderManagementOrderStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_status = OrderManagementOrderStatus(data)

                return status_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderManagementOrderStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        fraud_status = d.pop("fraud_status", UNSET)

        order_amount = d.pop("order_amount", UNSET)

        original_order_amount = d.pop("original_order_amount", UNSET)

        captured_amount = d.pop("captured_amount", UNSET)

        refunded_amount = d.pop("refunded_amount", UNSET)

        remaining_authorized_amount = d.pop("remaining_authorized_amount", UNSET)

        purchase_country = d.pop("purchase_country", UNSET)

        purchase_currency = d.pop("purchase_currency", UNSET)

        locale = d.pop("locale", UNSET)

        _order_lines = d.pop("order_lines", UNSET)
        order_lines: list[OrderManagementOrderLineResponse] | Unset = UNSET
        if _order_lines is not UNSET:
            order_lines = []
            for order_lines_item_data in _order_lines:
                order_lines_item = OrderManagementOrderLineResponse.from_dict(order_lines_item_data)

                order_lines.append(order_lines_item)

        merchant_reference1 = d.pop("merchant_reference1", UNSET)

        merchant_reference2 = d.pop("merchant_reference2", UNSET)

        klarna_reference = d.pop("klarna_reference", UNSET)

        merchant_data = d.pop("merchant_data", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: OrderManagementCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = OrderManagementCustomer.from_dict(_customer)

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

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _captures = d.pop("captures", UNSET)
        captures: list[Capture] | Unset = UNSET
        if _captures is not UNSET:
            captures = []
            for captures_item_data in _captures:
                captures_item = Capture.from_dict(captures_item_data)

                captures.append(captures_item)

        _refunds = d.pop("refunds", UNSET)
        refunds: list[Refund] | Unset = UNSET
        if _refunds is not UNSET:
            refunds = []
            for refunds_item_data in _refunds:
                refunds_item = Refund.from_dict(refunds_item_data)

                refunds.append(refunds_item)

        _initial_payment_method = d.pop("initial_payment_method", UNSET)
        initial_payment_method: InitialPaymentMethod | Unset
        if isinstance(_initial_payment_method, Unset):
            initial_payment_method = UNSET
        else:
            initial_payment_method = InitialPaymentMethod.from_dict(_initial_payment_method)

        _selected_shipping_option = d.pop("selected_shipping_option", UNSET)
        selected_shipping_option: SelectedShippingOption | Unset
        if isinstance(_selected_shipping_option, Unset):
            selected_shipping_option = UNSET
        else:
            selected_shipping_option = SelectedShippingOption.from_dict(_selected_shipping_option)

        _shipping_info = d.pop("shipping_info", UNSET)
        shipping_info: list[ShippingInfoResponse] | Unset = UNSET
        if _shipping_info is not UNSET:
            shipping_info = []
            for shipping_info_item_data in _shipping_info:
                shipping_info_item = ShippingInfoResponse.from_dict(shipping_info_item_data)

                shipping_info.append(shipping_info_item)

        order_management_order = cls(
            order_id=order_id,
            status=status,
            fraud_status=fraud_status,
            order_amount=order_amount,
            original_order_amount=original_order_amount,
            captured_amount=captured_amount,
            refunded_amount=refunded_amount,
            remaining_authorized_amount=remaining_authorized_amount,
            purchase_country=purchase_country,
            purchase_currency=purchase_currency,
            locale=locale,
            order_lines=order_lines,
            merchant_reference1=merchant_reference1,
            merchant_reference2=merchant_reference2,
            klarna_reference=klarna_reference,
            merchant_data=merchant_data,
            customer=customer,
            billing_address=billing_address,
            shipping_address=shipping_address,
            created_at=created_at,
            expires_at=expires_at,
            captures=captures,
            refunds=refunds,
            initial_payment_method=initial_payment_method,
            selected_shipping_option=selected_shipping_option,
            shipping_info=shipping_info,
        )

        order_management_order.additional_properties = d
        return order_management_order

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
