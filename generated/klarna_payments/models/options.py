from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="Options")


@_attrs_define
class Options:
    """Colours and corners of the Klarna widget.

    Attributes:
        color_border (str | Unset): Border colour, `#RRGGBB`.
        color_border_selected (str | Unset): Border colour of the selected method, `#RRGGBB`.
        color_details (str | Unset): Colour of details, `#RRGGBB`.
        color_text (str | Unset): Text colour, `#RRGGBB`.
        radius_border (str | Unset): Corner radius, e.g. `5px`.
    """

    color_border: str | Unset = UNSET
    color_border_selected: str | Unset = UNSET
    color_details: str | Unset = UNSET
    color_text: str | Unset = UNSET
    radius_border: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        color_border = self.color_border

        color_border_selected = self.color_border_selected

        color_details = self.color_details

        color_text = self.color_text

        radius_border = self.radius_border

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color_border is not UNSET:
            field_dict["color_border"] = color_border
        if color_border_selected is not UNSET:
            field_dict["color_border_selected"] = color_border_selected
        if color_details is not UNSET:
            field_dict["color_details"] = color_details
        if color_text is not UNSET:
            field_dict["color_text"] = color_text
        if radius_border is not UNSET:
            field_dict["radius_border"] = radius_border

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color_border = d.pop("color_border", UNSET)

        color_border_selected = d.pop("color_border_selected", UNSET)

        color_details = d.pop("color_details", UNSET)

        color_text = d.pop("color_text", UNSET)

        radius_border = d.pop("radius_border", UNSET)

        options = cls(
            color_border=color_border,
            color_border_selected=color_border_selected,
            color_details=color_details,
            color_text=color_text,
            radius_border=radius_border,
        )

        options.additional_properties = d
        return options

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
