from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_response_organization_entity_type import CustomerResponseOrganizationEntityType
from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="CustomerResponse")


@_attrs_define
class CustomerResponse:
    """Facts about the shopper that the merchant knows. Every field is optional.

    Attributes:
        date_of_birth (str | Unset): Date of birth as `yyyy-mm-dd`. Klarna declares no format, so none is enforced.
        gender (str | Unset): `male` or `female`.
        last_four_ssn (str | Unset): US only. The last four digits of the social security number, or all nine.
        national_identification_number (str | Unset): National identity number, in the countries that use one.
        organization_entity_type (CustomerResponseOrganizationEntityType | str | Unset): Legal form of the company,
            business purchases only.
        organization_registration_id (str | Unset): Company registration number, business purchases only.
        title (str | Unset): Form of address, with the same per-country values as `address.title`.
        type_ (str | Unset): `person` (the default) or `organization` for business purchases.
        vat_id (str | Unset): VAT number, business purchases only.
    """

    date_of_birth: str | Unset = UNSET
    gender: str | Unset = UNSET
    last_four_ssn: str | Unset = UNSET
    national_identification_number: str | Unset = UNSET
    organization_entity_type: CustomerResponseOrganizationEntityType | str | Unset = UNSET
    organization_registration_id: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
    vat_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        date_of_birth = self.date_of_birth

        gender = self.gender

        last_four_ssn = self.last_four_ssn

        national_identification_number = self.national_identification_number

        organization_entity_type: str | Unset
        if isinstance(self.organization_entity_type, Unset):
            organization_entity_type = UNSET
        elif isinstance(self.organization_entity_type, CustomerResponseOrganizationEntityType):
            organization_entity_type = self.organization_entity_type.value
        else:
            organization_entity_type = self.organization_entity_type

        organization_registration_id = self.organization_registration_id

        title = self.title

        type_ = self.type_

        vat_id = self.vat_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if gender is not UNSET:
            field_dict["gender"] = gender
        if last_four_ssn is not UNSET:
            field_dict["last_four_ssn"] = last_four_ssn
        if national_identification_number is not UNSET:
            field_dict["national_identification_number"] = national_identification_number
        if organization_entity_type is not UNSET:
            field_dict["organization_entity_type"] = organization_entity_type
        if organization_registration_id is not UNSET:
            field_dict["organization_registration_id"] = organization_registration_id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_of_birth = d.pop("date_of_birth", UNSET)

        gender = d.pop("gender", UNSET)

        last_four_ssn = d.pop("last_four_ssn", UNSET)

        national_identification_number = d.pop("national_identification_number", UNSET)

        def _parse_organization_entity_type(data: object) -> CustomerResponseOrganizationEntityType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organization_entity_type_organization_entity_type = CustomerResponseOrganizationEntityType(data)

                return organization_entity_type_organization_entity_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerResponseOrganizationEntityType | str | Unset, data)

        organization_entity_type = _parse_organization_entity_type(d.pop("organization_entity_type", UNSET))

        organization_registration_id = d.pop("organization_registration_id", UNSET)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        vat_id = d.pop("vat_id", UNSET)

        customer_response = cls(
            date_of_birth=date_of_birth,
            gender=gender,
            last_four_ssn=last_four_ssn,
            national_identification_number=national_identification_number,
            organization_entity_type=organization_entity_type,
            organization_registration_id=organization_registration_id,
            title=title,
            type_=type_,
            vat_id=vat_id,
        )

        customer_response.additional_properties = d
        return customer_response

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
