from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_token_order_fraud_status import CustomerTokenOrderFraudStatus
from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.customer_token_authorized_payment_method import CustomerTokenAuthorizedPaymentMethod


T = TypeVar("T", bound="CustomerTokenOrder")


@_attrs_define
class CustomerTokenOrder:
    """The order Klarna created on the customer token.

    Attributes:
        order_id (str): Identifies the order in every Order Management API call.
        fraud_status (CustomerTokenOrderFraudStatus | str): `ACCEPTED`: the order may be captured and delivered.
            `PENDING`: Klarna is still
            reviewing it (hours, at most 24); do not deliver yet. `REJECTED`: the review failed.
            Klarna adds values over time: expect others.
        redirect_url (str | Unset): Optional step, where Klarna gives one: a Klarna URL that sets a cookie and then
            redirects to the merchant's confirmation page. Usually absent for a charge without
            the shopper.
        authorized_payment_method (CustomerTokenAuthorizedPaymentMethod | Unset): The payment method the customer-token
            order was charged to.
    """

    order_id: str
    fraud_status: CustomerTokenOrderFraudStatus | str
    redirect_url: str | Unset = UNSET
    authorized_payment_method: CustomerTokenAuthorizedPaymentMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        fraud_status: str
        if isinstance(self.fraud_status, CustomerTokenOrderFraudStatus):
            fraud_status = self.fraud_status.value
        else:
            fraud_status = self.fraud_status

        redirect_url = self.redirect_url

        authorized_payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorized_payment_method, Unset):
            authorized_payment_method = self.authorized_payment_method.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "fraud_status": fraud_status,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if authorized_payment_method is not UNSET:
            field_dict["authorized_payment_method"] = authorized_payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_token_authorized_payment_method import CustomerTokenAuthorizedPaymentMethod  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("order_id")

        def _parse_fraud_status(data: object) -> CustomerTokenOrderFraudStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fraud_status_fraud_status = CustomerTokenOrderFraudStatus(data)

                return fraud_status_fraud_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerTokenOrderFraudStatus | str, data)

        fraud_status = _parse_fraud_status(d.pop("fraud_status"))

        redirect_url = d.pop("redirect_url", UNSET)

        _authorized_payment_method = d.pop("authorized_payment_method", UNSET)
        authorized_payment_method: CustomerTokenAuthorizedPaymentMethod | Unset
        if isinstance(_authorized_payment_method, Unset):
            authorized_payment_method = UNSET
        else:
            authorized_payment_method = CustomerTokenAuthorizedPaymentMethod.from_dict(_authorized_payment_method)

        customer_token_order = cls(
            order_id=order_id,
            fraud_status=fraud_status,
            redirect_url=redirect_url,
            authorized_payment_method=authorized_payment_method,
        )

        customer_token_order.additional_properties = d
        return customer_token_order

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
