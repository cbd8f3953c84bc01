from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_transaction_detailed_type import SettlementTransactionDetailedType
from ..models.settlement_transaction_type import SettlementTransactionType
from ..types import UNSET, ResponseInfo, Unset, model_repr

T = TypeVar("T", bound="SettlementTransaction")


@_attrs_define
class SettlementTransaction:
    """One money movement Klarna booked against the merchant: a sale (a capture), a return (a
    refund), a fee, a commission, a holdback, a correction... Join it to Order Management
    by `order_id`, and to a capture or refund by `capture_id` / `refund_id` or by the
    merchant's own `reference` on it (`merchant_capture_reference`,
    `merchant_refund_reference`).

        Attributes:
            type_ (SettlementTransactionType | str): The kind of money movement, matching the payout totals it adds to
                (`SALE` to
                `sale_amount`, `RETURN` to `return_amount`, `FEE` to `fee_amount`, ...).
                `REVERSAL_MERCHANT_PROTECTION` is a sale reversed under Klarna's merchant
                protection. Klarna adds values over time; the SDK keeps a new one as a string.
            amount (int): The amount moved, in minor units of `currency_code`.
            currency_code (str): The currency of `amount` (ISO 4217).
            purchase_country (str): The country of the purchase (ISO 3166-1 alpha-2).
            order_id (str): The Klarna order the movement belongs to: the `order_id` that placing the order
                returned and that Order Management addresses it by. The key to join settlements to
                orders.
            sale_date (datetime.datetime): When the order was placed.
            capture_date (datetime.datetime): When the order was captured.
            detailed_type (SettlementTransactionDetailedType | str | Unset): What exactly the movement is, finer than
                `type`: which fee (`PURCHASE_FEE_FIXED`,
                `PURCHASE_FEE_PERCENTAGE`, `EXTEND_DUE_DATE_FEE`, `DISPUTE_FEE`, ...), a plain
                `PURCHASE` or `PURCHASE_RETURN`, a `ROLLING_RESERVE` holdback, a correction. Klarna
                adds values over time; the SDK keeps a new one as a string.
            currency_code_of_registration_country (str | Unset): The currency of the country the merchant is registered in
                (ISO 4217).
            tax_in_currency_of_registration_country (int | Unset): The tax on this movement converted to the currency of the
                merchant's registration
                country, in its minor units, where the two currencies differ.
            shipping_country (str | Unset): The country the order was shipped to (ISO 3166-1 alpha-2).
            short_order_id (str | Unset): Klarna's short reference of the order, as the customer sees it (the order's
                `klarna_reference` in Order Management).
            capture_id (str | Unset): The capture this movement comes from, as captureOrder's `Capture-Id` returned it;
                only on sales and on the fees of a sale.
            refund_id (str | Unset): The refund this movement comes from, as refundOrder's `Refund-Id` returned it.
            merchant_reference1 (str | Unset): The order's `merchant_reference1` (the merchant's order number).
            merchant_reference2 (str | Unset): The order's `merchant_reference2`.
            merchant_capture_reference (str | Unset): The `reference` the merchant gave the capture (captureOrder's body).
            merchant_refund_reference (str | Unset): The `reference` the merchant gave the refund (refundOrder's body).
            payment_reference (str | Unset): The payout that paid (or deducted) this movement, as the bank statement shows
                it;
                absent while it is not paid out yet.
            payout (str | Unset): The URL of that payout (getPayout); treat it as opaque. Absent while not paid out.
            vat_rate (int | Unset): The VAT rate of the movement. Klarna does not say its unit; presumably that of Order
                Management's `tax_rate` (two implied decimals: 2000 = 20%).
            vat_amount (int | Unset): The VAT in `amount`, in minor units of `currency_code`.
            initial_payment_method_type (str | Unset): The payment method the customer chose at purchase, e.g. `invoice` or
                `direct_debit`.
            initial_number_of_installments (int | Unset): The number of instalments the customer chose at purchase, for an
                instalment plan.
            initial_payment_method_monthly_downpayments (int | Unset): The monthly down payment of the plan the customer
                chose at purchase, as Klarna reports it.
            klarna_comment (str | Unset): A note from Klarna about the movement, for a manual entry or a correction, say.
            reversal_reference (str | Unset): The dispute that reversed the sale (a Klarna resource name), on a reversal.
    """

    type_: SettlementTransactionType | str
    amount: int
    currency_code: str
    purchase_country: str
    order_id: str
    sale_date: datetime.datetime
    capture_date: datetime.datetime
    detailed_type: SettlementTransactionDetailedType | str | Unset = UNSET
    currency_code_of_registration_country: str | Unset = UNSET
    tax_in_currency_of_registration_country: int | Unset = UNSET
    shipping_country: str | Unset = UNSET
    short_order_id: str | Unset = UNSET
    capture_id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    merchant_reference1: str | Unset = UNSET
    merchant_reference2: str | Unset = UNSET
    merchant_capture_reference: str | Unset = UNSET
    merchant_refund_reference: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    payout: str | Unset = UNSET
    vat_rate: int | Unset = UNSET
    vat_amount: int | Unset = UNSET
    initial_payment_method_type: str | Unset = UNSET
    initial_number_of_installments: int | Unset = UNSET
    initial_payment_method_monthly_downpayments: int | Unset = UNSET
    klarna_comment: str | Unset = UNSET
    reversal_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, SettlementTransactionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        amount = self.amount

        currency_code = self.currency_code

        purchase_country = self.purchase_country

        order_id = self.order_id

        sale_date = self.sale_date.isoformat()

        capture_date = self.capture_date.isoformat()

        detailed_type: str | Unset
        if isinstance(self.detailed_type, Unset):
            detailed_type = UNSET
        elif isinstance(self.detailed_type, SettlementTransactionDetailedType):
            detailed_type = self.detailed_type.value
        else:
            detailed_type = self.detailed_type

        currency_code_of_registration_country = self.currency_code_of_registration_country

        tax_in_currency_of_registration_country = self.tax_in_currency_of_registration_country

        shipping_country = self.shipping_country

        short_order_id = self.short_order_id

        capture_id = self.capture_id

        refund_id = self.refund_id

        merchant_reference1 = self.merchant_reference1

        merchant_reference2 = self.merchant_reference2

        merchant_capture_reference = self.merchant_capture_reference

        merchant_refund_reference = self.merchant_refund_reference

        payment_reference = self.payment_reference

        payout = self.payout

        vat_rate = self.vat_rate

        vat_amount = self.vat_amount

        initial_payment_method_type = self.initial_payment_method_type

        initial_number_of_installments = self.initial_number_of_installments

        initial_payment_method_monthly_downpayments = self.initial_payment_method_monthly_downpayments

        klarna_comment = self.klarna_comment

        reversal_reference = self.reversal_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "amount": amount,
                "currency_code": currency_code,
                "purchase_country": purchase_country,
                "order_id": order_id,
                "sale_date": sale_date,
                "capture_date": capture_date,
            }
        )
        if detailed_type is not UNSET:
            field_dict["detailed_type"] = detailed_type
        if currency_code_of_registration_country is not UNSET:
            field_dict["currency_code_of_registration_country"] = currency_code_of_registration_country
        if tax_in_currency_of_registration_country is not UNSET:
            field_dict["tax_in_currency_of_registration_country"] = tax_in_currency_of_registration_country
        if shipping_country is not UNSET:
            field_dict["shipping_country"] = shipping_country
        if short_order_id is not UNSET:
            field_dict["short_order_id"] = short_order_id
        if capture_id is not UNSET:
            field_dict["capture_id"] = capture_id
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if merchant_reference1 is not UNSET:
            field_dict["merchant_reference1"] = merchant_reference1
        if merchant_reference2 is not UNSET:
            field_dict["merchant_reference2"] = merchant_reference2
        if merchant_capture_reference is not UNSET:
            field_dict["merchant_capture_reference"] = merchant_capture_reference
        if merchant_refund_reference is not UNSET:
            field_dict["merchant_refund_reference"] = merchant_refund_reference
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if payout is not UNSET:
            field_dict["payout"] = payout
        if vat_rate is not UNSET:
            field_dict["vat_rate"] = vat_rate
        if vat_amount is not UNSET:
            field_dict["vat_amount"] = vat_amount
        if initial_payment_method_type is not UNSET:
            field_dict["initial_payment_method_type"] = initial_payment_method_type
        if initial_number_of_installments is not UNSET:
            field_dict["initial_number_of_installments"] = initial_number_of_installments
        if initial_payment_method_monthly_downpayments is not UNSET:
            field_dict["initial_payment_method_monthly_downpayments"] = initial_payment_method_monthly_downpayments
        if klarna_comment is not UNSET:
            field_dict["klarna_comment"] = klarna_comment
        if reversal_reference is not UNSET:
            field_dict["reversal_reference"] = reversal_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> SettlementTransactionType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type = SettlementTransactionType(data)

                return type_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SettlementTransactionType | str, data)

        type_ = _parse_type_(d.pop("type"))

        amount = d.pop("amount")

        currency_code = d.pop("currency_code")

        purchase_country = d.pop("purchase_country")

        order_id = d.pop("order_id")

        sale_date = datetime.datetime.fromisoformat(d.pop("sale_date"))

        capture_date = datetime.datetime.fromisoformat(d.pop("capture_date"))

        def _parse_detailed_type(data: object) -> SettlementTransactionDetailedType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detailed_type_detailed_type = SettlementTransactionDetailedType(data)

                return detailed_type_detailed_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SettlementTransactionDetailedType | str | Unset, data)

        detailed_type = _parse_detailed_type(d.pop("detailed_type", UNSET))

        currency_code_of_registration_country = d.pop("currency_code_of_registration_country", UNSET)

        tax_in_currency_of_registration_country = d.pop("tax_in_currency_of_registration_country", UNSET)

        shipping_country = d.pop("shipping_country", UNSET)

        short_order_id = d.pop("short_order_id", UNSET)

        capture_id = d.pop("capture_id", UNSET)

        refund_id = d.pop("refund_id", UNSET)

        merchant_reference1 = d.pop("merchant_reference1", UNSET)

        merchant_reference2 = d.pop("merchant_reference2", UNSET)

        merchant_capture_reference = d.pop("merchant_capture_reference", UNSET)

        merchant_refund_reference = d.pop("merchant_refund_reference", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        payout = d.pop("payout", UNSET)

        vat_rate = d.pop("vat_rate", UNSET)

        vat_amount = d.pop("vat_amount", UNSET)

        initial_payment_method_type = d.pop("initial_payment_method_type", UNSET)

        initial_number_of_installments = d.pop("initial_number_of_installments", UNSET)

        initial_payment_method_monthly_downpayments = d.pop("initial_payment_method_monthly_downpayments", UNSET)

        klarna_comment = d.pop("klarna_comment", UNSET)

        reversal_reference = d.pop("reversal_reference", UNSET)

        settlement_transaction = cls(
            type_=type_,
            amount=amount,
            currency_code=currency_code,
            purchase_country=purchase_country,
            order_id=order_id,
            sale_date=sale_date,
            capture_date=capture_date,
            detailed_type=detailed_type,
            currency_code_of_registration_country=currency_code_of_registration_country,
            tax_in_currency_of_registration_country=tax_in_currency_of_registration_country,
            shipping_country=shipping_country,
            short_order_id=short_order_id,
            capture_id=capture_id,
            refund_id=refund_id,
            merchant_reference1=merchant_reference1,
            merchant_reference2=merchant_reference2,
            merchant_capture_reference=merchant_capture_reference,
            merchant_refund_reference=merchant_refund_reference,
            payment_reference=payment_reference,
            payout=payout,
            vat_rate=vat_rate,
            vat_amount=vat_amount,
            initial_payment_method_type=initial_payment_method_type,
            initial_number_of_installments=initial_number_of_installments,
            initial_payment_method_monthly_downpayments=initial_payment_method_monthly_downpayments,
            klarna_comment=klarna_comment,
            reversal_reference=reversal_reference,
        )

        settlement_transaction.additional_properties = d
        return settlement_transaction

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
