from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="HppDistributionModule")


@_attrs_define
class HppDistributionModule:
    """Klarna's Distribution Module for the session: a ready-made interface in which a store
    operator sends the payment link to the shopper, which Klarna recommends over calling
    distributeHppSession directly. Klarna documents its fields only by a sample.

        Attributes:
            token (str | Unset): The token the Distribution Module is loaded with. Treated as a secret, like a
                client token: the SDK keeps it out of reprs and logs.
            standalone_url (str | Unset): The Distribution Module as a page of its own, for the operator to open.
            generation_url (str | Unset): A further URL of the Distribution Module; Klarna does not say what it is for.
    """

    token: str | Unset = UNSET
    standalone_url: str | Unset = UNSET
    generation_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        standalone_url = self.standalone_url

        generation_url = self.generation_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if standalone_url is not UNSET:
            field_dict["standalone_url"] = standalone_url
        if generation_url is not UNSET:
            field_dict["generation_url"] = generation_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", UNSET)

        standalone_url = d.pop("standalone_url", UNSET)

        generation_url = d.pop("generation_url", UNSET)

        hpp_distribution_module = cls(
            token=token,
            standalone_url=standalone_url,
            generation_url=generation_url,
        )

        hpp_distribution_module.additional_properties = d
        return hpp_distribution_module

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
