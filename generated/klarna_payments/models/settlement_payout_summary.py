from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ResponseInfo, model_repr

T = TypeVar("T", bound="SettlementPayoutSummary")


@_attrs_define
class SettlementPayoutSummary:
    """The payouts of a period in one settlement currency, summed up: each amount is the total
    of its kind over every payout in the period, in minor units of
    `summary_settlement_currency`.

        Attributes:
            summary_settlement_currency (str): The currency of these payouts and of every amount here (ISO 4217).
            summary_payout_date_start (datetime.datetime): The start of the period summed up.
            summary_payout_date_end (datetime.datetime): The end of the period summed up.
            summary_total_sale_amount (int): The period's sales (captures).
            summary_total_return_amount (int): The period's returns (refunds).
            summary_total_fee_amount (int): The period's fees.
            summary_total_fee_correction_amount (int): The period's corrections of earlier fees.
            summary_total_commission_amount (int): The period's commission.
            summary_total_tax_amount (int): The period's tax (such as VAT on fees).
            summary_total_reversal_amount (int): The period's reversed sales.
            summary_total_holdback_amount (int): What Klarna held back over the period.
            summary_total_release_amount (int): What Klarna released over the period from earlier holdbacks.
            summary_total_repay_amount (int): What the merchant repaid Klarna over the period.
            summary_total_settlement_amount (int): What Klarna transferred to the merchant's bank account over the period.
    """

    summary_settlement_currency: str
    summary_payout_date_start: datetime.datetime
    summary_payout_date_end: datetime.datetime
    summary_total_sale_amount: int
    summary_total_return_amount: int
    summary_total_fee_amount: int
    summary_total_fee_correction_amount: int
    summary_total_commission_amount: int
    summary_total_tax_amount: int
    summary_total_reversal_amount: int
    summary_total_holdback_amount: int
    summary_total_release_amount: int
    summary_total_repay_amount: int
    summary_total_settlement_amount: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        summary_settlement_currency = self.summary_settlement_currency

        summary_payout_date_start = self.summary_payout_date_start.isoformat()

        summary_payout_date_end = self.summary_payout_date_end.isoformat()

        summary_total_sale_amount = self.summary_total_sale_amount

        summary_total_return_amount = self.summary_total_return_amount

        summary_total_fee_amount = self.summary_total_fee_amount

        summary_total_fee_correction_amount = self.summary_total_fee_correction_amount

        summary_total_commission_amount = self.summary_total_commission_amount

        summary_total_tax_amount = self.summary_total_tax_amount

        summary_total_reversal_amount = self.summary_total_reversal_amount

        summary_total_holdback_amount = self.summary_total_holdback_amount

        summary_total_release_amount = self.summary_total_release_amount

        summary_total_repay_amount = self.summary_total_repay_amount

        summary_total_settlement_amount = self.summary_total_settlement_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary_settlement_currency": summary_settlement_currency,
                "summary_payout_date_start": summary_payout_date_start,
                "summary_payout_date_end": summary_payout_date_end,
                "summary_total_sale_amount": summary_total_sale_amount,
                "summary_total_return_amount": summary_total_return_amount,
                "summary_total_fee_amount": summary_total_fee_amount,
                "summary_total_fee_correction_amount": summary_total_fee_correction_amount,
                "summary_total_commission_amount": summary_total_commission_amount,
                "summary_total_tax_amount": summary_total_tax_amount,
                "summary_total_reversal_amount": summary_total_reversal_amount,
                "summary_total_holdback_amount": summary_total_holdback_amount,
                "summary_total_release_amount": summary_total_release_amount,
                "summary_total_repay_amount": summary_total_repay_amount,
                "summary_total_settlement_amount": summary_total_settlement_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        summary_settlement_currency = d.pop("summary_settlement_currency")

        summary_payout_date_start = datetime.datetime.fromisoformat(d.pop("summary_payout_date_start"))

        summary_payout_date_end = datetime.datetime.fromisoformat(d.pop("summary_payout_date_end"))

        summary_total_sale_amount = d.pop("summary_total_sale_amount")

        summary_total_return_amount = d.pop("summary_total_return_amount")

        summary_total_fee_amount = d.pop("summary_total_fee_amount")

        summary_total_fee_correction_amount = d.pop("summary_total_fee_correction_amount")

        summary_total_commission_amount = d.pop("summary_total_commission_amount")

        summary_total_tax_amount = d.pop("summary_total_tax_amount")

        summary_total_reversal_amount = d.pop("summary_total_reversal_amount")

        summary_total_holdback_amount = d.pop("summary_total_holdback_amount")

        summary_total_release_amount = d.pop("summary_total_release_amount")

        summary_total_repay_amount = d.pop("summary_total_repay_amount")

        summary_total_settlement_amount = d.pop("summary_total_settlement_amount")

        settlement_payout_summary = cls(
            summary_settlement_currency=summary_settlement_currency,
            summary_payout_date_start=summary_payout_date_start,
            summary_payout_date_end=summary_payout_date_end,
            summary_total_sale_amount=summary_total_sale_amount,
            summary_total_return_amount=summary_total_return_amount,
            summary_total_fee_amount=summary_total_fee_amount,
            summary_total_fee_correction_amount=summary_total_fee_correction_amount,
            summary_total_commission_amount=summary_total_commission_amount,
            summary_total_tax_amount=summary_total_tax_amount,
            summary_total_reversal_amount=summary_total_reversal_amount,
            summary_total_holdback_amount=summary_total_holdback_amount,
            summary_total_release_amount=summary_total_release_amount,
            summary_total_repay_amount=summary_total_repay_amount,
            summary_total_settlement_amount=summary_total_settlement_amount,
        )

        settlement_payout_summary.additional_properties = d
        return settlement_payout_summary

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
