from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="MerchantUrls")


@_attrs_define
class MerchantUrls:
    """The merchant's callback and redirect URLs. `{session.id}` and `{order.id}` placeholders
    are filled in by Klarna. Klarna declares no URI format, so none is enforced.

        Attributes:
            confirmation (str | Unset): The merchant's confirmation page, where the shopper lands after the purchase.
            notification (str | Unset): Called with the outcome of a pending (`fraud_status` `PENDING`) order.
            push (str | Unset): Called when the order is completed; must differ from the confirmation URL.
            authorization (str | Unset): Receives the authorization token server-side when the shopper authorizes.
    """

    confirmation: str | Unset = UNSET
    notification: str | Unset = UNSET
    push: str | Unset = UNSET
    authorization: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        confirmation = self.confirmation

        notification = self.notification

        push = self.push

        authorization = self.authorization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirmation is not UNSET:
            field_dict["confirmation"] = confirmation
        if notification is not UNSET:
            field_dict["notification"] = notification
        if push is not UNSET:
            field_dict["push"] = push
        if authorization is not UNSET:
            field_dict["authorization"] = authorization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirmation = d.pop("confirmation", UNSET)

        notification = d.pop("notification", UNSET)

        push = d.pop("push", UNSET)

        authorization = d.pop("authorization", UNSET)

        merchant_urls = cls(
            confirmation=confirmation,
            notification=notification,
            push=push,
            authorization=authorization,
        )

        merchant_urls.additional_properties = d
        return merchant_urls

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
