from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hpp_distribution_request_method import HppDistributionRequestMethod
from ..models.hpp_distribution_request_template import HppDistributionRequestTemplate
from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.hpp_distribution_contact import HppDistributionContact


T = TypeVar("T", bound="HppDistributionRequest")


@_attrs_define
class HppDistributionRequest:
    """How to send the payment page's link to the shopper.

    Attributes:
        method (HppDistributionRequestMethod): `sms`: a text message to `contact_information.phone`. `email`: an e-mail
            to
            `contact_information.email`. `token`: under `contact_information.access_id`.
        contact_information (HppDistributionContact): Where to send the link; give the field the `method` needs. Klarna
            requires none of
            them in the schema.
        template (HppDistributionRequestTemplate | Unset): Deprecated by Klarna: a body that sends it warns. The message
            template. Klarna says it is not used and may be removed: do not send it.
    """

    method: HppDistributionRequestMethod
    contact_information: HppDistributionContact
    template: HppDistributionRequestTemplate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        contact_information = self.contact_information.to_dict()

        template: str | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "contact_information": contact_information,
            }
        )
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hpp_distribution_contact import HppDistributionContact  # noqa: PLC0415

        d = dict(src_dict)
        method = HppDistributionRequestMethod(d.pop("method"))

        contact_information = HppDistributionContact.from_dict(d.pop("contact_information"))

        _template = d.pop("template", UNSET)
        template: HppDistributionRequestTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = HppDistributionRequestTemplate(_template)

        hpp_distribution_request = cls(
            method=method,
            contact_information=contact_information,
            template=template,
        )

        hpp_distribution_request.additional_properties = d
        return hpp_distribution_request

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
