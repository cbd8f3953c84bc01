from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_payout_merchant_settlement_type import SettlementPayoutMerchantSettlementType
from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.settlement_payout_totals import SettlementPayoutTotals


T = TypeVar("T", bound="SettlementPayout")


@_attrs_define
class SettlementPayout:
    """One payout: a transfer of money from Klarna to the merchant's bank account, and what it
    is made of.

        Attributes:
            payment_reference (str): The payout's reference, as the merchant's bank statement shows it: what to match the
                incoming transfer by, and what getPayout, getTransactions and the reports take.
            payout_date (datetime.datetime): When Klarna paid the payout out (the date the date filters look at).
            currency_code (str): The currency the payout was paid in (ISO 4217); every amount of its totals is in it.
            merchant_settlement_type (SettlementPayoutMerchantSettlementType | str): How Klarna settles with the merchant:
                `NET` pays the sales with fees and returns
                already taken off; `GROSS` pays the sales in full and charges fees and returns
                separately; `GROSS_FEE` pays gross, with only the fees invoiced separately. Klarna
                does not define the values further, and may add some.
            merchant_id (str): The Klarna merchant id (the account) the payout was made to.
            totals (SettlementPayoutTotals): A payout broken down by kind of money movement, each the sum of its
                transactions, in
                minor units of the payout's currency (1000 = 10.00 in a two-decimal currency).
                `settlement_amount` is what reached the bank account.
            currency_code_of_registration_country (str | Unset): The currency of the country the merchant is registered in
                (ISO 4217), where it differs from the payout's.
            transactions (str | Unset): The URL of this payout's transactions (getTransactions with its
                `payment_reference`); treat it as opaque.
    """

    payment_reference: str
    payout_date: datetime.datetime
    currency_code: str
    merchant_settlement_type: SettlementPayoutMerchantSettlementType | str
    merchant_id: str
    totals: SettlementPayoutTotals
    currency_code_of_registration_country: str | Unset = UNSET
    transactions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        payment_reference = self.payment_reference

        payout_date = self.payout_date.isoformat()

        currency_code = self.currency_code

        merchant_settlement_type: str
        if isinstance(self.merchant_settlement_type, SettlementPayoutMerchantSettlementType):
            merchant_settlement_type = self.merchant_settlement_type.value
        else:
            merchant_settlement_type = self.merchant_settlement_type

        merchant_id = self.merchant_id

        totals = self.totals.to_dict()

        currency_code_of_registration_country = self.currency_code_of_registration_country

        transactions = self.transactions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_reference": payment_reference,
                "payout_date": payout_date,
                "currency_code": currency_code,
                "merchant_settlement_type": merchant_settlement_type,
                "merchant_id": merchant_id,
                "totals": totals,
            }
        )
        if currency_code_of_registration_country is not UNSET:
            field_dict["currency_code_of_registration_country"] = currency_code_of_registration_country
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settlement_payout_totals import SettlementPayoutTotals  # noqa: PLC0415

        d = dict(src_dict)
        payment_reference = d.pop("payment_reference")

        payout_date = datetime.datetime.fromisoformat(d.pop("payout_date"))

        currency_code = d.pop("currency_code")

        def _parse_merchant_settlement_type(data: object) -> SettlementPayoutMerchantSettlementType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merchant_settlement_type_merchant_settlement_type = SettlementPayoutMerchantSettlementType(data)

                return merchant_settlement_type_merchant_settlement_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SettlementPayoutMerchantSettlementType | str, data)

        merchant_settlement_type = _parse_merchant_settlement_type(d.pop("merchant_settlement_type"))

        merchant_id = d.pop("merchant_id")

        totals = SettlementPayoutTotals.from_dict(d.pop("totals"))

        currency_code_of_registration_country = d.pop("currency_code_of_registration_country", UNSET)

        transactions = d.pop("transactions", UNSET)

        settlement_payout = cls(
            payment_reference=payment_reference,
            payout_date=payout_date,
            currency_code=currency_code,
            merchant_settlement_type=merchant_settlement_type,
            merchant_id=merchant_id,
            totals=totals,
            currency_code_of_registration_country=currency_code_of_registration_country,
            transactions=transactions,
        )

        settlement_payout.additional_properties = d
        return settlement_payout

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
