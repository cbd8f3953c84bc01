from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="CustomerTokenMerchantUrls")


@_attrs_define
class CustomerTokenMerchantUrls:
    """The merchant's URLs for a customer-token order. There is no `notification` URL here:
    Klarna does not document where the outcome of a `PENDING` review of such an order is
    sent, so read the order through Order Management. Klarna declares no URI format, so
    none is enforced.

        Attributes:
            confirmation (str): The merchant's confirmation page for the order.
            push (str | Unset): Called when the order is completed; must differ from the confirmation URL.
    """

    confirmation: str
    push: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        confirmation = self.confirmation

        push = self.push

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confirmation": confirmation,
            }
        )
        if push is not UNSET:
            field_dict["push"] = push

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirmation = d.pop("confirmation")

        push = d.pop("push", UNSET)

        customer_token_merchant_urls = cls(
            confirmation=confirmation,
            push=push,
        )

        customer_token_merchant_urls.additional_properties = d
        return customer_token_merchant_urls

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
