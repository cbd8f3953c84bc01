from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="InitialPaymentMethod")


@_attrs_define
class InitialPaymentMethod:
    """The payment method the customer chose when placing the order. Every field is optional.

    Attributes:
        type_ (str | Unset): Kind of payment method, e.g. `INVOICE`, `FIXED_AMOUNT`, `PAY_LATER_IN_PARTS`,
            `CARD`, `DIRECT_DEBIT` or `OTHER`. Klarna lists more values in prose and adds new
            ones: treat it as open text.
        description (str | Unset): The payment method's name as the customer saw it.
        number_of_installments (int | Unset): Number of instalments, for instalment plans.
    """

    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    number_of_installments: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        number_of_installments = self.number_of_installments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if number_of_installments is not UNSET:
            field_dict["number_of_installments"] = number_of_installments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        description = d.pop("description", UNSET)

        number_of_installments = d.pop("number_of_installments", UNSET)

        initial_payment_method = cls(
            type_=type_,
            description=description,
            number_of_installments=number_of_installments,
        )

        initial_payment_method.additional_properties = d
        return initial_payment_method

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
