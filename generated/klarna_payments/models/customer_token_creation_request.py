from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_token_creation_request_intended_use import CustomerTokenCreationRequestIntendedUse
from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.customer import Customer


T = TypeVar("T", bound="CustomerTokenCreationRequest")


@_attrs_define
class CustomerTokenCreationRequest:
    """What the customer token is for, and where the purchase happens.

    Attributes:
        description (str): What the token will be used for, as the shopper will recognise it.
        intended_use (CustomerTokenCreationRequestIntendedUse): How the token will be charged. Klarna defines only
            `SUBSCRIPTION`.
        locale (str): Language and country (RFC 1766), e.g. `en-GB`.
        purchase_country (str): Country of the purchase (ISO 3166-1 alpha-2).
        purchase_currency (str): Currency of the purchase (ISO 4217).
        billing_address (Address | Unset): A postal address with contact details. Every field is optional.
        customer (Customer | Unset): Facts about the shopper that the merchant knows. Every field is optional.
    """

    description: str
    intended_use: CustomerTokenCreationRequestIntendedUse
    locale: str
    purchase_country: str
    purchase_currency: str
    billing_address: Address | Unset = UNSET
    customer: Customer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        intended_use = self.intended_use.value

        locale = self.locale

        purchase_country = self.purchase_country

        purchase_currency = self.purchase_currency

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "intended_use": intended_use,
                "locale": locale,
                "purchase_country": purchase_country,
                "purchase_currency": purchase_currency,
            }
        )
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        intended_use = CustomerTokenCreationRequestIntendedUse(d.pop("intended_use"))

        locale = d.pop("locale")

        purchase_country = d.pop("purchase_country")

        purchase_currency = d.pop("purchase_currency")

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        customer_token_creation_request = cls(
            description=description,
            intended_use=intended_use,
            locale=locale,
            purchase_country=purchase_country,
            purchase_currency=purchase_currency,
            billing_address=billing_address,
            customer=customer,
        )

        customer_token_creation_request.additional_properties = d
        return customer_token_creation_request

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
