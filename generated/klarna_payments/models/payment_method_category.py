from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.asset_urls import AssetUrls


T = TypeVar("T", bound="PaymentMethodCategory")


@_attrs_define
class PaymentMethodCategory:
    """A payment method category Klarna offered in the session. Only in responses.

    Attributes:
        identifier (str | Unset): Category id, e.g. `klarna`, `pay_later`, `pay_now`, `pay_over_time`,
            `direct_bank_transfer` or `direct_debit`. Klarna declares no enum, so none is enforced.
        name (str | Unset): Display name, e.g. "Pay with Klarna".
        asset_urls (AssetUrls | Unset): Klarna-hosted images for a payment method category. Only in responses.
    """

    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    asset_urls: AssetUrls | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        name = self.name

        asset_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_urls, Unset):
            asset_urls = self.asset_urls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if asset_urls is not UNSET:
            field_dict["asset_urls"] = asset_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_urls import AssetUrls  # noqa: PLC0415

        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)

        name = d.pop("name", UNSET)

        _asset_urls = d.pop("asset_urls", UNSET)
        asset_urls: AssetUrls | Unset
        if isinstance(_asset_urls, Unset):
            asset_urls = UNSET
        else:
            asset_urls = AssetUrls.from_dict(_asset_urls)

        payment_method_category = cls(
            identifier=identifier,
            name=name,
            asset_urls=asset_urls,
        )

        payment_method_category.additional_properties = d
        return payment_method_category

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
