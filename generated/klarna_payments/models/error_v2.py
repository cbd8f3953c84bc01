from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.customer_token_authorized_payment_method import CustomerTokenAuthorizedPaymentMethod


T = TypeVar("T", bound="ErrorV2")


@_attrs_define
class ErrorV2:
    """The body of every Klarna error response. Every field is optional: a proxy or gateway in
    front of Klarna may answer with less.

        Attributes:
            correlation_id (str | Unset): Identifies the request in Klarna's logs; quote it to Klarna support.
            error_code (str | Unset): Machine-readable code in UPPER_SNAKE_CASE, e.g. `NOT_FOUND` or `BAD_VALUE`.
            error_messages (list[str] | Unset): Human-readable details in English, for developers rather than shoppers.
            reason (str | Unset): Why a customer-token order was refused, in words, where Klarna gives it (Customer
                Token API).
            fraud_status (str | Unset): The outcome of Klarna's fraud check of a refused customer-token order, e.g.
                `REJECTED` (Customer Token API).
            authorized_payment_method (CustomerTokenAuthorizedPaymentMethod | Unset): The payment method the customer-token
                order was charged to.
    """

    correlation_id: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_messages: list[str] | Unset = UNSET
    reason: str | Unset = UNSET
    fraud_status: str | Unset = UNSET
    authorized_payment_method: CustomerTokenAuthorizedPaymentMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        correlation_id = self.correlation_id

        error_code = self.error_code

        error_messages: list[str] | Unset = UNSET
        if not isinstance(self.error_messages, Unset):
            error_messages = self.error_messages

        reason = self.reason

        fraud_status = self.fraud_status

        authorized_payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorized_payment_method, Unset):
            authorized_payment_method = self.authorized_payment_method.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_messages is not UNSET:
            field_dict["error_messages"] = error_messages
        if reason is not UNSET:
            field_dict["reason"] = reason
        if fraud_status is not UNSET:
            field_dict["fraud_status"] = fraud_status
        if authorized_payment_method is not UNSET:
            field_dict["authorized_payment_method"] = authorized_payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_token_authorized_payment_method import CustomerTokenAuthorizedPaymentMethod  # noqa: PLC0415

        d = dict(src_dict)
        correlation_id = d.pop("correlation_id", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_messages = cast(list[str], d.pop("error_messages", UNSET))

        reason = d.pop("reason", UNSET)

        fraud_status = d.pop("fraud_status", UNSET)

        _authorized_payment_method = d.pop("authorized_payment_method", UNSET)
        authorized_payment_method: CustomerTokenAuthorizedPaymentMethod | Unset
        if isinstance(_authorized_payment_method, Unset):
            authorized_payment_method = UNSET
        else:
            authorized_payment_method = CustomerTokenAuthorizedPaymentMethod.from_dict(_authorized_payment_method)

        error_v2 = cls(
            correlation_id=correlation_id,
            error_code=error_code,
            error_messages=error_messages,
            reason=reason,
            fraud_status=fraud_status,
            authorized_payment_method=authorized_payment_method,
        )

        error_v2.additional_properties = d
        return error_v2

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
