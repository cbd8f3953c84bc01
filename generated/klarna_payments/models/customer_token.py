from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_token_status import CustomerTokenStatus
from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.customer_token_card import CustomerTokenCard
    from ..models.customer_token_direct_debit import CustomerTokenDirectDebit


T = TypeVar("T", bound="CustomerToken")


@_attrs_define
class CustomerToken:
    """A customer token as Klarna holds it.

    Attributes:
        status (CustomerTokenStatus | str): `ACTIVE`: the token can be charged. `CANCELLED`: the merchant cancelled it;
            final.
            `SUSPENDED`: Klarna suspended it; it cannot be charged for now. Klarna may add
            values: expect others.
        payment_method_type (str): The kind of payment method the token charges, e.g. `INVOICE`. Klarna declares no
            list of values, so none is enforced.
        card (CustomerTokenCard | Unset): The stored card of a token that charges a card, masked.
        direct_debit (CustomerTokenDirectDebit | Unset): The stored bank account of a token that charges by direct
            debit, masked.
    """

    status: CustomerTokenStatus | str
    payment_method_type: str
    card: CustomerTokenCard | Unset = UNSET
    direct_debit: CustomerTokenDirectDebit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, CustomerTokenStatus):
            status = self.status.value
        else:
            status = self.status

        payment_method_type = self.payment_method_type

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        direct_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.direct_debit, Unset):
            direct_debit = self.direct_debit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "payment_method_type": payment_method_type,
            }
        )
        if card is not UNSET:
            field_dict["card"] = card
        if direct_debit is not UNSET:
            field_dict["direct_debit"] = direct_debit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_token_card import CustomerTokenCard  # noqa: PLC0415
        from ..models.customer_token_direct_debit import CustomerTokenDirectDebit  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_status(data: object) -> CustomerTokenStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_status = CustomerTokenStatus(data)

                return status_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerTokenStatus | str, data)

        status = _parse_status(d.pop("status"))

        payment_method_type = d.pop("payment_method_type")

        _card = d.pop("card", UNSET)
        card: CustomerTokenCard | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = CustomerTokenCard.from_dict(_card)

        _direct_debit = d.pop("direct_debit", UNSET)
        direct_debit: CustomerTokenDirectDebit | Unset
        if isinstance(_direct_debit, Unset):
            direct_debit = UNSET
        else:
            direct_debit = CustomerTokenDirectDebit.from_dict(_direct_debit)

        customer_token = cls(
            status=status,
            payment_method_type=payment_method_type,
            card=card,
            direct_debit=direct_debit,
        )

        customer_token.additional_properties = d
        return customer_token

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
