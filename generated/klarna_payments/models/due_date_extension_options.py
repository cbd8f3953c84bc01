from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.due_date_extension_option import DueDateExtensionOption


T = TypeVar("T", bound="DueDateExtensionOptions")


@_attrs_define
class DueDateExtensionOptions:
    """The due-date extensions a capture allows. Every field is optional.

    Attributes:
        currency (str | Unset): Currency of the fees (ISO 4217); Klarna may write it in lower case.
        options (list[DueDateExtensionOption] | Unset): The extensions to choose from.
    """

    currency: str | Unset = UNSET
    options: list[DueDateExtensionOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.due_date_extension_option import DueDateExtensionOption  # noqa: PLC0415

        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        _options = d.pop("options", UNSET)
        options: list[DueDateExtensionOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = DueDateExtensionOption.from_dict(options_item_data)

                options.append(options_item)

        due_date_extension_options = cls(
            currency=currency,
            options=options,
        )

        due_date_extension_options.additional_properties = d
        return due_date_extension_options

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
