from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_token_authorized_payment_method_type import CustomerTokenAuthorizedPaymentMethodType
from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="CustomerTokenAuthorizedPaymentMethod")


@_attrs_define
class CustomerTokenAuthorizedPaymentMethod:
    """The payment method the customer-token order was charged to.

    Attributes:
        type_ (CustomerTokenAuthorizedPaymentMethodType | str): Kind of payment method. Klarna adds values over time;
            clients must tolerate new ones.
        number_of_days (int | Unset): Days until payment is due, for invoice-like methods.
        number_of_installments (int | Unset): Number of instalments, for instalment plans.
    """

    type_: CustomerTokenAuthorizedPaymentMethodType | str
    number_of_days: int | Unset = UNSET
    number_of_installments: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, CustomerTokenAuthorizedPaymentMethodType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        number_of_days = self.number_of_days

        number_of_installments = self.number_of_installments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if number_of_days is not UNSET:
            field_dict["number_of_days"] = number_of_days
        if number_of_installments is not UNSET:
            field_dict["number_of_installments"] = number_of_installments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> CustomerTokenAuthorizedPaymentMethodType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type = CustomerTokenAuthorizedPaymentMethodType(data)

                return type_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerTokenAuthorizedPaymentMethodType | str, data)

        type_ = _parse_type_(d.pop("type"))

        number_of_days = d.pop("number_of_days", UNSET)

        number_of_installments = d.pop("number_of_installments", UNSET)

        customer_token_authorized_payment_method = cls(
            type_=type_,
            number_of_days=number_of_days,
            number_of_installments=number_of_installments,
        )

        customer_token_authorized_payment_method.additional_properties = d
        return customer_token_authorized_payment_method

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
