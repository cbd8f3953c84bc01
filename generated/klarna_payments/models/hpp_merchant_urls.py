from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="HppMerchantUrls")


@_attrs_define
class HppMerchantUrls:
    """Where the page sends the shopper's browser when it is done, and where Klarna reports
    status changes. Every URL may hold the placeholder `{{session_id}}`; the `success` URL
    of a Klarna Payments session also `{{authorization_token}}`, and every URL
    `{{order_id}}` when an order exists by then (a Checkout order, or a session with a
    `place_order_mode` that places it). Write the placeholders literally, double braces
    included: the SDK sends them unchanged and Klarna replaces them. No other placeholder
    is documented. A browser redirect is not guaranteed (the shopper may close the
    window): take the outcome from the session's status, not from a redirect.

        Attributes:
            success (str | Unset): Where the shopper lands after authorizing. The merchant still shows what was paid;
                with a Klarna Payments session, place the order with the authorization token
                (`{{authorization_token}}` here, or read the session), unless a `place_order_mode`
                places it. Left out, Klarna shows a generic confirmation page.
            cancel (str | Unset): Where the shopper lands after cancelling (with a confirmation step); the session is
                then `CANCELLED`, for good. In e-commerce Klarna treats cancel like `back`. Give
                either `cancel` or `back`, not both. Left out, Klarna shows a generic page.
            back (str | Unset): Where the back button leads. The session stays usable (status `BACK`); disable it
                (disableHppSession) if the shopper should not return to it. Give either `back` or
                `cancel`, not both.
            failure (str | Unset): Where the shopper lands when Klarna refuses the payment, and after an error too
                when `error` is not given (then a refusal and an error cannot be told apart). Left
                out, Klarna shows a generic page.
            error (str | Unset): Where the shopper lands when the flow fails with an error; when not given, `failure`
                is used.
            status_update (str | Unset): Klarna POSTs here whenever the session's status changes: a JSON body with
                `event_id` (drop a repeat you have seen) and `session`, the object readHppSession
                returns. It must be an HTTPS URL. Answer with a 2xx within 3 seconds; otherwise
                Klarna tries again a few seconds later, up to three more times, and then gives up,
                so also read the sessions whose callback has not arrived. Klarna does not sign the
                call: put a secret of your own in the URL (one per session), check it, and read the
                session back before acting. Because of that secret, the SDK keeps the URL out of
                reprs and error messages.
    """

    success: str | Unset = UNSET
    cancel: str | Unset = UNSET
    back: str | Unset = UNSET
    failure: str | Unset = UNSET
    error: str | Unset = UNSET
    status_update: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        cancel = self.cancel

        back = self.back

        failure = self.failure

        error = self.error

        status_update = self.status_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if cancel is not UNSET:
            field_dict["cancel"] = cancel
        if back is not UNSET:
            field_dict["back"] = back
        if failure is not UNSET:
            field_dict["failure"] = failure
        if error is not UNSET:
            field_dict["error"] = error
        if status_update is not UNSET:
            field_dict["status_update"] = status_update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        cancel = d.pop("cancel", UNSET)

        back = d.pop("back", UNSET)

        failure = d.pop("failure", UNSET)

        error = d.pop("error", UNSET)

        status_update = d.pop("status_update", UNSET)

        hpp_merchant_urls = cls(
            success=success,
            cancel=cancel,
            back=back,
            failure=failure,
            error=error,
            status_update=status_update,
        )

        hpp_merchant_urls.additional_properties = d
        return hpp_merchant_urls

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
