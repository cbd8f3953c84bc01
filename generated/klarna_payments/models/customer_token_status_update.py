from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_token_status_update_status import CustomerTokenStatusUpdateStatus
from ..types import ResponseInfo, model_repr

T = TypeVar("T", bound="CustomerTokenStatusUpdate")


@_attrs_define
class CustomerTokenStatusUpdate:
    """The status to set on a customer token.

    Attributes:
        status (CustomerTokenStatusUpdateStatus): `CANCELLED`, the only value Klarna allows. Cancelling is final: the
            token can never
            be charged again, and a new purchase with intent `tokenize` is needed for a new one.
    """

    status: CustomerTokenStatusUpdateStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = CustomerTokenStatusUpdateStatus(d.pop("status"))

        customer_token_status_update = cls(
            status=status,
        )

        customer_token_status_update.additional_properties = d
        return customer_token_status_update

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
