from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="HppCustomer")


@_attrs_define
class HppCustomer:
    """The shopper, as Klarna gives them on a session. Every field is optional.

    Attributes:
        date_of_birth (str | Unset): Date of birth as `YYYY-MM-DD`. Klarna declares no format, so none is enforced.
        family_name (str | Unset): Family name.
        given_name (str | Unset): Given name.
        national_identification_number (str | Unset): National identity number, in the countries that use one.
        title (str | Unset): Form of address, e.g. `Mr` or `Ms`.
    """

    date_of_birth: str | Unset = UNSET
    family_name: str | Unset = UNSET
    given_name: str | Unset = UNSET
    national_identification_number: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        date_of_birth = self.date_of_birth

        family_name = self.family_name

        given_name = self.given_name

        national_identification_number = self.national_identification_number

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if national_identification_number is not UNSET:
            field_dict["national_identification_number"] = national_identification_number
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_of_birth = d.pop("date_of_birth", UNSET)

        family_name = d.pop("family_name", UNSET)

        given_name = d.pop("given_name", UNSET)

        national_identification_number = d.pop("national_identification_number", UNSET)

        title = d.pop("title", UNSET)

        hpp_customer = cls(
            date_of_birth=date_of_birth,
            family_name=family_name,
            given_name=given_name,
            national_identification_number=national_identification_number,
            title=title,
        )

        hpp_customer.additional_properties = d
        return hpp_customer

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
