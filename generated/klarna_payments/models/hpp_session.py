from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hpp_session_status import HppSessionStatus
from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.hpp_customer import HppCustomer
    from ..models.hpp_manual_identification import HppManualIdentification


T = TypeVar("T", bound="HppSession")


@_attrs_define
class HppSession:
    """A hosted payment page session as Klarna holds it; the status callback sends the same
    object as its `session`. Klarna requires none of the fields, so any may be absent.

        Attributes:
            session_id (str | Unset): The HPP session's id.
            status (HppSessionStatus | str | Unset): Where the session stands. Final: `COMPLETED` (the shopper authorized;
                with a Klarna
                Payments session the order still has to be placed, unless a `place_order_mode`
                placed it), `CANCELLED` (the shopper cancelled) and `DISABLED` (the merchant
                disabled it; the page shows an error). Not final, the shopper may still pay:
                `WAITING` (the page has not been opened), `IN_PROGRESS` (the shopper opened it, at
                `updated_at`), `FAILED` (Klarna refused the payment), `BACK` (the shopper pressed
                back) and `ERROR` (the shopper met an error). `MANUAL_ID_CHECK` presumably means
                the shopper's identity is waiting for a manual check (see `manual_identification`);
                Klarna does not document it. Klarna may add values (its guide mentions a
                `TIMEOUT`): the SDK keeps a value it does not know, so treat one as not final.
            updated_at (datetime.datetime | Unset): When the status last changed.
            expires_at (datetime.datetime | Unset): When the session expires, one hour before its Klarna Payments session
                does.
            authorization_token (str | Unset): Klarna Payments sessions, once `COMPLETED`: the token of the shopper's
                authorization, which places the order (Payments createOrder). A secret: the SDK
                keeps it out of reprs and logs.
            order_id (str | Unset): The order's id, once an order exists: a Klarna Checkout order, or one the page
                placed (`place_order_mode`). Order Management addresses the order by it.
            klarna_reference (str | Unset): Klarna's short reference of the order, the one the shopper sees.
            customer (HppCustomer | Unset): The shopper, as Klarna gives them on a session. Every field is optional.
            manual_identification (HppManualIdentification | Unset): A manual check of the shopper's identity that the
                session waits for (status
                `MANUAL_ID_CHECK`), as Klarna's document names its parts; Klarna's guide does not
                describe the flow. Every field is optional.
    """

    session_id: str | Unset = UNSET
    status: HppSessionStatus | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    authorization_token: str | Unset = UNSET
    order_id: str | Unset = UNSET
    klarna_reference: str | Unset = UNSET
    customer: HppCustomer | Unset = UNSET
    manual_identification: HppManualIdentification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, HppSessionStatus):
            status = self.status.value
        else:
            status = self.status

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        authorization_token = self.authorization_token

        order_id = self.order_id

        klarna_reference = self.klarna_reference

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        manual_identification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual_identification, Unset):
            manual_identification = self.manual_identification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if authorization_token is not UNSET:
            field_dict["authorization_token"] = authorization_token
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if klarna_reference is not UNSET:
            field_dict["klarna_reference"] = klarna_reference
        if customer is not UNSET:
            field_dict["customer"] = customer
        if manual_identification is not UNSET:
            field_dict["manual_identification"] = manual_identification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hpp_customer import HppCustomer  # noqa: PLC0415
        from ..models.hpp_manual_identification import HppManualIdentification  # noqa: PLC0415

        d = dict(src_dict)
        session_id = d.pop("session_id", UNSET)

        def _parse_status(data: object) -> HppSessionStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_status = HppSessionStatus(data)

                return status_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HppSessionStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        authorization_token = d.pop("authorization_token", UNSET)

        order_id = d.pop("order_id", UNSET)

        klarna_reference = d.pop("klarna_reference", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: HppCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = HppCustomer.from_dict(_customer)

        _manual_identification = d.pop("manual_identification", UNSET)
        manual_identification: HppManualIdentification | Unset
        if isinstance(_manual_identification, Unset):
            manual_identification = UNSET
        else:
            manual_identification = HppManualIdentification.from_dict(_manual_identification)

        hpp_session = cls(
            session_id=session_id,
            status=status,
            updated_at=updated_at,
            expires_at=expires_at,
            authorization_token=authorization_token,
            order_id=order_id,
            klarna_reference=klarna_reference,
            customer=customer,
            manual_identification=manual_identification,
        )

        hpp_session.additional_properties = d
        return hpp_session

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
