from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.payment_method_category import PaymentMethodCategory


T = TypeVar("T", bound="MerchantSession")


@_attrs_define
class MerchantSession:
    """A payment session just opened.

    Attributes:
        session_id (str): Identifies the session in later calls; keep it with the checkout.
        client_token (str): Hand it to the browser, which loads Klarna's widget with it. A secret between the
            shop and the shopper's browser: the SDK keeps it out of reprs and logs.
        payment_method_categories (list[PaymentMethodCategory] | Unset): The payment method categories Klarna offers for
            this cart; their names depend on
            the market and the merchant.
    """

    session_id: str
    client_token: str
    payment_method_categories: list[PaymentMethodCategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        client_token = self.client_token

        payment_method_categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_method_categories, Unset):
            payment_method_categories = []
            for payment_method_categories_item_data in self.payment_method_categories:
                payment_method_categories_item = payment_method_categories_item_data.to_dict()
                payment_method_categories.append(payment_method_categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "client_token": client_token,
            }
        )
        if payment_method_categories is not UNSET:
            field_dict["payment_method_categories"] = payment_method_categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method_category import PaymentMethodCategory  # noqa: PLC0415

        d = dict(src_dict)
        session_id = d.pop("session_id")

        client_token = d.pop("client_token")

        _payment_method_categories = d.pop("payment_method_categories", UNSET)
        payment_method_categories: list[PaymentMethodCategory] | Unset = UNSET
        if _payment_method_categories is not UNSET:
            payment_method_categories = []
            for payment_method_categories_item_data in _payment_method_categories:
                payment_method_categories_item = PaymentMethodCategory.from_dict(payment_method_categories_item_data)

                payment_method_categories.append(payment_method_categories_item)

        merchant_session = cls(
            session_id=session_id,
            client_token=client_token,
            payment_method_categories=payment_method_categories,
        )

        merchant_session.additional_properties = d
        return merchant_session

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
