from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.hpp_distribution_module import HppDistributionModule


T = TypeVar("T", bound="HppSessionCreationResponse")


@_attrs_define
class HppSessionCreationResponse:
    """A hosted payment page session just created, with its links. Use the URLs as they come:
    Klarna may change how they are built. Klarna requires none of the fields, so any may be
    absent.

        Attributes:
            session_id (str | Unset): The HPP session's id, for readHppSession, disableHppSession and distributeHppSession.
            session_url (str | Unset): The session's API URL (what readHppSession and disableHppSession call).
            distribution_url (str | Unset): The API URL that sends the page's link to the shopper (what distributeHppSession
                calls).
            redirect_url (str | Unset): The payment page, for the shopper's browser: redirect to it, or show it as a link.
                E-commerce sessions only.
            qr_code_url (str | Unset): An image of a QR code that opens the payment page, for the shopper to scan (in a
                store, say).
            expires_at (datetime.datetime | Unset): When the session expires, one hour before its Klarna Payments session
                does.
            manual_identification_check_url (str | Unset): A URL for the manual identification check of a session that needs
                one (status
                `MANUAL_ID_CHECK`, see the session's `manual_identification`). Klarna documents no
                more about it.
            distribution_module (HppDistributionModule | Unset): Klarna's Distribution Module for the session: a ready-made
                interface in which a store
                operator sends the payment link to the shopper, which Klarna recommends over calling
                distributeHppSession directly. Klarna documents its fields only by a sample.
    """

    session_id: str | Unset = UNSET
    session_url: str | Unset = UNSET
    distribution_url: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    qr_code_url: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    manual_identification_check_url: str | Unset = UNSET
    distribution_module: HppDistributionModule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        session_url = self.session_url

        distribution_url = self.distribution_url

        redirect_url = self.redirect_url

        qr_code_url = self.qr_code_url

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        manual_identification_check_url = self.manual_identification_check_url

        distribution_module: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distribution_module, Unset):
            distribution_module = self.distribution_module.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if session_url is not UNSET:
            field_dict["session_url"] = session_url
        if distribution_url is not UNSET:
            field_dict["distribution_url"] = distribution_url
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if qr_code_url is not UNSET:
            field_dict["qr_code_url"] = qr_code_url
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if manual_identification_check_url is not UNSET:
            field_dict["manual_identification_check_url"] = manual_identification_check_url
        if distribution_module is not UNSET:
            field_dict["distribution_module"] = distribution_module

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hpp_distribution_module import HppDistributionModule  # noqa: PLC0415

        d = dict(src_dict)
        session_id = d.pop("session_id", UNSET)

        session_url = d.pop("session_url", UNSET)

        distribution_url = d.pop("distribution_url", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        qr_code_url = d.pop("qr_code_url", UNSET)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        manual_identification_check_url = d.pop("manual_identification_check_url", UNSET)

        _distribution_module = d.pop("distribution_module", UNSET)
        distribution_module: HppDistributionModule | Unset
        if isinstance(_distribution_module, Unset):
            distribution_module = UNSET
        else:
            distribution_module = HppDistributionModule.from_dict(_distribution_module)

        hpp_session_creation_response = cls(
            session_id=session_id,
            session_url=session_url,
            distribution_url=distribution_url,
            redirect_url=redirect_url,
            qr_code_url=qr_code_url,
            expires_at=expires_at,
            manual_identification_check_url=manual_identification_check_url,
            distribution_module=distribution_module,
        )

        hpp_session_creation_response.additional_properties = d
        return hpp_session_creation_response

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
