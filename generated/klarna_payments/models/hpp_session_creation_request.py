from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.hpp_merchant_urls import HppMerchantUrls
    from ..models.hpp_options import HppOptions


T = TypeVar("T", bound="HppSessionCreationRequest")


@_attrs_define
class HppSessionCreationRequest:
    """The payment to host a page for, and how the page behaves.

    Attributes:
        payment_session_url (str): The API URL of the payment the page is for: a Klarna Payments session
            (`https://api.klarna.com/payments/v1/sessions/<session_id>`) or a Klarna Checkout
            order (`https://api.klarna.com/checkout/v3/orders/<order_id>`), on the host of the
            environment and region the payment was created in.
        merchant_urls (HppMerchantUrls | Unset): Where the page sends the shopper's browser when it is done, and where
            Klarna reports
            status changes. Every URL may hold the placeholder `{{session_id}}`; the `success` URL
            of a Klarna Payments session also `{{authorization_token}}`, and every URL
            `{{order_id}}` when an order exists by then (a Checkout order, or a session with a
            `place_order_mode` that places it). Write the placeholders literally, double braces
            included: the SDK sends them unchanged and Klarna replaces them. No other placeholder
            is documented. A browser redirect is not guaranteed (the shopper may close the
            window): take the outcome from the session's status, not from a redirect.
        options (HppOptions | Unset): How the page looks and what it offers. Every field is optional.
        profile_id (str | Unset): The id of a profile set up with Klarna that holds default options for the session.
            How options sent here combine with the profile's is not documented.
    """

    payment_session_url: str
    merchant_urls: HppMerchantUrls | Unset = UNSET
    options: HppOptions | Unset = UNSET
    profile_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        payment_session_url = self.payment_session_url

        merchant_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_urls, Unset):
            merchant_urls = self.merchant_urls.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        profile_id = self.profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_session_url": payment_session_url,
            }
        )
        if merchant_urls is not UNSET:
            field_dict["merchant_urls"] = merchant_urls
        if options is not UNSET:
            field_dict["options"] = options
        if profile_id is not UNSET:
            field_dict["profile_id"] = profile_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hpp_merchant_urls import HppMerchantUrls  # noqa: PLC0415
        from ..models.hpp_options import HppOptions  # noqa: PLC0415

        d = dict(src_dict)
        payment_session_url = d.pop("payment_session_url")

        _merchant_urls = d.pop("merchant_urls", UNSET)
        merchant_urls: HppMerchantUrls | Unset
        if isinstance(_merchant_urls, Unset):
            merchant_urls = UNSET
        else:
            merchant_urls = HppMerchantUrls.from_dict(_merchant_urls)

        _options = d.pop("options", UNSET)
        options: HppOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = HppOptions.from_dict(_options)

        profile_id = d.pop("profile_id", UNSET)

        hpp_session_creation_request = cls(
            payment_session_url=payment_session_url,
            merchant_urls=merchant_urls,
            options=options,
            profile_id=profile_id,
        )

        hpp_session_creation_request.additional_properties = d
        return hpp_session_creation_request

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
