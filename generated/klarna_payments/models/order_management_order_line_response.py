from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_management_order_line_response_type import OrderManagementOrderLineResponseType
from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.order_management_product_identifiers import OrderManagementProductIdentifiers
    from ..models.order_management_subscription_response import OrderManagementSubscriptionResponse


T = TypeVar("T", bound="OrderManagementOrderLineResponse")


@_attrs_define
class OrderManagementOrderLineResponse:
    """One line of an order, a capture or a refund: what it is, how many, and its amounts in
    minor units (`total_amount` is `quantity × unit_price − total_discount_amount`).

        Attributes:
            name (str): What the line is, as the customer sees it.
            quantity (int): Number of units.
            unit_price (int): Price of one unit in minor units, tax included, discount not deducted.
            total_amount (int): Total of the line in minor units, tax included, discount deducted.
            total_discount_amount (int | Unset): Discount on the line in minor units, tax included.
            total_tax_amount (int | Unset): Tax of the line in minor units; negative on discount lines.
            tax_rate (int | Unset): Tax rate with two implied decimals (2500 = 25 %).
            type_ (OrderManagementOrderLineResponseType | str | Unset): Kind of line. `return_fee` is for a fee kept on a
                refund. The SDK types these
                values, and sends another one with a warning.
            reference (str | Unset): Article number or SKU.
            quantity_unit (str | Unset): Unit of the quantity, e.g. `pcs` or `kg`.
            merchant_data (str | Unset): Free text Klarna stores with the line.
            product_url (str | Unset): The product's page in the merchant's shop.
            image_url (str | Unset): A picture of the product.
            product_identifiers (OrderManagementProductIdentifiers | Unset): Standard identifiers of a product. Every field
                is optional.
            subscription (OrderManagementSubscriptionResponse | Unset): How often a subscription line recurs.
    """

    name: str
    quantity: int
    unit_price: int
    total_amount: int
    total_discount_amount: int | Unset = UNSET
    total_tax_amount: int | Unset = UNSET
    tax_rate: int | Unset = UNSET
    type_: OrderManagementOrderLineResponseType | str | Unset = UNSET
    reference: str | Unset = UNSET
    quantity_unit: str | Unset = UNSET
    merchant_data: str | Unset = UNSET
    product_url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    product_identifiers: OrderManagementProductIdentifiers | Unset = UNSET
    subscription: OrderManagementSubscriptionResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity = self.quantity

        unit_price = self.unit_price

        total_amount = self.total_amount

        total_discount_amount = self.total_discount_amount

        total_tax_amount = self.total_tax_amount

        tax_rate = self.tax_rate

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OrderManagementOrderLineResponseType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        reference = self.reference

        quantity_unit = self.quantity_unit

        merchant_data = self.merchant_data

        product_url = self.product_url

        image_url = self.image_url

        product_identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_identifiers, Unset):
            product_identifiers = self.product_identifiers.to_dict()

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "quantity": quantity,
                "unit_price": unit_price,
                "total_amount": total_amount,
            }
        )
        if total_discount_amount is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount
        if total_tax_amount is not UNSET:
            field_dict["total_tax_amount"] = total_tax_amount
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reference is not UNSET:
            field_dict["reference"] = reference
        if quantity_unit is not UNSET:
            field_dict["quantity_unit"] = quantity_unit
        if merchant_data is not UNSET:
            field_dict["merchant_data"] = merchant_data
        if product_url is not UNSET:
            field_dict["product_url"] = product_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if product_identifiers is not UNSET:
            field_dict["product_identifiers"] = product_identifiers
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_management_product_identifiers import OrderManagementProductIdentifiers  # noqa: PLC0415
        from ..models.order_management_subscription_response import OrderManagementSubscriptionResponse  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        quantity = d.pop("quantity")

        unit_price = d.pop("unit_price")

        total_amount = d.pop("total_amount")

        total_discount_amount = d.pop("total_discount_amount", UNSET)

        total_tax_amount = d.pop("total_tax_amount", UNSET)

        tax_rate = d.pop("tax_rate", UNSET)

        def _parse_type_(data: object) -> OrderManagementOrderLineResponseType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type = OrderManagementOrderLineResponseType(data)

                return type_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderManagementOrderLineResponseType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        reference = d.pop("reference", UNSET)

        quantity_unit = d.pop("quantity_unit", UNSET)

        merchant_data = d.pop("merchant_data", UNSET)

        product_url = d.pop("product_url", UNSET)

        image_url = d.pop("image_url", UNSET)

        _product_identifiers = d.pop("product_identifiers", UNSET)
        product_identifiers: OrderManagementProductIdentifiers | Unset
        if isinstance(_product_identifiers, Unset):
            product_identifiers = UNSET
        else:
            product_identifiers = OrderManagementProductIdentifiers.from_dict(_product_identifiers)

        _subscription = d.pop("subscription", UNSET)
        subscription: OrderManagementSubscriptionResponse | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = OrderManagementSubscriptionResponse.from_dict(_subscription)

        order_management_order_line_response = cls(
            name=name,
            quantity=quantity,
            unit_price=unit_price,
            total_amount=total_amount,
            total_discount_amount=total_discount_amount,
            total_tax_amount=total_tax_amount,
            tax_rate=tax_rate,
            type_=type_,
            reference=reference,
            quantity_unit=quantity_unit,
            merchant_data=merchant_data,
            product_url=product_url,
            image_url=image_url,
            product_identifiers=product_identifiers,
            subscription=subscription,
        )

        order_management_order_line_response.additional_properties = d
        return order_management_order_line_response

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
