from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_fraud_status import OrderFraudStatus
from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.authorized_payment_method import AuthorizedPaymentMethod


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """The order Klarna created.

    Attributes:
        order_id (str): Identifies the order in every Order Management API call.
        redirect_url (str | Unset): Optional step: send the shopper's browser here so Klarna can set a cookie before
            redirecting to the merchant's confirmation page. Absent when no confirmation URL was
            given.
        fraud_status (OrderFraudStatus | str | Unset): `ACCEPTED`: the order may be captured. `PENDING`: Klarna is still
            reviewing it (hours,
            at most 24) and will call `merchant_urls.notification` with the outcome; do not ship
            yet. `REJECTED`: the review failed. Klarna adds values over time: expect others.
        authorized_payment_method (AuthorizedPaymentMethod | Unset): The payment method the shopper chose when
            authorizing.
    """

    order_id: str
    redirect_url: str | Unset = UNSET
    fraud_status: OrderFraudStatus | str | Unset = UNSET
    authorized_payment_method: AuthorizedPaymentMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        redirect_url = self.redirect_url

        fraud_status: str | Unset
        if isinstance(self.fraud_status, Unset):
            fraud_status = UNSET
        elif isinstance(self.fraud_status, OrderFraudStatus):
            fraud_status = self.fraud_status.value
        else:
            fraud_status = self.fraud_status

        authorized_payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorized_payment_method, Unset):
            authorized_payment_method = self.authorized_payment_method.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if fraud_status is not UNSET:
            field_dict["fraud_status"] = fraud_status
        if authorized_payment_method is not UNSET:
            field_dict["authorized_payment_method"] = authorized_payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authorized_payment_method import AuthorizedPaymentMethod  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("order_id")

        redirect_url = d.pop("redirect_url", UNSET)

        def _parse_fraud_status(data: object) -> OrderFraudStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fraud_status_fraud_status = OrderFraudStatus(data)

                return fraud_status_fraud_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderFraudStatus | str | Unset, data)

        fraud_status = _parse_fraud_status(d.pop("fraud_status", UNSET))

        _authorized_payment_method = d.pop("authorized_payment_method", UNSET)
        authorized_payment_method: AuthorizedPaymentMethod | Unset
        if isinstance(_authorized_payment_method, Unset):
            authorized_payment_method = UNSET
        else:
            authorized_payment_method = AuthorizedPaymentMethod.from_dict(_authorized_payment_method)

        order = cls(
            order_id=order_id,
            redirect_url=redirect_url,
            fraud_status=fraud_status,
            authorized_payment_method=authorized_payment_method,
        )

        order.additional_properties = d
        return order

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
