"""At the month's end: check that what Klarna paid out is what the shop captured and refunded.

Standard library and the SDK only. The shop keeps its own books of every capture and refund it
made (as `fulfilment.py` does: the order, the shipment's or return's `reference`, the amount).
Klarna's payouts for the month are read page by page (`iter_payouts`), and each payout's
transactions (`iter_transactions`); a `SALE` is matched to the shop's capture, a `RETURN` to its
refund, by `order_id` and the `reference` the shop gave Klarna (Klarna's
`merchant_capture_reference` / `merchant_refund_reference`). What does not match is reported:
paid but not booked, booked but not paid, or paid a different amount; and a payout whose
transactions do not add up to what reached the bank.

Klarna does not document the sign of a transaction's amount; as in its examples, this reads
every amount as positive with its `type` saying which way the money went (a `RETURN` and a
`FEE` are taken off). Run it against the fake with ``examples/test_reconcile.py``.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from klarna_payments import KlarnaPayments
from klarna_payments.models import SettlementTransaction

Kind = Literal["capture", "refund"]
Key = tuple[Kind, str, str]  # kind, order_id, the shop's reference
TAKEN_OFF = frozenset({"RETURN", "FEE"})  # what Klarna subtracts from a NET payout


@dataclass(frozen=True)
class Booked:
    """One capture or refund in the shop's own books."""

    kind: Kind
    order_id: str
    reference: str  # the shipment or the return, as sent with the capture or refund
    amount: int  # minor units


@dataclass(frozen=True)
class Mismatch:
    """One thing Klarna's payouts and the shop's books disagree on."""

    kind: Kind | Literal["payout"]
    order_id: str  # the payment_reference, for a payout that does not add up
    reference: str
    booked: int | None  # None: not in the books
    paid: int | None  # None: not paid out in the period
    why: str


@dataclass
class Reconciliation:
    """A month's payouts against the books."""

    payouts: list[str] = field(default_factory=list)  # their payment_references, as Klarna lists them
    settled: int = 0  # what reached the bank: every payout's settlement_amount
    fees: int = 0
    matched: int = 0  # the captures and refunds whose amounts agree
    mismatches: list[Mismatch] = field(default_factory=list)


def month(year: int, number: int) -> tuple[datetime.datetime, datetime.datetime]:
    """The first and the last second of a month in UTC, as Klarna's date filters want them."""
    start = datetime.datetime(year, number, 1, tzinfo=datetime.UTC)
    following = datetime.datetime(year + number // 12, number % 12 + 1, 1, tzinfo=datetime.UTC)
    return start, following - datetime.timedelta(seconds=1)


def reconcile(
    klarna: KlarnaPayments, books: Iterable[Booked], start: datetime.datetime, end: datetime.datetime
) -> Reconciliation:
    """Match every SALE and RETURN Klarna paid out between `start` and `end` to `books`."""
    result = Reconciliation()
    paid: Counter[Key] = Counter()
    for payout in klarna.settlements.iter_payouts(start_date=start, end_date=end):
        result.payouts.append(payout.payment_reference)
        result.settled += payout.totals.settlement_amount
        net = 0
        for transaction in klarna.settlements.iter_transactions(payment_reference=payout.payment_reference):
            net += -transaction.amount if str(transaction.type_) in TAKEN_OFF else transaction.amount
            if str(transaction.type_) == "FEE":
                result.fees += transaction.amount
            key = _key(transaction)
            if key is not None:
                paid[key] += transaction.amount
        if net != payout.totals.settlement_amount:
            why = f"its transactions add up to {net}, not its settlement_amount"
            result.mismatches.append(
                Mismatch("payout", payout.payment_reference, "", None, payout.totals.settlement_amount, why)
            )
    booked: Counter[Key] = Counter()
    for entry in books:
        booked[(entry.kind, entry.order_id, entry.reference)] += entry.amount
    for key in sorted(booked.keys() | paid.keys()):
        kind, order_id, reference = key
        ours, theirs = booked.get(key), paid.get(key)
        if ours == theirs:
            result.matched += 1
            continue
        why = "not paid out" if theirs is None else "not in the books" if ours is None else "amounts differ"
        result.mismatches.append(Mismatch(kind, order_id, reference, ours, theirs, why))
    return result


def _key(transaction: SettlementTransaction) -> Key | None:
    """What a SALE or RETURN is matched by; None for anything else (fees, holdbacks, ...)."""
    if str(transaction.type_) == "SALE":
        reference = transaction.merchant_capture_reference
        return ("capture", transaction.order_id, reference if isinstance(reference, str) else "")
    if str(transaction.type_) == "RETURN":
        reference = transaction.merchant_refund_reference
        return ("refund", transaction.order_id, reference if isinstance(reference, str) else "")
    return None
