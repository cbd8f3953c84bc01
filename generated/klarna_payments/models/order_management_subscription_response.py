from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_management_subscription_response_interval import OrderManagementSubscriptionResponseInterval
from ..types import ResponseInfo, model_repr

T = TypeVar("T", bound="OrderManagementSubscriptionResponse")


@_attrs_define
class OrderManagementSubscriptionResponse:
    """How often a subscription line recurs.

    Attributes:
        name (str): Name of the subscription product.
        interval (OrderManagementSubscriptionResponseInterval | str): Unit of the recurrence. The SDK types these
            values, and sends another one with a warning.
        interval_count (int): Number of `interval` units between charges.
    """

    name: str
    interval: OrderManagementSubscriptionResponseInterval | str
    interval_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        interval: str
        if isinstance(self.interval, OrderManagementSubscriptionResponseInterval):
            interval = self.interval.value
        else:
            interval = self.interval

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

        def _parse_interval(data: object) -> OrderManagementSubscriptionResponseInterval | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interval_interval = OrderManagementSubscriptionResponseInterval(data)

                return interval_interval
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderManagementSubscriptionResponseInterval | str, data)

        interval = _parse_interval(d.pop("interval"))

        interval_count = d.pop("interval_count")

        order_management_subscription_response = cls(
            name=name,
            interval=interval,
            interval_count=interval_count,
        )

        order_management_subscription_response.additional_properties = d
        return order_management_subscription_response

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
