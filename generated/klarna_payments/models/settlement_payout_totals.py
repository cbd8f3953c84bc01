from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="SettlementPayoutTotals")


@_attrs_define
class SettlementPayoutTotals:
    """A payout broken down by kind of money movement, each the sum of its transactions, in
    minor units of the payout's currency (1000 = 10.00 in a two-decimal currency).
    `settlement_amount` is what reached the bank account.

        Attributes:
            sale_amount (int): What the captures (sales) paid out here add up to.
            return_amount (int): What the refunds (returns) taken off this payout add up to.
            fee_amount (int): Klarna's fees for the sales (fixed and percentage fees, late return fees, ...).
            fee_refund_amount (int): Fees Klarna gave back, for example on a refunded purchase.
            commission_amount (int): Commission Klarna charged on the sales.
            tax_refund_amount (int): Tax Klarna gave back.
            reversal_amount (int): Sales Klarna took back, for example after a dispute was decided for the customer.
            holdback_amount (int): What Klarna kept back from this payout (a rolling reserve, say), to be released later.
            release_amount (int): Money held back from earlier payouts that Klarna released into this one.
            repay_amount (int): What the merchant repaid Klarna, for example of a debt from an earlier negative payout.
            charge_amount (int): Other charges Klarna made to the merchant.
            credit_amount (int): Other credits Klarna made to the merchant.
            deposit_amount (int): Deposits the merchant made to Klarna.
            opening_debt_balance_amount (int): What the merchant owed Klarna before this payout.
            closing_debt_balance_amount (int): What the merchant owes Klarna after this payout (when the deductions were
                more than the sales).
            settlement_amount (int): What Klarna transferred to the merchant's bank account with this payout.
            fee_correction_amount (int | Unset): Corrections of fees charged earlier.
            tax_amount (int | Unset): Tax Klarna charged, such as VAT on its fees.
    """

    sale_amount: int
    return_amount: int
    fee_amount: int
    fee_refund_amount: int
    commission_amount: int
    tax_refund_amount: int
    reversal_amount: int
    holdback_amount: int
    release_amount: int
    repay_amount: int
    charge_amount: int
    credit_amount: int
    deposit_amount: int
    opening_debt_balance_amount: int
    closing_debt_balance_amount: int
    settlement_amount: int
    fee_correction_amount: int | Unset = UNSET
    tax_amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        sale_amount = self.sale_amount

        return_amount = self.return_amount

        fee_amount = self.fee_amount

        fee_refund_amount = self.fee_refund_amount

        commission_amount = self.commission_amount

        tax_refund_amount = self.tax_refund_amount

        reversal_amount = self.reversal_amount

        holdback_amount = self.holdback_amount

        release_amount = self.release_amount

        repay_amount = self.repay_amount

        charge_amount = self.charge_amount

        credit_amount = self.credit_amount

        deposit_amount = self.deposit_amount

        opening_debt_balance_amount = self.opening_debt_balance_amount

        closing_debt_balance_amount = self.closing_debt_balance_amount

        settlement_amount = self.settlement_amount

        fee_correction_amount = self.fee_correction_amount

        tax_amount = self.tax_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sale_amount": sale_amount,
                "return_amount": return_amount,
                "fee_amount": fee_amount,
                "fee_refund_amount": fee_refund_amount,
                "commission_amount": commission_amount,
                "tax_refund_amount": tax_refund_amount,
                "reversal_amount": reversal_amount,
                "holdback_amount": holdback_amount,
                "release_amount": release_amount,
                "repay_amount": repay_amount,
                "charge_amount": charge_amount,
                "credit_amount": credit_amount,
                "deposit_amount": deposit_amount,
                "opening_debt_balance_amount": opening_debt_balance_amount,
                "closing_debt_balance_amount": closing_debt_balance_amount,
                "settlement_amount": settlement_amount,
            }
        )
        if fee_correction_amount is not UNSET:
            field_dict["fee_correction_amount"] = fee_correction_amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sale_amount = d.pop("sale_amount")

        return_amount = d.pop("return_amount")

        fee_amount = d.pop("fee_amount")

        fee_refund_amount = d.pop("fee_refund_amount")

        commission_amount = d.pop("commission_amount")

        tax_refund_amount = d.pop("tax_refund_amount")

        reversal_amount = d.pop("reversal_amount")

        holdback_amount = d.pop("holdback_amount")

        release_amount = d.pop("release_amount")

        repay_amount = d.pop("repay_amount")

        charge_amount = d.pop("charge_amount")

        credit_amount = d.pop("credit_amount")

        deposit_amount = d.pop("deposit_amount")

        opening_debt_balance_amount = d.pop("opening_debt_balance_amount")

        closing_debt_balance_amount = d.pop("closing_debt_balance_amount")

        settlement_amount = d.pop("settlement_amount")

        fee_correction_amount = d.pop("fee_correction_amount", UNSET)

        tax_amount = d.pop("tax_amount", UNSET)

        settlement_payout_totals = cls(
            sale_amount=sale_amount,
            return_amount=return_amount,
            fee_amount=fee_amount,
            fee_refund_amount=fee_refund_amount,
            commission_amount=commission_amount,
            tax_refund_amount=tax_refund_amount,
            reversal_amount=reversal_amount,
            holdback_amount=holdback_amount,
            release_amount=release_amount,
            repay_amount=repay_amount,
            charge_amount=charge_amount,
            credit_amount=credit_amount,
            deposit_amount=deposit_amount,
            opening_debt_balance_amount=opening_debt_balance_amount,
            closing_debt_balance_amount=closing_debt_balance_amount,
            settlement_amount=settlement_amount,
            fee_correction_amount=fee_correction_amount,
            tax_amount=tax_amount,
        )

        settlement_payout_totals.additional_properties = d
        return settlement_payout_totals

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
