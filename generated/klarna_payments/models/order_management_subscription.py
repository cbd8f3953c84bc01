from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_management_subscription_interval import OrderManagementSubscriptionInterval
from ..types import ResponseInfo, model_repr

T = TypeVar("T", bound="OrderManagementSubscription")


@_attrs_define
class OrderManagementSubscription:
    """How often a subscription line recurs.

    Attributes:
        name (str): Name of the subscription product.
        interval (OrderManagementSubscriptionInterval): Unit of the recurrence. The SDK types these values, and sends
            another one with a warning.
        interval_count (int): Number of `interval` units between charges.
    """

    name: str
    interval: OrderManagementSubscriptionInterval
    interval_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        interval = self.interval.value

        interval_count = self.interval_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "interval": interval,
                "interval_count": interval_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        interval = OrderManagementSubscriptionInterval(d.pop("interval"))

        interval_count = d.pop("interval_count")

        order_management_subscription = cls(
            name=name,
            interval=interval,
            interval_count=interval_count,
        )

        order_management_subscription.additional_properties = d
        return order_management_subscription

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
