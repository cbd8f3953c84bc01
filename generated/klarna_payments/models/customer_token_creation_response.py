from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.customer_read_create_token import CustomerReadCreateToken


T = TypeVar("T", bound="CustomerTokenCreationResponse")


@_attrs_define
class CustomerTokenCreationResponse:
    """The customer token Klarna created.

    Attributes:
        token_id (str): The customer token, used later with the Customer Token API to place orders. A secret:
            whoever holds it (with your credentials) can charge the customer, so reprs hide it.
        payment_method_reference (str | Unset): Links the customer to the stored payment method, when Klarna provides
            one.
        redirect_url (str | Unset): Optional step: send the shopper's browser here so Klarna can set a cookie before
            redirecting to the merchant's confirmation page.
        billing_address (Address | Unset): A postal address with contact details. Every field is optional.
        customer (CustomerReadCreateToken | Unset): The little Klarna tells about the customer when creating a token.
    """

    token_id: str
    payment_method_reference: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    billing_address: Address | Unset = UNSET
    customer: CustomerReadCreateToken | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        payment_method_reference = self.payment_method_reference

        redirect_url = self.redirect_url

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
                "token_id": token_id,
            }
        )
        if payment_method_reference is not UNSET:
            field_dict["payment_method_reference"] = payment_method_reference
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.customer_read_create_token import CustomerReadCreateToken  # noqa: PLC0415

        d = dict(src_dict)
        token_id = d.pop("token_id")

        payment_method_reference = d.pop("payment_method_reference", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        _customer = d.pop("customer", UNSET)
        customer: CustomerReadCreateToken | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerReadCreateToken.from_dict(_customer)

        customer_token_creation_response = cls(
            token_id=token_id,
            payment_method_reference=payment_method_reference,
            redirect_url=redirect_url,
            billing_address=billing_address,
            customer=customer,
        )

        customer_token_creation_response.additional_properties = d
        return customer_token_creation_response

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
