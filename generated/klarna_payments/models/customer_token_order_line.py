from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_token_order_line_type import CustomerTokenOrderLineType
from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.customer_token_subscription import CustomerTokenSubscription
    from ..models.product_identifiers import ProductIdentifiers


T = TypeVar("T", bound="CustomerTokenOrderLine")


@_attrs_define
class CustomerTokenOrderLine:
    """One item of a customer-token order. A line for a recurring item must carry
    `subscription` (Klarna's documentation requires it; one-off lines such as shipping
    need none). Klarna checks the arithmetic: `total_amount` is
    `quantity × unit_price − total_discount_amount`, and `total_tax_amount` must be within
    one minor unit of `total_amount − total_amount × 10000 / (10000 + tax_rate)`.

        Attributes:
            name (str): What the shopper is charged for, as shown to them.
            quantity (int): Number of units.
            total_amount (int): Total of the line in minor units, tax included, discount deducted.
            unit_price (int): Price of one unit in minor units, tax included, discount not deducted.
            image_url (str | Unset): Picture of the product, at least 250×250 px recommended.
            merchant_data (str | Unset): Free text Klarna stores with this line.
            product_identifiers (ProductIdentifiers | Unset): Standard identifiers of a product. Every field is optional.
            product_url (str | Unset): The product's page in the merchant's shop.
            quantity_unit (str | Unset): Unit of the quantity, e.g. `pcs` or `kg`.
            reference (str | Unset): Article number or SKU.
            subscription (CustomerTokenSubscription | Unset): The subscription a recurring line bills, and how often it
                recurs.
            tax_rate (int | Unset): Tax rate in percent with two implied decimals (1900 = 19 %). Klarna's order rules
                (checked before sending) allow 0 to 10000.
            total_discount_amount (int | Unset): Discount on the line in minor units, tax included.
            total_tax_amount (int | Unset): Tax of the line in minor units; negative on `discount` lines.
            type_ (CustomerTokenOrderLineType | Unset): Kind of line; US sales tax goes on a line of its own with type
                `sales_tax`.
    """

    name: str
    quantity: int
    total_amount: int
    unit_price: int
    image_url: str | Unset = UNSET
    merchant_data: str | Unset = UNSET
    product_identifiers: ProductIdentifiers | Unset = UNSET
    product_url: str | Unset = UNSET
    quantity_unit: str | Unset = UNSET
    reference: str | Unset = UNSET
    subscription: CustomerTokenSubscription | Unset = UNSET
    tax_rate: int | Unset = UNSET
    total_discount_amount: int | Unset = UNSET
    total_tax_amount: int | Unset = UNSET
    type_: CustomerTokenOrderLineType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity = self.quantity

        total_amount = self.total_amount

        unit_price = self.unit_price

        image_url = self.image_url

        merchant_data = self.merchant_data

        product_identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_identifiers, Unset):
            product_identifiers = self.product_identifiers.to_dict()

        product_url = self.product_url

        quantity_unit = self.quantity_unit

        reference = self.reference

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        tax_rate = self.tax_rate

        total_discount_amount = self.total_discount_amount

        total_tax_amount = self.total_tax_amount

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "quantity": quantity,
                "total_amount": total_amount,
                "unit_price": unit_price,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if merchant_data is not UNSET:
            field_dict["merchant_data"] = merchant_data
        if product_identifiers is not UNSET:
            field_dict["product_identifiers"] = product_identifiers
        if product_url is not UNSET:
            field_dict["product_url"] = product_url
        if quantity_unit is not UNSET:
            field_dict["quantity_unit"] = quantity_unit
        if reference is not UNSET:
            field_dict["reference"] = reference
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if total_discount_amount is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount
        if total_tax_amount is not UNSET:
            field_dict["total_tax_amount"] = total_tax_amount
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_token_subscription import CustomerTokenSubscription  # noqa: PLC0415
        from ..models.product_identifiers import ProductIdentifiers  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        quantity = d.pop("quantity")

        total_amount = d.pop("total_amount")

        unit_price = d.pop("unit_price")

        image_url = d.pop("image_url", UNSET)

        merchant_data = d.pop("merchant_data", UNSET)

        _product_identifiers = d.pop("product_identifiers", UNSET)
        product_identifiers: ProductIdentifiers | Unset
        if isinstance(_product_identifiers, Unset):
            product_identifiers = UNSET
        else:
            product_identifiers = ProductIdentifiers.from_dict(_product_identifiers)

        product_url = d.pop("product_url", UNSET)

        quantity_unit = d.pop("quantity_unit", UNSET)

        reference = d.pop("reference", UNSET)

        _subscription = d.pop("subscription", UNSET)
        subscription: CustomerTokenSubscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = CustomerTokenSubscription.from_dict(_subscription)

        tax_rate = d.pop("tax_rate", UNSET)

        total_discount_amount = d.pop("total_discount_amount", UNSET)

        total_tax_amount = d.pop("total_tax_amount", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CustomerTokenOrderLineType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomerTokenOrderLineType(_type_)

        customer_token_order_line = cls(
            name=name,
            quantity=quantity,
            total_amount=total_amount,
            unit_price=unit_price,
            image_url=image_url,
            merchant_data=merchant_data,
            product_identifiers=product_identifiers,
            product_url=product_url,
            quantity_unit=quantity_unit,
            reference=reference,
            subscription=subscription,
            tax_rate=tax_rate,
            total_discount_amount=total_discount_amount,
            total_tax_amount=total_tax_amount,
            type_=type_,
        )

        customer_token_order_line.additional_properties = d
        return customer_token_order_line

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
